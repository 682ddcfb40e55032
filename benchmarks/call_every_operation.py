"""Call every method of a generated client against a loopback server, and check each request
against the description it was generated from.

    python benchmarks/call_every_operation.py SPEC.json PYTHON_DIR PACKAGE

The server records each request and answers it as the operation's success responses say:
a body made up from the JSON schema (by `tests/contract.py`'s synthesizer), kept only where
the description's own schema validator (openapi-schema-validator, as for OpenAPI 3.0 or
3.1) finds it valid; `{}` where there is no JSON to make up or what was made up is not
valid. Each method is called twice, once with its required arguments and once with all of
them, each argument made up from its type hint (a model from its required fields). The
first call is answered as the first success response with a body says, with the smallest
valid body (required properties); the second as the last success response says (GitHub's
204 beside a 201: no body), with every property of its body at the top. The client is
built with `strict_responses`. A call is a defect when:

- it raises before anything is sent, other than the client's own refusal of a made-up
  argument (`InvalidArgumentError`: a pattern or a length the made-up value misses);
- what it sends matches no operation of the description: method and path (each `{param}` one
  or more characters, no `/`), required query, header and cookie parameters present, a body
  of one of the operation's media types, and a body where one is required;
- handling the answer raises anything but the client's own errors;
- the answer was valid under the description and the client refuses it
  (`UnexpectedResponseError`): its types are narrower than the schema.

Prints one JSON object: counts, and each defect (method, what was wrong). Used by
`generality_sweep.py --call`; a survey tool, not a test.
"""

from __future__ import annotations

import ast
import collections.abc
import datetime
import decimal
import enum
import importlib
import inspect
import json
import re
import sys
import threading
import types
import typing
import uuid
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qsl, unquote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from contract import Synthesizer  # noqa: E402 - the contract tests' own, on the same terms

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# What a request was answered with
MADE_UP = "with a made-up body"  # valid under the description
NO_BODY = "without a body"  # a success response that has none
NO_JSON = "{}: no JSON"  # the operation's success has no JSON body to make up
NOT_MADE_UP = "{}: nothing valid made up"  # the synthesizer's failure: the answer is not judged


class Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, Any]]] = []
    lock: ClassVar[threading.Lock] = threading.Lock()
    # what to answer a request with: (status, media type, body, what the answer is: a valid
    # body made up, a success without a body, or `{}` for want of either); None: 200 `{}`
    answer: ClassVar[Any] = None

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = _read_chunked(self.rfile)
        with self.lock:
            # the request line's target: http.server makes a leading `//` one `/` in self.path
            target = self.requestline.split(" ")[1]
            request = {"method": self.command.lower(), "target": target,
                       "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body}
            status, media_type, payload, valid = (
                self.answer(request) if self.answer is not None else (200, "application/json", b"{}", NO_JSON))
            request["answered"] = valid
            self.seen.append(request)
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_PUT = do_POST = do_DELETE = do_OPTIONS = do_HEAD = do_PATCH = do_TRACE = _answer

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


def _read_chunked(stream: Any) -> bytes:
    body = b""
    while True:
        size = int(stream.readline().strip() or b"0", 16)
        if size == 0:
            stream.readline()
            return body
        body += stream.read(size)
        stream.readline()


# --- arguments made up from type hints ---------------------------------------------------

def made_up(hint: Any, depth: int = 0) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        return made_up(args[0], depth)
    if origin in (typing.Union, types.UnionType):
        usable = [a for a in args if a is not type(None) and getattr(a, "__name__", "") != "NotGiven"]
        return made_up(usable[0], depth) if usable else None
    if origin is typing.Literal:
        return args[0]
    if origin in (list, tuple, set, frozenset, collections.abc.Sequence, collections.abc.Iterable):
        return [made_up(args[0], depth + 1)] if args and depth < 6 else []
    if origin in (dict, collections.abc.Mapping):
        return {"key": made_up(args[1], depth + 1)} if len(args) == 2 and depth < 6 else {}
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return next(iter(hint))
        if hasattr(hint, "model_fields"):  # a pydantic model
            if "root" in hint.model_fields and getattr(hint, "__pydantic_root_model__", False):
                return made_up(typing.get_type_hints(hint).get("root", hint.model_fields["root"].annotation), depth + 1)
            if depth >= 6:
                return {}
            try:  # a field may still be annotated by name (a class defined further down)
                annotations = typing.get_type_hints(hint)
            except Exception:  # noqa: BLE001 - what cannot be resolved stays as pydantic has it
                annotations = {}
            return {(field.alias or name): made_up(annotations.get(name, field.annotation), depth + 1)
                    for name, field in hint.model_fields.items() if field.is_required()}
        for kind, value in ((bool, True), (int, 1), (float, 1.5), (str, "v1"), (bytes, b"bytes"),
                            (datetime.datetime, datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)),
                            (datetime.date, datetime.date(2024, 1, 2)), (datetime.time, datetime.time(3, 4, 5)),
                            (uuid.UUID, uuid.UUID(int=1)), (decimal.Decimal, decimal.Decimal("1.5"))):
            if issubclass(hint, kind):
                return value
    return "any"


# --- what the description allows ---------------------------------------------------------

def _pattern(template: str) -> re.Pattern[str]:
    """The paths a template takes. A path key may carry a fragment or a query after the path
    (AWS's `/#X-Amz-Target=...`, `/?Action=...`): neither is part of the path sent."""
    path = re.split(r"[#?]", template, maxsplit=1)[0]
    parts = re.split(r"(\{[^}]*\})", path)
    # a parameter may be empty where its schema allows it (PeerTube's `''` for no filter)
    return re.compile("".join("[^/]*" if p.startswith("{") else re.escape(p) for p in parts) + "$")


def _fixed_query(template: str) -> list[str]:
    """The query names a path key fixes (`/?Action=List` -> `Action`); none after a fragment."""
    query = template.split("#", 1)[0].split("?", 1)[1] if "?" in template.split("#", 1)[0] else ""
    return [name for name, _ in parse_qsl(query, keep_blank_values=True)]


# OpenAPI: a header parameter with one of these names SHALL be ignored
_IGNORED_HEADERS = {"accept", "content-type", "authorization"}
# HTTP's framing, which the transport sets from the body it sends, whatever a description says
_FRAMING_HEADERS = {"content-length", "transfer-encoding"}


def _deref(document: dict, value: Any) -> Any:
    seen = 0
    while isinstance(value, dict) and isinstance(value.get("$ref"), str) and value["$ref"].startswith("#/") and seen < 50:
        target: Any = document
        for token in value["$ref"][2:].split("/"):
            # a URI fragment: `%7B` is `{` (DigitalOcean's `#/paths/~1v2~1apps~1%7Bapp_id%7D~1...`)
            token = unquote(token).replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, dict) else None
        value, seen = target, seen + 1
    return value


def operations(document: dict) -> list[dict[str, Any]]:
    found = []
    for template, item in (document.get("paths") or {}).items():
        item = _deref(document, item)
        if not isinstance(item, dict) or template.startswith("x-"):
            continue
        shared = item.get("parameters") or []
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            parameters = {}
            for parameter in [*shared, *(operation.get("parameters") or [])]:
                parameter = _deref(document, parameter)
                if isinstance(parameter, dict) and "name" in parameter:
                    parameters[(parameter["name"], parameter.get("in"))] = parameter
            body = _deref(document, operation.get("requestBody"))
            found.append({
                "key": f"{method.upper()} {template}", "method": method, "pattern": _pattern(template),
                # an object exploded in form style sends its properties, not its name
                "required": [(p["name"], p["in"]) for p in parameters.values()
                             if p.get("required") and p.get("in") in ("query", "header", "cookie")
                             and not _exploded_object(document, p)
                             and not (p.get("in") == "header" and p["name"].lower() in _IGNORED_HEADERS | _FRAMING_HEADERS)]
                + [(name, "query") for name in _fixed_query(template)],
                "media_types": list((body or {}).get("content") or {}) if isinstance(body, dict) else [],
                "body_required": bool(isinstance(body, dict) and body.get("required")),
                "answers": _successes(document, operation, method),
                # AWS's operations share one path, told apart by a header of one value
                "pinned": [(p["name"].lower() if p["in"] == "header" else p["name"], p["in"], str(enum[0]))
                           for p in parameters.values() if p.get("in") in ("header", "query") and p.get("required")
                           and len(enum := _enum(_deref(document, p.get("schema")))) == 1],
                # how specific the template is: fewer parameters, then more of it fixed
                # (Apigee's `{deployment}:deleteRevision` beside `{deployment}`)
                "fixed": (template.count("{"), -len(re.sub(r"\{[^}]*\}", "", template))),
            })
    return found


def _enum(schema: Any) -> list[Any]:
    found = schema.get("enum") if isinstance(schema, dict) else None
    return found if isinstance(found, list) else []


def _successes(document: dict, operation: dict, method: str) -> list[tuple[int, str | None, Any]]:
    """The success responses an operation may answer with, in order: status, JSON media type
    and schema, or (status, None, None) for one without a body. Empty where one has a body
    that is not JSON (the client returns it as text or bytes: not surveyed)."""
    responses = operation.get("responses") if isinstance(operation.get("responses"), dict) else {}
    statuses = [str(status) for status in responses]
    success = [s for s in statuses if s.startswith("2")] or [s for s in statuses if s == "default"]
    found: list[tuple[int, str | None, Any]] = []
    for status in success:
        response = _deref(document, responses[status])
        content = response.get("content") if isinstance(response, dict) else None
        code = int(status) if status.isdigit() else 200
        # HTTP: no response to HEAD, and no 204 or 205, has a body, whatever is described
        if not isinstance(content, dict) or not content or code in (204, 205) or method == "head":
            found.append((code, None, None))
            continue
        json_types = sorted((m for m in content if _is_json(m)), key=lambda m: _essence(m) != "application/json")
        if not json_types:
            return []
        media_type = json_types[0]
        schema = content[media_type].get("schema") if isinstance(content[media_type], dict) else None
        found.append((code, media_type, schema))
    return found


def _is_json(media_type: str) -> bool:
    essence = _essence(media_type)
    return essence in ("application/json", "text/json") or essence.endswith("+json")


def _without_discriminators(node: Any) -> Any:
    """The schema without `discriminator`s: a hint for choosing among `oneOf`'s variants, which
    validity does not need, and which validators follow to schemas that often do not exist
    (an implicit mapping names a schema after each value: Seam's and Azure's do not)."""
    if isinstance(node, dict):
        return {k: _without_discriminators(v) for k, v in node.items() if k != "discriminator"}
    if isinstance(node, list):
        return [_without_discriminators(v) for v in node]
    return node


class Answers:
    """Answers a request as its operation's success responses say, with a body made up from
    the schema: the first response with a body, with the smallest valid one; or
    (`every_property`) the last success response, with every property of its body at the
    top, or no body where it has none (GitHub's 204 beside a 201). A body is sent as made up
    only where the description's schema validator finds it valid; otherwise `{}`, and the
    call is not judged on its answer."""

    def __init__(self, document: dict, described: list[dict[str, Any]]) -> None:
        import openapi_schema_validator

        self.document = document
        self.described = described
        self.synthesizer = Synthesizer(document)
        self.every_property = False
        self.expected: str | None = None  # the key of the operation the called method was made for
        version = str(document.get("openapi", ""))
        self.validator = (openapi_schema_validator.OAS31Validator if version.startswith("3.1")
                          else openapi_schema_validator.OAS30ReadValidator)
        # a schema's `$ref`s point into the document: the root it is validated from holds them
        self.root = _without_discriminators(
            {key: document[key] for key in ("components", "paths", "definitions") if key in document})

    def clean(self, schema: Any) -> Any:
        return _without_discriminators(schema)

    def __call__(self, request: dict[str, Any]) -> tuple[int, str, bytes, str]:
        path = request["target"].partition("?")[0]
        paths = (path, unquote(path))
        # a concrete path before a template that also takes it, as OpenAPI says
        matching = sorted((op for op in self.described if op["method"] == request["method"]
                           and any(op["pattern"].match(p) for p in paths)), key=lambda op: op["fixed"])
        query = parse_qsl(request["target"].partition("?")[2], keep_blank_values=True)
        told_apart = [op for op in matching if all(
            (request["headers"].get(name) == value) if where == "header" else ((name, value) in query)
            for name, where, value in op["pinned"])]
        matching = told_apart or matching
        # two operations that take the same URL (Pub/Sub's `{project}/subscriptions` and
        # `{topic}/subscriptions`): the one the called method was made for
        matching = [op for op in matching if op["key"] == self.expected] or matching
        successes = matching[0]["answers"] if matching else []
        with_body = [answer for answer in successes if answer[1] is not None]
        if self.every_property and successes and successes[-1][1] is None:
            return successes[-1][0], "application/json", b"", NO_BODY
        answer = (successes[-1] if self.every_property else with_body[0]) if with_body else None
        if answer is None or answer[2] is None:
            return 200, "application/json", b"{}", NO_JSON
        status, media_type, schema = answer
        try:
            value = self.synthesizer.value(schema)
            if self.every_property:
                value = self.synthesizer.with_all(schema, value, 0)
            payload = json.dumps(value).encode()
            valid = self.validator({**self.root, "allOf": [self.clean(schema)]}).is_valid(value)
        except Exception:  # noqa: BLE001 - a schema the synthesizer cannot make a value for
            return 200, "application/json", b"{}", NOT_MADE_UP
        return (status, media_type, payload, MADE_UP) if valid else (200, "application/json", b"{}", NOT_MADE_UP)


def _exploded_object(document: dict, parameter: dict) -> bool:
    schema = _deref(document, parameter.get("schema")) or {}
    is_object = isinstance(schema, dict) and (schema.get("type") == "object" or "properties" in schema)
    return is_object and parameter.get("style", "form") == "form" and parameter.get("explode", True)


def mismatch(request: dict[str, Any], candidates: list[dict[str, Any]]) -> str | None:
    """None where some operation of the description takes the request; else why the closest does not."""
    # not urlsplit: it reads a target `//openapi` (Clever Cloud's) as a host
    path, _, raw_query = request["target"].partition("?")
    # as sent (a value's `/` is `%2F`), or decoded (a key's own space or quote is encoded)
    paths = (path, unquote(path))
    query = {name for name, _ in parse_qsl(raw_query, keep_blank_values=True)}
    cookies = {c.split("=", 1)[0].strip() for c in request["headers"].get("cookie", "").split(";") if "=" in c}
    same_path = [op for op in candidates
                 if op["method"] == request["method"] and any(op["pattern"].match(p) for p in paths)]
    if not same_path:
        return f"{request['method'].upper()} {path}: no operation of the description has this method and path"
    reasons = []
    for op in same_path:
        present = {
            "query": lambda name: name in query or any(q.startswith(name + "[") for q in query),
            "header": lambda name: name.lower() in request["headers"],
            "cookie": lambda name: name in cookies,
        }
        missing = [f"{where} {name}" for name, where in op["required"] if not present[where](name)]
        sent_type = _essence(request["headers"].get("content-type", ""))
        body_problem = None
        if request["body"] and op["media_types"]:
            allowed = [_essence(m) for m in op["media_types"]]
            if sent_type not in allowed and not any(_media_matches(m, sent_type) for m in allowed):
                body_problem = f"body sent as {sent_type or 'no type'}, description offers {', '.join(op['media_types'])}"
        # an empty form is a body too: nothing given, of the type described
        if op["body_required"] and not request["body"] and "content-type" not in request["headers"]:
            body_problem = "no body, where the description requires one"
        if not missing and body_problem is None:
            return None
        reasons.append(f"{op['key']}: " + "; ".join(filter(None, [
            f"missing required {', '.join(missing)}" if missing else None, body_problem])))
    return " | ".join(reasons)


def _essence(media_type: str) -> str:
    """`application/json; charset=utf-8` -> `application/json`."""
    return media_type.split(";")[0].strip().lower()


def _media_matches(allowed: str, sent: str) -> bool:
    if allowed in ("*/*", ""):
        return True
    if allowed.endswith("/*"):
        return sent.startswith(allowed[:-1])
    return False


# --- the client, walked --------------------------------------------------------------------

_REQUEST = re.compile(r'\.request\(\s*"([A-Z]+)",\s*"((?:[^"\\]|\\.)*)"')


def _operation_key(function: Any) -> str | None:
    """`GET /path/{id}`: the operation a generated method sends, read off its source."""
    found = _REQUEST.search(inspect.getsource(function))
    return f"{found[1]} {ast.literal_eval(chr(34) + found[2] + chr(34))}" if found else None


def resources(client: Any) -> list[tuple[str, Any]]:
    found, stack, seen = [], [("client", client)], set()
    while stack:
        path, owner = stack.pop()
        for name, value in sorted(vars(owner).items()):
            if type(value).__name__.endswith("Resource") and id(value) not in seen:
                seen.add(id(value))
                found.append((f"{path}.{name}", value))
                stack.append((f"{path}.{name}", value))
    return found


def make_client(package: Any, base_url: str) -> Any:
    """The client with the first set of credentials it takes ("also needs x=" followed)."""
    parameters = [name for name in inspect.signature(package.Client).parameters
                  if name not in ("base_url", "timeout", "max_retries", "http_client", "strict_responses")]
    last: Exception | None = None
    for first in parameters or [None]:
        given = {first: "secret"} if first else {}
        for _ in range(4):
            try:
                return package.Client(base_url=base_url, max_retries=0, strict_responses=True, **given)
            except ValueError as error:
                last = error
                needed = re.findall(r"(\w+)=", str(error).split("needs", 1)[-1]) if "needs" in str(error) else []
                if not needed or all(n in given for n in needed):
                    break
                given.update({n: "secret" for n in needed})
    raise RuntimeError(f"no credentials the client takes: {last}")


def main() -> None:
    spec, python, package_name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    warnings.simplefilter("ignore")  # deprecated operations say so on every call
    document = json.loads(spec.read_text())
    described = operations(document)
    answers = Recorder.answer = Answers(document, described)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.path.insert(0, str(python))
    package = importlib.import_module(package_name)
    errors = importlib.import_module(f"{package_name}._errors")
    counts: collections.Counter[str] = collections.Counter()
    defects: list[str] = []
    refused: list[str] = []
    with make_client(package, f"http://127.0.0.1:{server.server_address[1]}") as client:
        for where, resource in resources(client):
            for name, method in inspect.getmembers(resource, inspect.ismethod):
                if name.startswith("_") or not hasattr(method, "__wrapped__"):
                    continue
                counts["methods"] += 1
                hints = typing.get_type_hints(method.__wrapped__)
                signature = inspect.signature(method)
                required = {p: made_up(hints[p]) for p, param in signature.parameters.items()
                            if param.default is inspect.Parameter.empty and param.kind is param.KEYWORD_ONLY}
                every = {p: made_up(hints[p]) for p, param in signature.parameters.items()
                         if param.kind is param.KEYWORD_ONLY}
                answers.expected = _operation_key(method.__wrapped__)
                for label, arguments in (("required", required), ("all", every)):
                    counts["calls"] += 1
                    Recorder.seen.clear()
                    answers.every_property = label == "all"
                    try:
                        result = method(**arguments)
                        if isinstance(result, collections.abc.Iterator):  # a pager: its first page
                            next(result, None)
                        raised = None
                    except Exception as error:  # noqa: BLE001 - what a call raises is what is surveyed
                        raised = error
                    sent = list(Recorder.seen)
                    call = f"{where}.{name}({label})"
                    if not sent:
                        if isinstance(raised, errors.InvalidArgumentError):
                            counts["made-up argument refused"] += 1
                            refused.append(f"{call}: {raised}")
                        elif isinstance(raised, getattr(errors, "ApiConnectionError", ())):
                            counts["connection failed"] += 1
                            refused.append(f"{call}: connection failed: {raised}")
                        else:
                            counts["defect"] += 1
                            defects.append(f"{call}: raised before sending: {type(raised).__name__}: {raised}"[:400])
                        continue
                    problem = mismatch(sent[-1], described)
                    if problem is not None:
                        counts["defect"] += 1
                        defects.append(f"{call}: {problem}"[:400])
                    elif raised is not None and not isinstance(raised, errors.ApiError):
                        counts["defect"] += 1
                        defects.append(f"{call}: answer handling raised {type(raised).__name__}: {raised}"[:400])
                    elif isinstance(raised, errors.UnexpectedResponseError) and sent[-1]["answered"] in (MADE_UP, NO_BODY):
                        counts["defect"] += 1
                        defects.append(f"{call}: valid answer refused: {raised}"[:400])
                    else:
                        counts["sent as described"] += 1
                        counts[f"answered {sent[-1]['answered']}"] += 1
    server.shutdown()
    print(json.dumps({"counts": counts, "defects": defects, "refused": refused[:20]}))


if __name__ == "__main__":
    main()
