"""The decorator of every view: the plain immutable data a template is given."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING or sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # Python 3.10: the decorator only tells type checkers what `view` makes

    def dataclass_transform(**_: Any) -> Any:
        return lambda decorator: decorator


T = TypeVar("T")


@dataclass_transform(frozen_default=True)
def view(cls: type[T]) -> type[T]:
    """A frozen dataclass whose repr goes without dataclasses' guard against cycles: a view is
    a tree, and its repr keys the file it renders (see `Deferred`), for GitHub's 20 MB of them
    in every run; the guard's bookkeeping was a quarter of that time. (Where a Python keeps
    no reference to the unguarded repr, the guarded one stays: the same text.)"""
    built = dataclass(frozen=True)(cls)
    built.__repr__ = getattr(built.__repr__, "__wrapped__", built.__repr__)  # type: ignore[method-assign]
    return built
