"""Errors raised by the Seam Connect client. Generated; do not edit."""

from __future__ import annotations

from typing import Any

import httpx


class ApiError(Exception):
    """Every error the client raises: the API answered with a non-2xx status, the API could
    not be reached, or an argument was refused before sending.

    Attributes:
        status_code: the HTTP status; None when no response came (or nothing was sent).
        code: the API's error code (its `error.type`), when the body carries one.
        message: the API's message, or the HTTP reason phrase.
        request_id: the `seam-request-id` (or `x-request-id`) response header, for support.
        body: the parsed JSON body, or the raw text when it is not JSON.
    """

    def __init__(
        self,
        *,
        status_code: int | None,
        code: str | None,
        message: str,
        request_id: str | None = None,
        body: Any = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.request_id = request_id
        self.body = body
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.status_code or ''} {self.code or ''}".strip()
        text = f"{text}: {self.message}" if text else self.message
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class InvalidInputError(ApiError):
    """400: the request's parameters were refused; `validation_errors` says which and why."""

    @property
    def validation_errors(self) -> dict[str, Any]:
        error = self.body.get("error") if isinstance(self.body, dict) else None
        found = error.get("validation_errors") if isinstance(error, dict) else None
        return found if isinstance(found, dict) else {}

    @property
    def parameter_errors(self) -> dict[str, list[str]]:
        """Messages per parameter (`"starts_at"`, nested ones dotted), read from Seam's
        `validation_errors`; messages about the request as a whole are under `""`."""
        found: dict[str, list[str]] = {}

        def collect(node: Any, path: str) -> None:
            if not isinstance(node, dict):
                return
            messages = [m for m in node.get("_errors") or [] if isinstance(m, str)]
            if messages:
                found.setdefault(path, []).extend(messages)
            for key, child in node.items():
                if key != "_errors":
                    collect(child, f"{path}.{key}" if path else str(key))

        collect(self.validation_errors, "")
        return found


class UnauthorizedError(ApiError):
    """401: the credentials are missing, wrong or expired."""


class ForbiddenError(ApiError):
    """403: the credentials may not do this."""


class NotFoundError(ApiError):
    """404: no such resource."""


class RateLimitError(ApiError):
    """429: too many requests."""


class ServerError(ApiError):
    """5xx: the API failed."""


class ApiConnectionError(ApiError):
    """The API could not be reached (DNS, refused or dropped connection, TLS), after retries."""

    def __init__(self, message: str) -> None:
        super().__init__(status_code=None, code=None, message=message)


class ApiTimeoutError(ApiConnectionError):
    """The API did not answer within the client's `timeout`, after retries."""


class InvalidArgumentError(ApiError, TypeError):
    """An argument has the wrong type; refused before anything was sent.

    Also a `TypeError`, which is what Python raises for a wrong call.
    """

    def __init__(self, message: str) -> None:
        super().__init__(status_code=None, code="invalid_argument", message=message)


class UnexpectedResponseError(ApiError):
    """A successful response whose body does not match the API description (an Alpha API may
    change before its description does); raised with `strict_responses=True`, and when the
    response lacks the key that holds the result. `body` holds the data as received."""

    def __init__(self, response: httpx.Response, problem: str) -> None:
        super().__init__(
            status_code=response.status_code,
            code="unexpected_response",
            message=f"The response does not match the API description: {problem}",
            request_id=_request_id(response),
            body=_body(response),
        )


_BY_STATUS: dict[int, type[ApiError]] = {
    400: InvalidInputError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    429: RateLimitError,
}


def _body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text


def _request_id(response: httpx.Response) -> str | None:
    found: str | None = response.headers.get("seam-request-id") or response.headers.get(
        "x-request-id"
    )
    return found


def error_for_response(response: httpx.Response) -> ApiError:
    """The error for a non-2xx response; tolerant of any body, JSON or not."""
    body = _body(response)
    code: str | None = None
    message = response.reason_phrase or "HTTP error"
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        if isinstance(error.get("type"), str):
            code = error["type"]
        elif isinstance(error.get("code"), str):
            code = error["code"]
        if isinstance(error.get("message"), str):
            message = error["message"]
    elif isinstance(body, dict) and isinstance(body.get("message"), str):
        message = body["message"]
    request_id = _request_id(response)
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    return cls(
        status_code=status, code=code, message=message, request_id=request_id, body=body
    )
