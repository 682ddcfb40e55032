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
    # (operation, scheme name) where a security requirement names a scheme the document does
    # not declare (ReadMe's response-http-behavior example does): no credential is offered for it
    undeclared_schemes: tuple[tuple[str, str], ...] = ()
    # (operation, its numbered method name, the operation that has the name it would have had)
    numbered_names: tuple[tuple[str, str, str], ...] = ()
    # (scheme, the name it sends its key under) where that name is no HTTP token: no credential is offered
    unsendable_schemes: tuple[tuple[str, str], ...] = ()
    # (pointer, what is wrong): a schema's `default` that does not fit it, which validation set aside
    defaults_set_aside: tuple[tuple[str, str], ...] = ()

    def lines(self, name: str) -> list[str]:
        head = (
            f"{name} coverage: {self.operations} operations ({self.documented} documented), "
            f"{self.parameters} parameters, {self.classes} classes, {len(self.fallbacks)} fallbacks to Any"
        )
        return (
            [head]
            + [f"  fallback: {f.location}: {f.reason}" for f in self.fallbacks]
            + [
                f"  undeclared security scheme: {operation}: `{scheme}` is not in components/securitySchemes;"
                " the client offers no credential for it"
                for operation, scheme in self.undeclared_schemes
            ]
            + [
                f"  security scheme no request can carry: `{scheme}` sends its key as `{parameter}`, which is no"
                " HTTP header or cookie name; the client offers no credential for it"
                for scheme, parameter in self.unsendable_schemes
            ]
            + [
                f"  method name numbered: {operation} is {name}: {other} has the name it would have had"
                for operation, name, other in self.numbered_names
            ]
            + [
                f"  default that does not fit its schema: #{pointer}: {message} (OpenAPI says it must;"
                " generated anyway: the client sends no defaults)"
                for pointer, message in self.defaults_set_aside
            ]
        )


def coverage(api: Api) -> Coverage:
    parameters = 0
    for op in api.operations:
        parameters += len(op.parameters)
        content = op.request_body.preferred() if op.request_body is not None else None
        if content is not None and content.schema is not None:  # the body the client sends
            body = content.schema
            # a class's outline, not its schema: a regeneration reads few classes' schemas
            outline = api.schema(body.ref).outline() if body.kind is SchemaKind.REF and body.ref else None
            if outline is not None and outline.kind is not SchemaKind.REF:
                parameters += len(outline.property_names) if outline.kind is SchemaKind.OBJECT else 1
            else:
                body = api.resolve(body)
                parameters += len(body.properties) if body.kind is SchemaKind.OBJECT else 1
    return Coverage(
        operations=len(api.operations),
        documented=sum(1 for op in api.operations if not op.undocumented),
        parameters=parameters,
        classes=len(api.schemas),
        fallbacks=api.fallbacks,
        undeclared_schemes=_undeclared_schemes(api),
        unsendable_schemes=tuple(
            (s.name, s.parameter_name or "")
            for s in api.security_schemes
            if not s.can_be_sent and any(s.name in requirement for op in api.operations for requirement in op.security)
        ),
        numbered_names=tuple(
            (op.key, ".".join((*op.group, op.name)), op.name_taken_by) for op in api.operations if op.name_taken_by
        ),
    )


def _undeclared_schemes(api: Api) -> tuple[tuple[str, str], ...]:
    declared = {scheme.name for scheme in api.security_schemes}
    found: dict[tuple[str, str], None] = {}
    for op in api.operations:
        for requirement in op.security:
            for name in requirement:
                if name not in declared:
                    found[(op.key, name)] = None
    return tuple(found)
