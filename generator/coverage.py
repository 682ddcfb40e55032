"""What a generation covered: operations, parameters, classes, and every fallback to `Any`."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Api, Fallback, SchemaKind


@dataclass(frozen=True)
class Coverage:
    operations: int
    documented: int
    parameters: int  # path, query, header, cookie, and body properties
    classes: int
    fallbacks: tuple[Fallback, ...]

    def lines(self, name: str) -> list[str]:
        head = (
            f"{name} coverage: {self.operations} operations ({self.documented} documented), "
            f"{self.parameters} parameters, {self.classes} classes, {len(self.fallbacks)} fallbacks to Any"
        )
        return [head] + [f"  fallback: {f.location}: {f.reason}" for f in self.fallbacks]


def coverage(api: Api) -> Coverage:
    parameters = 0
    for op in api.operations:
        parameters += len(op.parameters)
        if op.request_body is not None:
            for content in op.request_body.contents[:1]:
                if content.schema is not None:
                    body = api.resolve(content.schema)
                    parameters += len(body.properties) if body.kind is SchemaKind.OBJECT else 1
    return Coverage(
        operations=len(api.operations),
        documented=sum(1 for op in api.operations if not op.undocumented),
        parameters=parameters,
        classes=len(api.schemas),
        fallbacks=api.fallbacks,
    )
