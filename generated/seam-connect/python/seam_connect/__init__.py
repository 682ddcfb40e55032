"""Python client for Seam Connect. Generated; do not edit.

from seam_connect import Client
"""

from seam_connect import models
from seam_connect._base import NOT_GIVEN, NotGiven
from seam_connect._client import Client
from seam_connect._errors import (
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
