"""Work beside the pipeline in forked children: a worker gets ready first and is called later."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest

from generator.background import Pending, Worker
from generator.black_runner import FormatError
from generator.format import _format_jobs, start_worker

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the children are forked")


@pytest.fixture(autouse=True)
def deadline() -> Iterator[None]:
    """A worker that waits for what never comes would hang the run: fail instead."""
    def expired(*_: object) -> None:
        raise TimeoutError("the worker did not answer")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _children() -> set[int]:
    """Live children of this process (zombies included), from /proc."""
    me = str(os.getpid())
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == me:
                found.add(int(entry))
    return found


def test_a_worker_formats_in_its_own_process_what_it_is_sent() -> None:
    with start_worker() as worker:
        assert worker.call(_format_jobs, [("whole", "a.py", "x = {'a':1}\n")]) == {"a.py": 'x = {"a": 1}\n'}


def test_a_worker_takes_one_call_after_another_until_closed() -> None:
    with start_worker() as worker:
        assert worker.call(_format_jobs, [("whole", "a.py", "a = 'first'\n")]) == {"a.py": 'a = "first"\n'}
        assert worker.call(_format_jobs, [("whole", "b.py", "b = 'second'\n")]) == {"b.py": 'b = "second"\n'}
        assert worker.call(_format_jobs, []) == {}


def test_a_worker_runs_in_another_process() -> None:
    with Worker(lambda: None) as worker:
        assert worker.call(os.getpid) != os.getpid()


def test_an_error_in_the_worker_is_raised_here() -> None:
    with start_worker() as worker, pytest.raises(FormatError, match="a.py is not valid Python"):
        worker.call(_format_jobs, [("whole", "a.py", "def (\n")])


def test_a_worker_never_called_leaves_when_closed() -> None:
    before = _children()
    worker = start_worker()
    assert len(_children() - before) == 1
    worker.close()
    assert _children() - before == set()


def test_a_child_forked_after_the_worker_does_not_hold_its_call_up() -> None:
    # The later child inherits the pipe that carries the worker's call: were the call's end
    # its end of file, the worker would wait for that child, which here waits for the call.
    release_read, release_write = os.pipe()
    worker = start_worker()
    holder = Pending(os.read, release_read, 1)
    assert worker.call(_format_jobs, [("whole", "b.py", "y = 'b'\n")]) == {"b.py": 'y = "b"\n'}
    os.write(release_write, b"x")
    assert holder.result() == b"x"
    os.close(release_read)
    os.close(release_write)


def _built_in_worker() -> dict[str, int]:
    return {"built by": os.getpid()}


def test_a_child_forked_after_a_worker_gets_what_the_worker_prepared() -> None:
    # The pipeline's diff child takes the last generation's model from the worker that built
    # it while this process built its own.
    with Worker(_built_in_worker) as worker:
        asker = Pending(lambda: (os.getpid(), worker.prepared()))
        asker_pid, prepared = asker.result()
        assert prepared["built by"] not in (os.getpid(), asker_pid)
        assert worker.prepared() == prepared  # asked again, here


def _prepare_fails() -> None:
    raise ValueError("the snapshot is unreadable")


def test_what_prepare_raised_is_raised_where_it_is_asked_for() -> None:
    with Worker(_prepare_fails) as worker, pytest.raises(ValueError, match="snapshot is unreadable"):
        worker.prepared()


def test_a_worker_left_by_an_error_is_stopped_without_finishing_its_preparation() -> None:
    before = _children()
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="rendering failed"):
        with Worker(lambda: time.sleep(30)):
            raise RuntimeError("rendering failed")
    assert time.monotonic() - started < 10
    assert _children() - before == set()


def test_files_rendered_half_in_a_child_are_the_files_rendered_here_in_order() -> None:
    from pathlib import Path

    from generator.build import build_api
    from generator.config import load_config
    from generator.load import load_spec
    from generator.pipeline import _RENDERED_BESIDE_FROM, RenderTask, _render_all, _render_one
    from generator.render.common import Deferred, Pieced
    from generator.render.docs import render_docs
    from generator.render.python_client import package_view, python_client_modules
    from tests.conftest import ROOT

    target = ROOT / "specs" / "seam-connect"
    config = load_config(target / "config.yaml")
    api = build_api(load_spec(target / "openapi.json", validate=False), config)
    # the modules weigh from 1 (the runtime) to hundreds (the models module): shared by weight,
    # the files come back in another order than they go, and must be put back in theirs
    modules = python_client_modules(api, package_view(api, config))
    planned = [*modules.values(), *render_docs(api, config).values()]
    assert sum(isinstance(file, (Deferred, Pieced)) for file in planned) >= _RENDERED_BESIDE_FROM  # so a child renders half
    assert len({file.weight for file in modules.values()}) > 3
    parent = os.getpid()
    # the text (a pieced module's pieces) and the key (worked out beside, for a first generation)
    tasks = [RenderTask(file) for file in planned]
    assert list(_render_all(tasks, "tool", keyed=True)) == [_render_one(task, "tool", keyed=True) for task in tasks]
    assert os.getpid() == parent


def test_halves_share_the_work_evenly_whatever_the_order() -> None:
    from generator.background import halves

    sizes = [1] * 50 + [30, 7, 7, 3, 90]
    first, second = halves(list(enumerate(sizes)), lambda item: item[1])
    assert sorted(first + second) == list(enumerate(sizes))
    # the largest item first, then each to the smaller half: they end within one item's size
    assert abs(sum(size for _, size in first) - sum(size for _, size in second)) <= 1
    assert halves([], len) == ([], [])
