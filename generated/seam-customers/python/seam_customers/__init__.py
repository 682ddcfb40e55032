"""Python client for Seam Connect. Generated; do not edit.

from seam_customers import Client  # or AsyncClient
"""

from seam_customers import models
from seam_customers._base import NOT_GIVEN, NotGiven
from seam_customers._client import AsyncClient, Client
from seam_customers._errors import (
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
