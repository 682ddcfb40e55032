"""Python client for Seam Connect. Generated; do not edit.

from seam_connect import Client  # or AsyncClient
"""

from seam_connect import models
from seam_connect._base import NOT_GIVEN, NotGiven
from seam_connect._client import AsyncClient, Client
from seam_connect._errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ForbiddenError,
    InvalidArgumentError,
    InvalidInputError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
    UnexpectedResponseError,
)

__version__ = "0.1.0"

__all__ = [
    "NOT_GIVEN",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncClient",
    "Client",
    "ForbiddenError",
    "InvalidArgumentError",
    "InvalidInputError",
    "NotFoundError",
    "NotGiven",
    "RateLimitError",
    "ServerError",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "models",
]
