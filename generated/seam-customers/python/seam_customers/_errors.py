"""Errors raised by the Seam Connect client. Generated; do not edit."""

from __future__ import annotations

from typing import Any

import httpx


class ApiError(Exception):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: the HTTP status.
        code: the API's error code (its `error.type`), when the body carries one.
        message: the API's message, or the HTTP reason phrase.
        request_id: the `seam-request-id` (or `x-request-id`) response header, for support.
        body: the parsed JSON body, or the raw text when it is not JSON.
    """

    def __init__(
        self,
        *,
        status_code: int,
        code: str | None,
        message: str,
        request_id: str | None,
        body: Any,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.request_id = request_id
        self.body = body
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.status_code}"
        if self.code:
            text += f" {self.code}"
        text += f": {self.message}"
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


_BY_STATUS: dict[int, type[ApiError]] = {
    400: InvalidInputError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response) -> ApiError:
    """The error for a non-2xx response; tolerant of any body, JSON or not."""
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text
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
    request_id = response.headers.get("seam-request-id") or response.headers.get(
        "x-request-id"
    )
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    return cls(
        status_code=status, code=code, message=message, request_id=request_id, body=body
    )
