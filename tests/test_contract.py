"""Contract test over every operation: each generated method, called with arguments synthesized
from its parameter schemas, must send a request that openapi-core accepts (path, method,
parameters, body, auth) and must return the declared type for a response synthesized from
the spec. Prints the counts; the target is all of them.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import importlib
import json
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

from conftest import ROOT
from contract import ContractServer, Reply, Synthesizer, Tally, encode_reply
from generator.build import build_api
from generator.config import load_config
from generator.load import load_spec
from generator.model import Operation
from generator.render.python_client import MethodView, PackageView, package_view, resource_views
from generator.render.types import TypeView

SEAM = ROOT / "specs" / "seam-connect"

# Every operation is called, deprecated ones included: their warnings are expected here
# (tests/test_seam_connect_target.py checks that they are raised).
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def matches(value: Any, view: TypeView, models: Any) -> bool:
    if value is None and (view.nullable or view.kind in ("none", "any")):
        return True
    kind = view.kind
    if kind == "union":
        return any(matches(value, TypeView(a.kind, a.name, a.args, a.literal), models) for a in view.args)
    if kind == "model":
        return isinstance(value, getattr(models, str(view.name)))
    if kind == "enum":
        return isinstance(value, getattr(models, str(view.name)))
    if kind == "list":
        return isinstance(value, list) and all(matches(item, view.args[0], models) for item in value)
    if kind == "dict":
        return isinstance(value, dict)
    if kind == "literal":
        return bool(value == view.literal)
    simple = {"str": str, "int": int, "float": (int, float), "bool": bool, "bytes": bytes,
              "datetime": datetime.datetime, "date": datetime.date, "none": type(None)}
    if kind in simple:
        return isinstance(value, simple[kind])  # type: ignore[arg-type]
    return kind == "any" or isinstance(value, enum.Enum)


class Contract:
    def __init__(self, spec_path: Path, config_path: Path | None, package_root: Path) -> None:
        self.spec = json.loads(spec_path.read_text())
        self.config = load_config(config_path)
        self.api = build_api(load_spec(spec_path, validate=False), self.config)
        self.view: PackageView = package_view(self.api, self.config)
        self.synth = Synthesizer(self.spec)
        self.package_root = package_root
        self.operations = {op.key: op for op in self.api.operations}

    def raw_parameters(self, op: Operation) -> dict[tuple[str, str], dict[str, Any]]:
        item = self.spec["paths"][op.path]
        found = {}
        for raw in list(item.get("parameters", [])) + list(item[op.method].get("parameters", [])):
            raw = self.synth.resolve(raw)
            found[(raw["in"], raw["name"])] = raw
        return found

    def arguments(self, op: Operation, method: MethodView) -> dict[str, Any]:
        raw_op = self.spec["paths"][op.path][op.method]
        body: Any = None
        sent = op.request_body.preferred() if op.request_body is not None else None
        if sent is not None:
            content = self.synth.resolve(raw_op["requestBody"])["content"][sent.media_type]
            body = self.synth.value(content.get("schema", {}))
        params = self.raw_parameters(op)
        kwargs: dict[str, Any] = {}
        for arg in method.arguments:
            if arg.location in ("path", "query", "header", "cookie"):
                if arg.required:
                    kwargs[arg.name] = self.synth.value(params[(arg.location, arg.wire_name)].get("schema", {}))
            elif arg.location == "body":
                if isinstance(body, dict) and arg.wire_name in body:
                    kwargs[arg.name] = body[arg.wire_name]
            elif arg.required or body is not None:
                kwargs[arg.name] = body if body is not None else b"content"
        return kwargs

    def reply(self, op: Operation) -> Reply:
        raw_op = self.spec["paths"][op.path][op.method]
        for status, response in raw_op.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            code = int(status) if str(status).isdigit() else 200
            content = self.synth.resolve(response).get("content") or {}
            media = next((m for m in content if "json" in m), next(iter(content), None))
            if media is None:
                return Reply(code, b"", "application/json")
            return encode_reply(self.synth.value(content[media].get("schema", {})), media, code)
        # no success status at all (a download that redirects): answer the first documented one
        first = next(iter(raw_op.get("responses", {})), "200")
        return Reply(int(first) if str(first).isdigit() else 200, b"", "application/json")

    def credentials(self, op: Operation) -> dict[str, str]:
        wanted = {name for requirement in op.security for name in requirement}
        for credential in self.view.credentials:
            if credential.scheme in wanted:
                extra = {argument: "workspace_1" for _, argument in credential.extra_headers}
                return {credential.argument: "secret_1", **extra}
        if any(op.security) and self.view.credentials:  # only hidden schemes: what a user would pass
            first = self.view.credentials[0]
            return {first.argument: "secret_1", **{a: "workspace_1" for _, a in first.extra_headers}}
        return {}

    def run(self, module: Any, mode: str = "sync") -> Tally:
        tally = Tally()
        with ContractServer(self.spec) as server:
            for resource in resource_views(self.api, self.config):
                for sub in resource.walk():
                    for method in sub.methods:
                        op = self.operations[f"{method.http_method} {method.path}"]
                        self.call(module, server, sub.attribute_path, method, op, tally, mode)
        return tally

    def invoke(self, module: Any, server: ContractServer, attribute_path: tuple[str, ...], method: MethodView,
               op: Operation, mode: str) -> Any:
        # strict: a response the models cannot parse is a failure here, not kept leniently
        options = {**self.credentials(op), "base_url": server.url, "strict_responses": True}
        arguments = self.arguments(op, method)

        def resolve(client: Any) -> Any:
            for attribute in attribute_path:
                client = getattr(client, attribute)
            return getattr(client, method.name)

        if mode == "sync":
            with module.Client(**options) as client:
                return resolve(client)(**arguments)

        async def call_async() -> Any:
            async with module.AsyncClient(**options) as client:
                return await resolve(client)(**arguments)

        return asyncio.run(call_async())

    def call(self, module: Any, server: ContractServer, attribute_path: tuple[str, ...], method: MethodView,
             op: Operation, tally: Tally, mode: str) -> None:
        server.reply = reply = self.reply(op)
        before = len(server.exchanges)
        tally.called += 1
        label = f"{op.key} ({'.'.join(attribute_path)}.{method.name})"
        try:
            result = self.invoke(module, server, attribute_path, method, op, mode)
        except Exception as exc:  # reported below, with the operation
            result = exc
        # this operation's request: one that a late handler of the last call (a retried
        # attempt answered after its retry) appends meanwhile is another operation's
        sent = [e for e in server.exchanges[before:] if _is_request_for(e.request, op)]
        if not sent:
            tally.failures.append(f"{label}: no request sent: {result!r}"[:300])
            return
        exchange = sent[-1]
        if exchange.error is None:
            tally.accepted += 1
        else:
            tally.failures.append(f"{label}: request refused: {exchange.error}"[:400])
        reply_error = server.validate_reply(exchange.request, reply)
        if reply_error is not None:
            tally.failures.append(f"{label}: synthesized response invalid: {reply_error}"[:300])
        if not isinstance(result, Exception) and matches(result, method.returns.type, module.models):
            tally.parsed += 1
        else:
            tally.failures.append(f"{label}: returned {type(result).__name__}: {str(result)[:200]}")


def _is_request_for(request: Any, op: Operation) -> bool:
    """Whether `request` has `op`'s method and a path its template matches, segment by segment."""
    wanted, got = op.path.split("/"), request.path.split("/")
    return (
        request.method == op.method.lower()
        and len(wanted) == len(got)
        and all(w == g or (w.startswith("{") and w.endswith("}") and g != "") for w, g in zip(wanted, got))
    )


@pytest.fixture(scope="module")
def seam_module() -> Iterator[Any]:
    sys.path.insert(0, str(ROOT / "generated/seam-connect/python"))
    try:
        yield importlib.import_module("seam_connect")
    finally:
        sys.path.remove(str(ROOT / "generated/seam-connect/python"))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_seam_connect_operation(seam_module: Any, mode: str) -> None:
    contract = Contract(SEAM / "openapi.json", SEAM / "config.yaml", ROOT / "generated/seam-connect/python")
    tally = contract.run(seam_module, mode)
    print(
        f"\nSeam Connect 1.977.0 contract ({mode}): {tally.called} operations called, {tally.accepted} requests accepted, "
        f"{tally.parsed} responses parsed"
    )
    for failure in tally.failures[:25]:
        print("  " + failure)
    assert tally.called == len(contract.api.operations) == 316
    assert tally.failures == []
    assert tally.accepted == tally.parsed == tally.called


@pytest.fixture(scope="module")
def github(github_generated: Any) -> Iterator[tuple[Any, Path, Path]]:
    assert "coverage: 1223 operations (1223 documented)" in github_generated.stdout
    assert "0 fallbacks to Any" in github_generated.stdout
    sys.path.insert(0, str(github_generated.out / "python"))
    try:
        yield importlib.import_module("github"), github_generated.spec, github_generated.config
    finally:
        sys.path.remove(str(github_generated.out / "python"))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_github_operation(github: tuple[Any, Path, Path], mode: str) -> None:
    module, spec, config = github
    contract = Contract(spec, config, spec.parent / "out" / "python")
    tally = contract.run(module, mode)
    print(
        f"\nGitHub REST contract ({mode}): {tally.called} operations called, {tally.accepted} requests accepted, "
        f"{tally.parsed} responses parsed"
    )
    for failure in tally.failures[:25]:
        print("  " + failure)
    assert tally.called == len(contract.api.operations) == 1223
    assert tally.failures == []
