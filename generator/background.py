"""Work beside the pipeline, on another core: a function computed in a forked child, its
result (or the exception it raised) sent back through a pipe. Where there is no fork, the
function runs at once, in this process.

`Pending` starts its work at once, on what the parent holds. A `Worker` starts early, gets
ready (imports what it will need, builds what it will be asked for) while the parent works,
and takes calls later: from the parent, or from a child the parent forks after it."""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")
Item = TypeVar("Item")


def halves(items: list[Item], size: Callable[[Item], int]) -> tuple[list[Item], list[Item]]:
    """The items in two halves of about equal size, for two processes to share: the largest
    first, each to whichever half is smaller so far (an item's size is what it costs)."""
    parts: tuple[list[Item], list[Item]] = ([], [])
    sizes = [0, 0]
    for item in sorted(items, key=lambda item: -size(item)):
        smaller = 0 if sizes[0] <= sizes[1] else 1
        parts[smaller].append(item)
        sizes[smaller] += size(item)
    return parts


class Pending(Generic[T]):
    def __init__(self, function: Callable[..., T], *args: Any, nice: int = 0) -> None:
        """`nice` (as os.nice): how much less of the CPU the child claims than this process
        when they compete for it."""
        self._done: tuple[bool, Any] | None = None
        if not hasattr(os, "fork"):
            self._done = _outcome(function, args)
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, leave without running the parent's exit code
            try:
                os.close(read)
                os.nice(nice)
                _send(write, _outcome(function, args))
            finally:
                os._exit(1)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        if self._done is None:
            self._done = _receive(self._read, self._pid)
        ok, value = self._done
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def __enter__(self) -> Pending[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        # leaving early (something failed): the child is waited for, what it found dropped
        if self._done is None:
            self._done = _receive(self._read, self._pid)


class Worker:
    """A forked child that runs `prepare` at once, then takes calls sent by `call`, one at a
    time, until `close`. Where there is no fork, `prepare` and the calls run here."""

    def __init__(self, prepare: Callable[[], object]) -> None:
        self._prepare: Callable[[], object] | None = prepare
        self._prepared: tuple[bool, Any] = (True, None)
        self._pid: int | None = None
        if not hasattr(os, "fork"):
            return
        to_child, self._to_child = os.pipe()
        self._from_child, from_parent = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(self._to_child)
                os.close(self._from_child)
                _serve(prepare, to_child, from_parent)
            finally:
                os._exit(1)
        os.close(to_child)
        os.close(from_parent)
        self._pid = pid

    def call(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` in the child (its arguments and result pickled), or here."""
        if self._pid is None:
            self._prepare_here()
            return function(*args)
        return self._ask((function, args))  # type: ignore[no-any-return]

    def prepared(self) -> Any:
        """What `prepare` returned, pickled over (or the exception it raised, raised here)."""
        if self._pid is None:
            return self._prepare_here()
        return self._ask(None)

    def _prepare_here(self) -> Any:
        if self._prepare is not None:
            self._prepared = _outcome(self._prepare, ())
            self._prepare = None
        ok, value = self._prepared
        if not ok:
            raise value
        return value

    def _ask(self, request: tuple[Callable[..., Any], tuple[Any, ...]] | None) -> Any:
        assert self._pid is not None
        _write_framed(self._to_child, pickle.dumps(request))
        payload = _read_framed(self._from_child)
        if payload is None:
            self.close()
            raise RuntimeError("background work died")
        ok, value = pickle.loads(payload)
        if not ok:
            raise value
        return value

    def close(self, *, stop: bool = False) -> None:
        """End the child: it reads an empty call, and leaves; or, with `stop`, it is stopped
        at once, whatever it is doing (what it does is wanted no more)."""
        if self._pid is not None:
            if stop:
                os.kill(self._pid, signal.SIGKILL)
            try:
                _write_framed(self._to_child, b"")
            except OSError:
                pass  # it is gone already
            os.close(self._to_child)
            os.close(self._from_child)
            os.waitpid(self._pid, 0)
            self._pid = None

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, exc_type: object, *exc_info: object) -> None:
        self.close(stop=exc_type is not None)


def _serve(prepare: Callable[[], object], read: int, write: int) -> None:
    """A worker child: get ready, then answer calls until an empty one (or the end of the pipe).
    Calls and answers say their length: children forked later hold this pipe's writing end
    too, so its end of file would come only when they are all gone."""
    ready = _outcome(prepare, ())
    while True:
        request = _read_framed(read)
        if not request:
            os._exit(0)
        call = pickle.loads(request)
        if call is None:  # what prepare gave
            _write_framed(write, _pickled(ready))
            continue
        function, args = call
        _write_framed(write, _pickled(_outcome(function, args) if ready[0] else ready))


def _write_framed(fd: int, data: bytes) -> None:
    view = memoryview(len(data).to_bytes(8, "big") + data)
    while view:
        view = view[os.write(fd, view) :]


def _read_framed(fd: int) -> bytes | None:
    """One framed message, or None at the end of the pipe."""
    header = _read_exactly(fd, 8)
    if header is None:
        return None
    return _read_exactly(fd, int.from_bytes(header, "big"))


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _pickled(outcome: tuple[bool, Any]) -> bytes:
    try:
        return pickle.dumps(outcome)
    except BaseException as error:  # noqa: BLE001 - e.g. a result that does not pickle
        return pickle.dumps((False, RuntimeError(f"background work failed: {error!r}")))


def _send(write: int, outcome: tuple[bool, Any]) -> None:
    """The child's last act: its outcome down the pipe, then out, without the parent's exit code."""
    with os.fdopen(write, "wb") as pipe:
        pipe.write(_pickled(outcome))
    os._exit(0)


def _receive(read: int, pid: int) -> tuple[bool, Any]:
    with os.fdopen(read, "rb") as pipe:
        payload = pipe.read()
    os.waitpid(pid, 0)
    return pickle.loads(payload) if payload else (False, RuntimeError("background work died"))


def _outcome(function: Callable[..., Any], args: tuple[Any, ...]) -> tuple[bool, Any]:
    try:
        return True, function(*args)
    except Exception as error:  # noqa: BLE001 - raised again where the result is wanted
        return False, error
