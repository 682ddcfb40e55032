"""A target's configuration: what the spec does not say (package name, how auth is shown,
stability per resource group). Loaded from `config.yaml` beside the spec; every field optional.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ConfigError, escape_pointer_token
from generator.stability import Stability

_PACKAGE = re.compile(r"^[a-z_][a-z0-9_]*$")
_DISTRIBUTION = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$")
_VERSION = re.compile(r"^\d+(\.\d+)*([a-z]+\d*)?$")


@dataclass(frozen=True)
class ExtraHeader:
    """A header a credential also needs, supplied by a constructor argument."""

    header: str
    argument: str


@dataclass(frozen=True)
class AuthConfig:
    """How one security scheme is offered to users."""

    title: str | None = None  # shown in docs ("API key")
    argument: str | None = None  # constructor argument carrying the credential
    headers: tuple[ExtraHeader, ...] = ()
    hidden: bool = False  # not offered by the client, not shown in docs


@dataclass(frozen=True)
class DocsConfig:
    expand_nested: bool = False  # `<details>` with the properties of object / array parameters
    authentication_url: str | None = None
    feedback_email: str | None = None


@dataclass(frozen=True)
class TargetConfig:
    spec: str = "openapi.yaml"
    package_name: str | None = None  # import name; default from the spec's title
    distribution: str | None = None
    version: str = "0.1.0"
    base_url: str | None = None
    default_stability: Stability = Stability.STABLE
    group_stability: tuple[tuple[str, Stability], ...] = ()  # ("acs users", beta)
    operation_stability: tuple[tuple[str, Stability], ...] = ()  # ("POST /x", alpha)
    auth: tuple[tuple[str, AuthConfig], ...] = ()
    docs: DocsConfig = field(default_factory=DocsConfig)
    include_undocumented: bool = True
    # Cursor pagination (Seam's convention by default): operations that take this argument
    # and whose response holds the next cursor at this path also get a lazy iterator.
    pagination_cursor: str = "page_cursor"
    pagination_next_cursor: tuple[str, ...] = ("pagination", "next_page_cursor")
    # `client.names`: an operation's place in the client, given ("GET /repos/{owner}/{repo}",
    # ("repos", "get")): its group's path, then its method
    method_names: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def auth_for(self, scheme: str) -> AuthConfig:
        return dict(self.auth).get(scheme, AuthConfig())

    def method_name_for(self, operation_key: str) -> tuple[str, ...] | None:
        """The group path and method name the config gives an operation ("POST /x"), if any."""
        return dict(self.method_names).get(operation_key)

    def stability_for(self, operation_key: str, group: tuple[str, ...]) -> Stability | None:
        by_operation = dict(self.operation_stability)
        if operation_key in by_operation:
            return by_operation[operation_key]
        by_group = dict(self.group_stability)
        # the most specific group wins: "acs users" before "acs"
        for length in range(len(group), 0, -1):
            name = " ".join(group[:length])
            if name in by_group:
                return by_group[name]
        return None


class _Reader:
    """Reads one mapping of the config file, reporting errors with their JSON pointer."""

    def __init__(self, file: Path, data: Any, pointer: str = "") -> None:
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError(file, pointer, "expected a mapping")
        self.file, self.data, self.pointer = file, data, pointer

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(self.file, f"{self.pointer}/{escape_pointer_token(key)}", problem)

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
        value = self.data.get(key, default)
        if value is not default and not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise self.fail(key, f"expected {names}, got {type(value).__name__}")
        return value

    def child(self, key: str) -> _Reader:
        return _Reader(self.file, self.data.get(key), f"{self.pointer}/{escape_pointer_token(key)}")

    def stability(self, key: str) -> Stability:
        value = self.data[key]
        try:
            return Stability(value)
        except ValueError:
            allowed = ", ".join(s.value for s in Stability)
            raise self.fail(key, f"unknown stability {value!r} (one of {allowed})") from None

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise self.fail(str(key), f"unknown setting {key!r}")


def load_config(path: Path | None) -> TargetConfig:
    if path is None:
        return TargetConfig()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(path, "", f"cannot read config: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(path, "", f"invalid YAML{where}: {getattr(exc, 'problem', exc)}") from None
    top = _Reader(path, data)
    top.check_keys({"spec", "package", "base_url", "stability", "auth", "docs", "client"})

    package = top.child("package")
    package.check_keys({"name", "distribution", "version"})
    name = package.get("name", str)
    if name is not None and not _PACKAGE.match(name):
        raise package.fail("name", f"{name!r} is not a valid Python package name")
    distribution = package.get("distribution", str)
    if distribution is not None and not _DISTRIBUTION.match(distribution):
        raise package.fail("distribution", f"{distribution!r} is not a valid distribution name")
    version = str(package.get("version", (str, int, float), "0.1.0"))
    if not _VERSION.match(version):
        raise package.fail("version", f"{version!r} is not a version number")

    stability = top.child("stability")
    stability.check_keys({"default", "groups", "operations"})
    default = stability.stability("default") if "default" in stability.data else Stability.STABLE
    groups = stability.child("groups")
    operations = stability.child("operations")

    auth_entries = []
    auth = top.child("auth")
    for scheme in auth.data:
        entry = auth.child(str(scheme))
        entry.check_keys({"title", "argument", "headers", "hidden"})
        headers = entry.child("headers")
        argument = entry.get("argument", str)
        for ident in [argument, *headers.data.values()]:
            if ident is not None and not (isinstance(ident, str) and ident.isidentifier()):
                raise entry.fail("argument", f"{ident!r} is not a valid Python argument name")
        auth_entries.append(
            (
                str(scheme),
                AuthConfig(
                    title=entry.get("title", str),
                    argument=argument,
                    headers=tuple(ExtraHeader(str(h), str(a)) for h, a in headers.data.items()),
                    hidden=bool(entry.get("hidden", bool, False)),
                ),
            )
        )

    docs = top.child("docs")
    docs.check_keys({"expand_nested", "authentication_url", "feedback_email"})
    client = top.child("client")
    client.check_keys({"include_undocumented", "pagination", "names"})
    names = client.child("names")
    method_names = tuple((_operation_key(names, key), _client_name(names, key)) for key in names.data)
    pagination = client.child("pagination")
    pagination.check_keys({"cursor", "next_cursor"})
    next_cursor = pagination.get("next_cursor", str, "pagination.next_page_cursor")

    return TargetConfig(
        spec=top.get("spec", str, "openapi.yaml"),
        package_name=name,
        distribution=distribution,
        version=version,
        base_url=top.get("base_url", str),
        default_stability=default,
        group_stability=tuple((str(k), groups.stability(k)) for k in groups.data),
        operation_stability=tuple((str(k), operations.stability(k)) for k in operations.data),
        auth=tuple(auth_entries),
        docs=DocsConfig(
            expand_nested=bool(docs.get("expand_nested", bool, False)),
            authentication_url=docs.get("authentication_url", str),
            feedback_email=docs.get("feedback_email", str),
        ),
        include_undocumented=bool(client.get("include_undocumented", bool, True)),
        pagination_cursor=pagination.get("cursor", str, "page_cursor"),
        pagination_next_cursor=tuple(next_cursor.split(".")),
        method_names=method_names,
    )


_OPERATION_KEY = re.compile(r"^(get|put|post|delete|options|head|patch|trace) (/.*)$", re.IGNORECASE)
_NAME_PART = re.compile(r"^[a-z_][a-z0-9_]*$")


def _operation_key(names: _Reader, key: Any) -> str:
    """"post /x" as the model spells an operation: "POST /x"."""
    found = _OPERATION_KEY.match(str(key))
    if found is None:
        raise names.fail(str(key), f"{key!r} is no operation: an HTTP method and a path, as in 'GET /users/{{id}}'")
    return f"{found.group(1).upper()} {found.group(2)}"


def _client_name(names: _Reader, key: Any) -> tuple[str, ...]:
    """`repos.get` as ("repos", "get"): a group's path, then a method, each a Python name."""
    value = names.get(key, str)
    parts = tuple(value.split("."))
    if len(parts) < 2 or not all(_NAME_PART.match(part) and not keyword.iskeyword(part) for part in parts):
        raise names.fail(
            str(key), f"{value!r} is no client name: a group and a method, lower-case Python names, as in 'repos.get'"
        )
    return parts
