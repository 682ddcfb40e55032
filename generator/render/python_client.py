"""The Python client package: views of the model for the templates under `templates/python/`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from generator.config import TargetConfig
from generator.model import (
    FORM,
    MULTIPART,
    Api,
    Operation,
    Schema,
    SchemaKind,
    SecurityScheme,
    is_json_media_type,
    media_type_essence,
    preferred_json,
)
from generator.naming import (
    file_stem,
    pascal_case,
    python_identifier,
    unique_identifiers,
)
from generator.render.common import (
    Deferred,
    Inputs,
    Lazy,
    Pieced,
    credential_title,
    definition_key,
)
from generator.render.environment import environment
from generator.render.models import models_module, models_view
from generator.render.types import NONE, TypeView, type_view, union_view
from generator.render.view import view

if TYPE_CHECKING:
    from typing_extensions import Self

# Arguments every generated method already has; spec parameters must not take these names.
_METHOD_RESERVED = frozenset({"self"})


@view
class ArgumentView:
    name: str  # Python identifier
    wire_name: str
    location: str  # path | query | header | cookie | body
    required: bool
    type: TypeView
    nullable: bool  # None is sent as JSON null (otherwise None means "not sent")
    description: str | None
    deprecated: bool
    style: str | None = None  # OpenAPI serialization style, for parameters and form properties
    explode: bool = True

    @property
    def plain(self) -> bool:
        """Serialized the default way (path `simple`, query `form` exploded, a form's property
        by its type, where its encoding gives no style); headers and cookies always are."""
        if self.location == "body":
            return self.style is None
        if self.location not in ("path", "query"):
            return True
        default = "simple" if self.location == "path" else "form"
        return (self.style or default) == default and (self.explode or self.location == "path")


@view
class ReturnView:
    kind: str  # none | model | json | text | bytes
    type: TypeView
    response_key: str | None  # unwrap this key of the body first
    key_optional: bool = False  # the body may leave the key out
    # where success responses differ (GitHub's 201 with a body or 204 without; 200 a list or
    # 202 while stats are computed): the type of each status, None where it has no body
    statuses: tuple[tuple[str, TypeView | None], ...] = ()


@view
class PaginationView:
    """A cursor-paginated list operation: its lazy iterator over every item of every page."""

    iterator_name: str  # iter_list
    cursor: str  # the argument the iterator sets page by page (not one of its own)
    next_cursor: tuple[str, ...]  # where the response body holds the next page's cursor
    item_type: TypeView


@view
class MethodView:
    name: str
    http_method: str
    path: str
    arguments: tuple[ArgumentView, ...]
    returns: ReturnView
    summary: str
    description: str | None
    deprecated: str | None
    stability: str
    authenticated: bool
    body: str  # json | json_whole | form | multipart | content | none (see _body_kind)
    # the Content-Type the body is declared with, where httpx's own would not be the one
    # described (raw content; JSON under another name, such as `application/merge-patch+json`)
    content_type: str | None
    server: str | None = None  # the operation's own server (GitHub's uploads), if it has one
    pagination: PaginationView | None = None
    # a multipart form's parts whose type the description's encoding gives: (wire name, type)
    part_types: tuple[tuple[str, str], ...] = ()

    def arguments_in(self, location: str) -> tuple[ArgumentView, ...]:
        return tuple(a for a in self.arguments if a.location == location)

    @property
    def iterator_arguments(self) -> tuple[ArgumentView, ...]:
        """The iterator's arguments: the method's, less the cursor it sets itself."""
        cursor = self.pagination.cursor if self.pagination else None
        return tuple(a for a in self.arguments if a.name != cursor)


class _Tree:
    children: tuple[Any, ...]

    def walk(self) -> list[Self]:
        """This resource and all below it, children first (a class is defined before its use)."""
        found: list[Self] = []
        for child in self.children:
            found.extend(child.walk())
        found.append(self)
        return found


@view
class MethodOutline:
    """What the client's README and class say of a method (see `ResourceOutline`)."""

    name: str
    summary: str
    stability: str
    iterator_name: str | None  # of its lazy iterator over every item, if it has one


@view
class ResourceOutline(_Tree):
    """What the client's class and README need of a resource group: its names and its methods'.
    It is made from the group's view, or, where the last generation recorded it for a view made
    of the same (see `resource_modules`), from that record, so that the client and README of a
    regeneration do not build every group's view."""

    class_name: str
    attribute: str
    module: str
    path: tuple[str, ...]
    attribute_path: tuple[str, ...]
    methods: tuple[MethodOutline, ...]
    children: tuple[ResourceOutline, ...]


@view
class ResourceView(_Tree):
    class_name: str
    attribute: str  # attribute name on the parent
    module: str  # of a top-level resource, its module's name (the attribute, short enough for a file)
    path: tuple[str, ...]  # group names
    attribute_path: tuple[str, ...]  # how it is reached from the client: client.acs.users
    methods: tuple[MethodView, ...]
    children: tuple[ResourceView, ...]


def _spelled_types(method: MethodView | None) -> list[TypeView]:
    """Every type the signature of `method` spells, and each type inside one."""
    found: list[TypeView] = []

    def visit(view: TypeView) -> None:
        found.append(view)
        for arg in view.args:
            visit(arg)

    if method is not None:
        for argument in method.arguments:
            visit(argument.type)
        visit(method.returns.type)
    return found


@view
class ResourcePiece:
    """A piece of a resource module, as resource_pieces.py.j2 renders it: a class up to its
    methods (`class`), its `__init__` (`init`), a method (`method`), or a method's iterator
    (`iterator`). Each is given only what it shows, so that a change elsewhere in its class
    leaves its key as it was."""

    kind: str
    prefix: str  # "" or "Async"
    class_name: str = ""
    path: tuple[str, ...] = ()
    attribute_path: tuple[str, ...] = ()  # of a method's group: its deprecation warning names it
    children: tuple[tuple[str, str], ...] = ()  # (attribute, class name) of each group below
    method: MethodView | None = None

    @property
    def type_kinds(self) -> set[str]:
        return {view.kind for view in _spelled_types(self.method)}

    @property
    def model_names(self) -> list[str]:
        """Model classes its signature names (the module imports `models` only if one does)."""
        return sorted({view.name for view in _spelled_types(self.method) if view.name})


@view
class CredentialView:
    """One way to authenticate: a constructor argument and what it sends."""

    scheme: str
    title: str
    argument: str
    kind: str  # bearer | basic | header | query | cookie
    parameter_name: str | None  # header / query / cookie name for kind header|query|cookie
    extra_headers: tuple[tuple[str, str], ...]  # (header, argument)
    unused_arguments: tuple[str, ...] = ()  # other credentials' extra arguments, refused with this one


@view
class PackageView:
    package: str
    distribution: str
    version: str
    title: str
    api_version: str
    description: str | None
    base_url: str
    credentials: tuple[CredentialView, ...]
    resources: tuple[ResourceOutline, ...]
    credentials_required: bool  # every operation needs credentials
    # each top-level group's module: not for the templates of the package's small files
    modules: tuple[ResourceModule, ...] = field(default=(), compare=False, repr=False)

    @property
    def base_url_is_address(self) -> bool:
        """Whether the default base URL can be sent to: a server given as `/api/v3` (or none,
        which OpenAPI reads as `/`) is relative to wherever the description is served."""
        parts = urlsplit(self.base_url)
        return parts.scheme in ("http", "https") and bool(parts.netloc)

    @property
    def credential_arguments(self) -> list[str]:
        seen: list[str] = []
        for credential in self.credentials:
            for name in [credential.argument, *(a for _, a in credential.extra_headers)]:
                if name not in seen:
                    seen.append(name)
        return seen


def package_name(api: Api, config: TargetConfig) -> str:
    return config.package_name or python_identifier(api.title)


def credential_views(api: Api, config: TargetConfig) -> tuple[CredentialView, ...]:
    used: list[str] = []
    for op in api.operations:
        for requirement in op.security:
            used.extend(s for s in requirement if s not in used)
    configured = [name for name, _ in config.auth]
    order = [s for s in configured if s in used] + [s for s in used if s not in configured]
    views: list[CredentialView] = []
    for name in order:
        scheme = api.security_scheme(name)
        settings = config.auth_for(name)
        if scheme is None or settings.hidden or not scheme.can_be_sent:
            continue
        view = CredentialView(
            scheme=name,
            title=credential_title(scheme, config),
            argument=settings.argument or _default_argument(scheme),
            kind=_credential_kind(scheme),
            parameter_name=scheme.parameter_name,
            extra_headers=tuple((h.header, h.argument) for h in settings.headers),
        )
        holder = next((v for v in views if v.argument == view.argument), None)
        if holder is not None:
            if _sent_alike(holder, view):
                continue  # one credential for both (Telnyx's schemes `BearerAuth` and `bearerAuth`)
            taken = frozenset(a for v in views for a in [v.argument, *(extra for _, extra in v.extra_headers)])
            view = replace(view, argument=unique_identifiers([view.argument], taken=taken)[0])
        views.append(view)
    extras = {argument for view in views for _, argument in view.extra_headers}
    return tuple(
        replace(view, unused_arguments=tuple(sorted(extras - {a for _, a in view.extra_headers}))) for view in views
    )


def _sent_alike(one: CredentialView, other: CredentialView) -> bool:
    return (one.kind, one.parameter_name, one.extra_headers) == (other.kind, other.parameter_name, other.extra_headers)


def _credential_kind(scheme: SecurityScheme) -> str:
    if scheme.type == "apiKey":
        return scheme.location or "header"
    if scheme.type == "http" and scheme.scheme == "basic":
        return "basic"
    return "bearer"  # http bearer, oauth2 and openIdConnect all send a bearer token


def _default_argument(scheme: SecurityScheme) -> str:
    name = python_identifier(scheme.name)
    if scheme.type in ("oauth2", "openIdConnect") and not name.endswith("token"):
        return name + "_token"
    return name


def _body_schema(api: Api, op: Operation) -> tuple[Schema | None, str | None]:
    """The request body the client sends (`RequestBody.preferred`): its schema and media type."""
    chosen = op.request_body.preferred() if op.request_body is not None else None
    if chosen is None:
        return None, None
    return chosen.schema, chosen.media_type


def _body_kind(api: Api, op: Operation) -> str:
    """json (properties as arguments) | json_whole | form | multipart | content (raw bytes or text) | none"""
    schema, media_type = _body_schema(api, op)
    if media_type is None:
        return "none"
    resolved = api.resolve(schema) if schema is not None else None
    has_fields = resolved is not None and resolved.kind is SchemaKind.OBJECT and bool(resolved.properties)
    essence = media_type_essence(media_type)
    # a binary string is the body's bytes, whatever the type says they are (no JSON has bytes)
    binary = resolved is not None and resolved.kind is SchemaKind.STRING and resolved.format == "binary"
    if is_json_media_type(media_type) and not binary:
        return "json" if has_fields else "json_whole"
    if essence in (FORM, MULTIPART) and has_fields:
        return "form" if essence == FORM else "multipart"
    return "content"


def _content_type(body: str, media_type: str | None) -> str | None:
    if media_type is None or body in ("form", "multipart", "none"):
        return None  # httpx declares a form's type (a multipart one with its boundary)
    if body in ("json", "json_whole") and (media_type == "application/json" or "*" in media_type):
        return None  # httpx's own; a wildcard (`application/*+json`) is no type to send
    if "*" in media_type:
        return "application/octet-stream"  # raw content under a wildcard (`*/*`): bytes
    return media_type


def _arguments(api: Api, op: Operation) -> tuple[ArgumentView, ...]:
    raw: list[tuple[str, str, bool, Schema, str | None, bool]] = []
    styles: dict[tuple[str, str], tuple[str | None, bool]] = {}
    for param in op.parameters:
        raw.append((param.name, param.location.value, param.required, param.schema, param.description, param.deprecated))
        default_explode = (param.style or "form") == "form" and param.location.value in ("query", "cookie")
        styles[(param.location.value, param.name)] = (
            param.style,
            param.explode if param.explode is not None else default_explode,
        )
    body, _media = _body_schema(api, op)
    kind = _body_kind(api, op)
    sent = op.request_body.preferred() if op.request_body is not None else None
    if kind in ("form", "multipart") and sent is not None:
        # a property the description gives a style or explode: serialized so (Stripe's
        # `metadata[key]=...` is deepObject); others as the default (`_form_value`)
        for encoding in sent.encoding:
            if encoding.style is not None or encoding.explode is not None:
                style = encoding.style or "form"
                styles[("body", encoding.name)] = (
                    style, encoding.explode if encoding.explode is not None else style == "form"
                )
    if kind == "content":
        required = bool(op.request_body and op.request_body.required)
        description = op.request_body.description if op.request_body else None
        raw.append(("body", "body_whole", required, Schema(SchemaKind.STRING, "", format="binary"), description, False))
    elif body is not None or kind == "json_whole":  # JSON with no schema: any value
        if kind in ("json", "form", "multipart") and body is not None:
            for prop in api.resolve(body).properties:
                if prop.schema.read_only:
                    continue
                raw.append(
                    (prop.name, "body", prop.required, prop.schema, prop.schema.description, prop.schema.deprecated)
                )
        else:
            required = bool(op.request_body and op.request_body.required)
            whole = body if body is not None else Schema(SchemaKind.ANY, "")
            raw.append(("body", "body_whole", required, whole, op.request_body.description if op.request_body else None, False))
    # Required first, then alphabetical: how the docs list them too.
    raw.sort(key=lambda r: (not r[2], r[0].lower(), r[0]))
    names = _argument_names([(r[0], r[1]) for r in raw])
    views = [type_view(api, schema, for_input=True) for _, _, _, schema, _, _ in raw]
    return tuple(
        ArgumentView(
            name=name,
            wire_name=wire,
            location=location,
            required=required,
            type=view,
            nullable=schema.nullable or view.nullable,
            description=description,
            deprecated=deprecated,
            style=styles.get((location, wire), (None, True))[0],
            explode=styles.get((location, wire), (None, True))[1],
        )
        for name, view, (wire, location, required, schema, description, deprecated) in zip(names, views, raw)
    )


def _argument_names(wired: list[tuple[str, str]]) -> list[str]:
    """A Python identifier for each (wire name, location), in order. Where two arguments would
    share one, the first keeps it and a later one from elsewhere says where it goes: PATCH
    /variables/{name} with a new `name` in its body takes `name` and `body_name`, which say
    more to a caller than `name_2`. Names alike in one location are numbered."""
    owners: dict[str, str] = {}  # identifier -> where the argument that took it first goes
    wanted: list[str] = []
    for wire, location in wired:
        ident = python_identifier(wire)
        place = "body" if location.startswith("body") else location  # body, body_whole
        if owners.setdefault(ident, place) != place:
            ident = f"{place}_{ident.rstrip('_')}"
        wanted.append(ident)
    return unique_identifiers(wanted, taken=_METHOD_RESERVED)


def _returns(api: Api, op: Operation) -> ReturnView:
    if op.response_key is not None and op.response_key.key is None:
        return ReturnView("none", TypeView("none"), None)
    for response in op.success_responses():
        # JSON wherever it is offered, typed; else the first media type says text or bytes
        content = preferred_json(response.contents)
        if content is not None:
            schema = content.schema
            key = op.response_key.key if op.response_key else None
            optional = False
            if key is not None and schema is not None:
                prop = api.resolve(schema).property(key)
                schema = prop.schema if prop else None
                optional = prop is None or not prop.required
            view = type_view(api, schema, for_input=False)
            if optional and view.kind != "any":
                # the body may leave the key out: the result is then None
                view = view.with_nullable(True)
            statuses = _statuses(api, op) if key is None else ()
            if statuses:
                view = union_view([v if v is not None else NONE for _, v in statuses])
            return ReturnView("json" if view.kind == "any" else "model", view, key, optional, statuses)
        if response.contents:
            if media_type_essence(response.contents[0].media_type).startswith("text/"):
                return ReturnView("text", TypeView("str"), None)
            return ReturnView("bytes", TypeView("bytes"), None)
    return ReturnView("none", TypeView("none"), None)


def _statuses(api: Api, op: Operation) -> tuple[tuple[str, TypeView | None], ...]:
    """Each success status's type (None: no body), where success bodies differ
    (`Operation.success_bodies`) and their types do too."""
    found = tuple(
        (status, type_view(api, content.schema, for_input=False) if content is not None else None)
        for status, content in op.success_bodies()
    )
    return found if len({v for _, v in found}) > 1 else ()


def _pagination(
    api: Api, op: Operation, name: str, arguments: tuple[ArgumentView, ...], returns: ReturnView, config: TargetConfig
) -> PaginationView | None:
    """Cursor pagination where the operation takes the cursor argument, returns a list under a
    response key, and its response body holds the next cursor (config: client.pagination)."""
    cursor = next(
        (a for a in arguments if a.wire_name == config.pagination_cursor and a.location in ("query", "body")), None
    )
    if cursor is None or returns.kind != "model" or returns.type.kind != "list" or returns.response_key is None:
        return None
    body = next(
        (c.schema for r in op.success_responses() if (c := preferred_json(r.contents)) is not None), None
    )
    for key in config.pagination_next_cursor:
        prop = api.resolve(body).property(key) if body is not None else None
        body = prop.schema if prop is not None else None
    if body is None:
        return None
    return PaginationView(
        iterator_name=f"iter_{name}",
        cursor=cursor.name,
        next_cursor=config.pagination_next_cursor,
        item_type=returns.type.args[0],
    )


def _method(api: Api, op: Operation, config: TargetConfig) -> MethodView:
    arguments = _arguments(api, op)
    body = _body_kind(api, op)
    _, media_type = _body_schema(api, op)
    name = python_identifier(op.name, attribute=True)
    returns = _returns(api, op)
    return MethodView(
        name=name,
        http_method=op.method.upper(),
        path=op.path,
        arguments=arguments,
        body=body,
        returns=returns,
        pagination=_pagination(api, op, name, arguments, returns, config),
        content_type=_content_type(body, media_type),
        server=op.servers[0] if op.servers else None,
        summary=op.title,
        description=op.description,
        deprecated=op.deprecated,
        stability=op.stability.value,
        authenticated=bool(op.security) and any(op.security),
        part_types=_part_types(op) if body == "multipart" else (),
    )


def _part_types(op: Operation) -> tuple[tuple[str, str], ...]:
    sent = op.request_body.preferred() if op.request_body is not None else None
    return tuple((e.name, e.content_type) for e in (sent.encoding if sent else ()) if e.content_type)


def _class_stem(path: tuple[str, ...]) -> str:
    """`AcsUsers` for the group acs.users; a group named `2.0` gives `N20`, as no class
    name may begin with a digit."""
    stem = pascal_case("_".join(path))
    return "N" + stem if not stem or stem[0].isdigit() else stem


# What a client holds besides its resource groups, by a name a group could take
# (`client.close()`, which `with Client() as client:` calls on leaving).
_CLIENT_MEMBERS = frozenset({"close"})


_RESOURCE = "python/package/resources/resource.py.j2"  # a resource module's head
_RESOURCE_PIECES = "python/package/resources/resource_pieces.py.j2"
_PIECE_USES = ("python/package/resources/uses.j2", "uses")


@dataclass(frozen=True)
class _Method:
    """A method of a group, as its module is made of it: its view is built when first asked for."""

    name: str
    op: Operation
    digest: str | None  # what its view is made of (see `Inputs.operation`), where known
    lookup: str | None  # what whether it is paginated is recorded under, where its digest is known
    paginated: bool
    clash: bool  # it is paginated, and a method of its group has its iterator's name
    view: Callable[[], MethodView]

    @property
    def iterator(self) -> bool:
        """It has an iterator: it is paginated, and no method of its group has its name."""
        return self.paginated and not self.clash


@dataclass(frozen=True)
class _Group(_Tree):
    """A resource group and the groups under it, with what its module's pieces are made of."""

    class_name: str
    attribute: str
    module: str
    path: tuple[str, ...]
    attribute_path: tuple[str, ...]
    methods: tuple[_Method, ...]
    children: tuple[_Group, ...]

    def outline(self) -> ResourceOutline:
        return ResourceOutline(
            self.class_name,
            self.attribute,
            self.module,
            self.path,
            self.attribute_path,
            tuple(
                MethodOutline(m.name, m.op.title, m.op.stability.value, f"iter_{m.name}" if m.iterator else None)
                for m in self.methods
            ),
            tuple(child.outline() for child in self.children),
        )

    def view(self) -> ResourceView:
        return ResourceView(
            class_name=self.class_name,
            attribute=self.attribute,
            module=self.module,
            path=self.path,
            attribute_path=self.attribute_path,
            methods=tuple(m.view() for m in self.methods),
            children=tuple(child.view() for child in self.children),
        )


@dataclass(frozen=True)
class ResourceModule:
    """A top-level resource group, rendered as one module in pieces (see `Pieced`): what the
    client and its README need of it (its outline), its head's arguments, and its pieces, each
    a view or a `Lazy` one. `paginated`: whether each method is, by what its view is made of,
    for the next generation, which then need not build the view of an unchanged method to
    know whether it has an iterator (which names its group's members, and is a piece)."""

    outline: ResourceOutline
    head: tuple[tuple[str, Any], ...]
    pieces: tuple[ResourcePiece | Lazy, ...]
    kinds: tuple[str, ...]  # each piece's kind (see pieces.py)
    paginated: dict[str, bool]


_PAGINATED = "paginated"  # what whether a method is paginated is recorded under (see `Inputs.lookup`)


def _groups(api: Api, config: TargetConfig, inputs: Inputs | None, recorded: dict[str, bool]) -> list[_Group]:
    """The top-level groups. Whether a method is paginated is `recorded` by what its view is
    made of, or else its view is built to tell."""
    tree: dict[str, Any] = {}
    for op in api.operations:
        node = tree
        for part in op.group:
            node = node.setdefault(part, {"": []})
        node[""].append(op)

    def method(name: str, op: Operation, names: set[str]) -> _Method:
        view = cache(partial(_method, api, op, config))  # one view for its sync and async pieces
        digest = inputs.operation(op) if inputs is not None else None
        lookup = inputs.lookup(_PAGINATED, digest) if inputs is not None and digest is not None else None
        paginated = recorded.get(lookup) if lookup is not None else None
        if type(paginated) is not bool:
            paginated = view().pagination is not None
        # an iterator named as a method of its group would hide it: the method goes without
        clash = paginated and f"iter_{name}" in names
        if clash:
            view = cache(partial(_without_pagination, view))
        return _Method(name, op, digest, lookup, paginated, clash, view)

    def group(path: tuple[str, ...], parents: tuple[str, ...], node: dict[str, Any], attribute: str) -> _Group:
        named = sorted(((python_identifier(op.name, attribute=True), op) for op in node[""]), key=lambda pair: pair[0])
        names = {name for name, _ in named}
        methods = tuple(method(name, op, names) for name, op in named)
        members = names | {f"iter_{m.name}" for m in methods if m.iterator}
        children = tuple(
            group(path + (name,), parents + (attribute,), sub, _attribute(name, members))
            for name, sub in sorted(node.items())
            if name
        )
        return _Group(_class_stem(path) + "Resource", attribute, file_stem(attribute), path, parents + (attribute,), methods, children)

    client_members = set(_CLIENT_MEMBERS)
    return [group((name,), (), sub, _attribute(name, client_members)) for name, sub in sorted(tree.items())]


def _without_pagination(view: Callable[[], MethodView]) -> MethodView:
    return replace(view(), pagination=None)


def _module_pieces(group: _Group, inputs: Inputs | None) -> tuple[tuple[ResourcePiece | Lazy, ...], tuple[str, ...]]:
    """A group's module in pieces, in order, with their kinds: each class (synchronous ones,
    then asynchronous), children first, up to its methods; its `__init__`; its methods, each
    followed by its iterator if it has one. A method's piece is a `Lazy` view where what its
    method is made of is known."""
    pieces: list[ResourcePiece | Lazy] = []
    kinds: list[str] = []
    for prefix in ("", "Async"):
        for sub in group.walk():
            children = tuple((child.attribute, child.class_name) for child in sub.children)
            pieces += [
                ResourcePiece("class", prefix, sub.class_name, sub.path, children=children),
                ResourcePiece("init", prefix, children=children),
            ]
            kinds += ["head", "method"]
            for m in sub.methods:
                for kind in ("method", "iterator") if m.iterator else ("method",):
                    build = partial(_method_piece, kind, prefix, sub.attribute_path, m.view)
                    if inputs is None or m.digest is None:
                        pieces.append(build())
                    else:
                        made_of = inputs.combined([m.digest, kind, prefix, repr(sub.attribute_path), repr(m.clash)])
                        pieces.append(inputs.lazy(_RESOURCE_PIECES, made_of, build))
                    kinds.append("method")
    return tuple(pieces), tuple(kinds)


def _method_piece(kind: str, prefix: str, attribute_path: tuple[str, ...], view: Callable[[], MethodView]) -> ResourcePiece:
    return ResourcePiece(kind, prefix, attribute_path=attribute_path, method=view())


def resource_modules(
    api: Api, config: TargetConfig, package: str, inputs: Inputs | None = None, recorded: dict[str, bool] | None = None
) -> tuple[ResourceModule, ...]:
    """Every top-level group's module. With `inputs`, a method's view is built only where
    what it is made of (its operation, as its page is: see `Inputs.operation`) is not as the
    last generation had it, or where it is not `recorded` whether it is paginated."""
    modules = []
    for group in _groups(api, config, inputs, recorded or {}):
        pieces, kinds = _module_pieces(group, inputs)
        head = (("package", package), ("attribute_path", group.attribute_path))
        paginated = {m.lookup: m.paginated for sub in group.walk() for m in sub.methods if m.lookup is not None}
        modules.append(ResourceModule(group.outline(), head, pieces, kinds, paginated))
    return tuple(modules)


def _attribute(name: str, taken: set[str]) -> str:
    """A group's attribute on the object that holds it: named as one of that object's members,
    it would hide that member."""
    attribute = python_identifier(name, attribute=True)
    while attribute in taken:
        attribute += "_"
    taken.add(attribute)
    return attribute


def resource_views(api: Api, config: TargetConfig) -> tuple[ResourceView, ...]:
    """Every top-level group's view, built."""
    return tuple(group.view() for group in _groups(api, config, None, {}))


def package_view(
    api: Api, config: TargetConfig, inputs: Inputs | None = None, recorded: dict[str, bool] | None = None
) -> PackageView:
    package = package_name(api, config)
    modules = resource_modules(api, config, package, inputs, recorded)
    return PackageView(
        package=package,
        distribution=config.distribution or package.replace("_", "-"),
        version=config.version,
        title=api.title,
        api_version=api.version,
        description=api.description,
        base_url=config.base_url or (api.servers[0] if api.servers else ""),
        credentials=credential_views(api, config),
        resources=tuple(module.outline for module in modules),
        credentials_required=all(any(op.security) for op in api.operations) and bool(api.operations),
        modules=modules,
    )


@dataclass(frozen=True)
class Recalled:
    """What the last generation left of a module rendered in pieces: the keys of the pieces
    whose formatted text is on disk (by the module's path), and what each piece (a class of
    the models module, a piece of a resource module) needs imported (see `Pieced`), if it
    recorded that."""

    pieces: Callable[[str], frozenset[str]]
    gives: dict[str, str] | None


_MODEL_CLASSES = "python/package/model_classes.py.j2"


def python_client_modules(
    api: Api, view: PackageView, inputs: Inputs | None = None, recalled: Recalled | None = None
) -> dict[str, Deferred | Pieced]:
    """The files of the client package that are large or costly to render (the models module,
    one module per resource, the runtime), deferred, so that unchanged ones are not rendered
    again. Each is given only what it uses; none depends on the version. With `inputs`, a
    model class's view is built only where needed (see `models_module`)."""
    pkg = view.package
    named = (("package", pkg), ("title", view.title))
    path = f"{pkg}/models.py"
    if inputs is not None:
        known = recalled.pieces(path) if recalled is not None else frozenset()
        module = models_module(
            api,
            inputs,
            _MODEL_CLASSES,
            partial(definition_key, inputs.tool, _MODEL_CLASSES),
            known,
            recalled.gives if recalled else None,
        )
        classes, uses, gives = module.classes, module.uses, module.gives
        keys = {inputs.tool: module.keys}  # worked out already: not again for the module's key
    else:
        models = models_view(api)
        classes, uses, gives, keys = models.classes, models.uses, {}, {}
    # weights measured: a model class costs about a quarter of a method or an operation page
    files: dict[str, Deferred | Pieced] = {
        path: Pieced(
            Deferred("python/package/models.py.j2", (("uses", uses),)),
            _MODEL_CLASSES,
            classes,
            len(classes) // 4 + 1,
            gives=gives,
            _keys=keys,
        ),
        f"{pkg}/_base.py": Deferred("python/package/_base.py.j2", named),
        f"{pkg}/_errors.py": Deferred("python/package/_errors.py.j2", named),
    }
    for group in view.modules:
        weight = sum(len(each.methods) for each in group.outline.walk()) + 1
        files[f"{pkg}/resources/{group.outline.module}.py"] = Pieced(
            Deferred(_RESOURCE, group.head),
            _RESOURCE_PIECES,
            group.pieces,
            weight,
            kinds=group.kinds,
            uses=_PIECE_USES,
            recorded=recalled.gives if recalled else None,
        )
    return files


def python_client_package_files(view: PackageView) -> dict[str, str]:
    """The small files of the client package: metadata and the client."""
    env = environment()
    pkg = view.package
    return {
        "pyproject.toml": env.get_template("python/pyproject.toml.j2").render(pkg=view),
        "README.md": env.get_template("python/README.md.j2").render(pkg=view),
        f"{pkg}/__init__.py": env.get_template("python/package/__init__.py.j2").render(pkg=view),
        f"{pkg}/py.typed": "",
        f"{pkg}/_client.py": env.get_template("python/package/_client.py.j2").render(pkg=view),
        f"{pkg}/resources/__init__.py": env.get_template("python/package/resources/__init__.py.j2").render(pkg=view),
    }


def render_python_client(api: Api, config: TargetConfig) -> dict[str, str | Deferred | Pieced]:
    """Relative path -> source text of every file of the client package (large ones deferred)."""
    view = package_view(api, config)
    return {**python_client_package_files(view), **python_client_modules(api, view)}
