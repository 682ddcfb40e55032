"""Shared helpers: paths, running the generator as a real subprocess, a recording HTTP server."""

from __future__ import annotations

import importlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
SEAM_SPECS = SHARED / "specs" / "seam-connect"

requires_shared = pytest.mark.skipif(
    not SEAM_SPECS.is_dir(), reason="needs ../shared/specs (the real API descriptions) beside the project"
)


def run_generator(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`python -m generator ...` in a real subprocess, as CI and users run it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    raw_target: str = ""  # as on the request line: `path` has a leading `//` folded by http.server


@dataclass
class Reply:
    status: int = 200
    body: Any = field(default_factory=lambda: {"ok": True})
    headers: dict[str, str] = field(default_factory=dict)


class RecordingServer:
    """A real HTTP server on loopback that records every request and answers as told."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.replies: dict[tuple[str, str], Reply] = {}
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    body = raw.decode("utf-8", "replace")
                recorder.requests.append(
                    RecordedRequest(
                        self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body,
                        self.requestline.split(" ")[1],
                    )
                )
                reply = recorder.replies.get((self.command, self.path.split("?")[0]), Reply())
                payload = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                if self.command != "HEAD":  # its headers say what a GET's body would be
                    self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> RecordingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def recording_server() -> Iterator[RecordingServer]:
    with RecordingServer() as server:
        yield server


GITHUB_SPEC = SHARED / "specs" / "github" / "api.github.com.json.gz"


@dataclass
class GeneratedGithub:
    spec: Path
    config: Path
    out: Path
    stdout: str


@pytest.fixture(scope="session")
def github_generated(tmp_path_factory: pytest.TempPathFactory) -> GeneratedGithub:
    """GitHub's REST API generated once per session (about a minute and a half here)."""
    if not GITHUB_SPEC.is_file():
        pytest.skip("needs ../shared/specs/github (GitHub's REST description) beside the project")
    import gzip

    folder = tmp_path_factory.mktemp("github")
    spec = folder / "api.github.com.json"
    spec.write_bytes(gzip.decompress(GITHUB_SPEC.read_bytes()))
    config = FIXTURES / "github" / "config.yaml"
    result = run_generator("generate", "--spec", spec, "--config", config, "--out", folder / "out")
    assert result.returncode == 0, result.stderr
    return GeneratedGithub(spec, config, folder / "out", result.stdout)


@contextmanager
def generated_package(python_dir: Path, name: str) -> Iterator[Any]:
    """Import a generated package from its folder, and forget it afterwards."""
    sys.path.insert(0, str(python_dir))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(python_dir))
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]


FAKE_SEAM_SERVER = ROOT / "tests" / "fake_seam" / "node_modules" / "@seamapi" / "fake-seam-connect" / "dist" / "server.js"


@dataclass
class FakeSeam:
    url: str
    seed: dict[str, Any]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def fake_seam_server() -> Iterator[FakeSeam]:
    """Seam's own in-memory fake of its API (npm @seamapi/fake-seam-connect), seeded, on loopback."""
    if not FAKE_SEAM_SERVER.is_file():
        pytest.skip("needs the fake Seam API: npm ci --prefix tests/fake_seam (CI does this)")
    port = free_port()
    log = tempfile.TemporaryFile()  # a file, not a pipe: a chatty server never blocks on it
    process = subprocess.Popen(
        ["node", str(FAKE_SEAM_SERVER), "--seed"],
        env={**os.environ, "PORT": str(port)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/_fake/default_seed", timeout=2) as answer:
                    seed = json.loads(answer.read())
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    process.wait()
                    log.seek(0)
                    raise RuntimeError(f"fake Seam server did not start: {log.read().decode()[-2000:]}")
                time.sleep(0.1)
        yield FakeSeam(url, seed)
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
