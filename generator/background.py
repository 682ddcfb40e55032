"""Work beside the pipeline, on another core: a function computed in a forked child, its
result (or the exception it raised) sent back through a pipe. Where there is no fork, the
function runs at once, in this process."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Pending(Generic[T]):
    def __init__(self, function: Callable[..., T], *args: Any) -> None:
        self._done: tuple[bool, Any] | None = None
        if not hasattr(os, "fork"):
            self._done = _outcome(function, args)
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, leave without running the parent's exit code
            os.close(read)
            try:
                payload = pickle.dumps(_outcome(function, args))
            except BaseException as error:  # noqa: BLE001 - e.g. a result that does not pickle
                payload = pickle.dumps((False, RuntimeError(f"background work failed: {error!r}")))
            with os.fdopen(write, "wb") as pipe:
                pipe.write(payload)
            os._exit(0)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        if self._done is None:
            with os.fdopen(self._read, "rb") as pipe:
                payload = pipe.read()
            os.waitpid(self._pid, 0)
            self._done = pickle.loads(payload) if payload else (False, RuntimeError("background work died"))
        ok, value = self._done
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]


def _outcome(function: Callable[..., Any], args: tuple[Any, ...]) -> tuple[bool, Any]:
    try:
        return True, function(*args)
    except Exception as error:  # noqa: BLE001 - raised again where the result is wanted
        return False, error
