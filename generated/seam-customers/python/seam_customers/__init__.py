"""Python client for Seam Connect. Generated; do not edit.

from seam_customers import Client
"""

from seam_customers import models
from seam_customers._base import NOT_GIVEN, NotGiven
from seam_customers._client import Client
from seam_customers._errors import (
    ApiError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
)

__version__ = "0.1.0"

__all__ = [
    "NOT_GIVEN",
    "ApiError",
    "Client",
    "ForbiddenError",
    "InvalidInputError",
    "NotFoundError",
    "NotGiven",
    "RateLimitError",
    "ServerError",
    "UnauthorizedError",
    "models",
]
