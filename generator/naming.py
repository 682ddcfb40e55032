"""Names: from whatever a spec calls a thing to valid, readable Python identifiers."""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
import unicodedata
from functools import lru_cache

_WORD_BOUNDARY = re.compile(r"[^0-9A-Za-z]+")
# lower to upper (`pushData`), or an initialism's last capital before a word (`HTTPServer`),
# except where the lower-case letters close the initialism: a plural (`IPs`, `userIDs`,
# `ISOs`, not `I Ps`) or a version (`IPv4`, `IPv6Address`)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z](?!s(?![a-z])|v[0-9])[a-z])")

# Names a generated parameter or attribute must not take, beyond Python's keywords: builtins
# that generated code calls, and names the generated modules themselves use.
_SHADOWED = frozenset(dir(builtins)) | {"self", "cls", "models", "typing", "httpx", "pydantic"}


# a header's or cookie's name is an HTTP token (RFC 9110, RFC 6265)
_HTTP_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def is_http_token(name: str) -> bool:
    """Whether a request can carry a header or cookie of this name (Notion's `""` it cannot)."""
    return bool(_HTTP_TOKEN.fullmatch(name))


def _ascii(text: str) -> str:
    if text.isascii():
        return text  # most names are: NFKD leaves ASCII as it is
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """Split `pushData`, `push_data`, `Push-Data 2` alike into lower-case words."""
    parts: list[str] = []
    for chunk in _WORD_BOUNDARY.split(_ascii(text)):
        parts.extend(p.lower() for p in _CAMEL.split(chunk) if p)
    return tuple(parts)


@lru_cache(maxsize=65536)
def snake_case(text: str) -> str:
    return "_".join(words(text))


@lru_cache(maxsize=65536)
def pascal_case(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def singular(word: str) -> str:
    """English singular of a plural property name (`access_grants` -> `access_grant`).

    Rules, not a dictionary: enough for the collection names APIs use, and a wrong guess only
    costs a less pretty class name, never correctness (names are checked for uniqueness).
    """
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    if lower.endswith("ss") or lower.endswith(("us", "is")):
        return word
    if lower.endswith("s") and len(word) > 1:
        return word[:-1]
    return word


def python_identifier(name: str, *, style: str = "snake", attribute: bool = False) -> str:
    """A valid identifier for a spec name; keywords get a trailing `_`, and so do builtins the
    generated code uses, except for `attribute`s (methods, resource groups), which shadow nothing:
    `client.devices.list` stays `list`."""
    ident = snake_case(name) if style == "snake" else pascal_case(name)
    if not ident:
        ident = "value" if style == "snake" else "Value"
    if ident[0].isdigit():
        ident = ("n_" if style == "snake" else "N") + ident
    if keyword.iskeyword(ident) or (not attribute and (keyword.issoftkeyword(ident) or ident in _SHADOWED)):
        ident += "_"
    return ident


def unique_identifiers(names: list[str], *, style: str = "snake", taken: frozenset[str] = frozenset()) -> list[str]:
    """Identifiers for `names`, one each, distinct even where names differ only in case or punctuation."""
    result: list[str] = []
    used = set(taken)
    for name in names:
        ident = python_identifier(name, style=style)
        candidate, n = ident, 2
        while candidate in used:
            stem = ident.rstrip("_")
            candidate = f"{stem}_{n}" if style == "snake" else f"{stem}{n}"
            n += 1
        used.add(candidate)
        result.append(candidate)
    return result


# How a title spells words that are initialisms or brand-cased; pairs that a name's casing
# splits (`OAuth2` -> `o`, `auth2`; `openIdConnect` -> `open`, `id`, ...) are joined first.
_TITLE_SPELLINGS = {
    "api": "API", "apis": "APIs", "id": "ID", "ids": "IDs", "url": "URL", "urls": "URLs", "uri": "URI",
    "http": "HTTP", "https": "HTTPS", "jwt": "JWT", "oauth": "OAuth", "oauth2": "OAuth2", "openid": "OpenID",
    "json": "JSON", "xml": "XML", "html": "HTML", "uuid": "UUID", "sso": "SSO", "saml": "SAML", "ip": "IP", "ips": "IPs", "ipv4": "IPv4", "ipv6": "IPv6",
    "ssh": "SSH", "gpg": "GPG", "sms": "SMS", "csv": "CSV", "pdf": "PDF", "pdfs": "PDFs",
}
_TITLE_PAIRS = {("o", "auth"): "oauth", ("o", "auth2"): "oauth2", ("open", "id"): "openid"}


def humanize(text: str) -> str:
    """`push_data` -> `Push data`; `get_user_by_id` -> `Get user by ID`; `oauth2_implicit`
    -> `OAuth2 implicit`."""
    joined: list[str] = []
    for word in words(text):
        pair = _TITLE_PAIRS.get((joined[-1], word)) if joined else None
        if pair is not None:
            joined[-1] = pair
        else:
            joined.append(word)
    title = " ".join(_TITLE_SPELLINGS.get(word, word) for word in joined)
    return title[:1].upper() + title[1:]


# File systems hold names of 255 bytes; Microsoft Graph's operationIds make method names of
# 300 characters and more, and a docs page is named after its method.
_FILE_STEM_LIMIT = 100


def file_stem(name: str) -> str:
    """`name` as the stem of a file name: itself, or where longer than a file system may hold
    with room to spare, its start and a hash of the whole (distinct names stay distinct)."""
    if len(name.encode("utf-8")) <= _FILE_STEM_LIMIT:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return name.encode("utf-8")[: _FILE_STEM_LIMIT - 11].decode("utf-8", "ignore") + "_" + digest
