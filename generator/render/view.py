"""The decorator of every view: the plain immutable data a template is given."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform(frozen_default=True)
def view(cls: type[T]) -> type[T]:
    """A frozen dataclass whose repr goes without dataclasses' guard against cycles: a view is
    a tree, and its repr keys the file it renders (see `Deferred`), for GitHub's 20 MB of them
    in every run; the guard's bookkeeping was a quarter of that time."""
    built = dataclass(frozen=True)(cls)
    built.__repr__ = built.__repr__.__wrapped__  # type: ignore[attr-defined]
    return built
