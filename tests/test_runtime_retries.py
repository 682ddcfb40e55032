"""Retries, backoff, timeouts, connection errors and secrets of the generated runtime, against a
real HTTP server on loopback that fails on purpose (status codes, Retry-After, slow answers,
dropped connections), with the sync and the async client."""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote, quote_plus

import pytest

from conftest import ROOT, free_port, generated_package, run_generator

PYTHON = ROOT / "generated" / "seam-connect" / "python"
DEVICE = {"device": {"device_id": "d1", "device_type": "august_lock"}}
SECRET = "seam_apikey_do_not_leak_9f3c"


@dataclass
class Step:
    """One answer of the script: a status (and headers), after `delay` seconds, or `drop`
    the connection without answering."""

    status: int = 200
    body: Any = field(default_factory=lambda: {"devices": [], "ok": True})
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False


class ScriptedServer:
    """Answers each request with the next step of its script (the last step repeats), and
    records when each request arrived."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.arrivals: list[float] = []
        self.paths: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                server.arrivals.append(time.monotonic())
                server.paths.append(self.path)
                step = server.steps[min(len(server.arrivals), len(server.steps)) - 1]
                if step.delay:
                    time.sleep(step.delay)
                if step.drop:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                payload = json.dumps(step.body).encode()
                self.send_response(step.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for key, value in step.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def gaps(self) -> list[float]:
        return [b - a for a, b in zip(self.arrivals, self.arrivals[1:])]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def seam() -> Iterator[Any]:
    with generated_package(PYTHON, "seam_connect") as module:
        yield module


def call(seam: Any, mode: str, url: str, operation: str = "list", **options: Any) -> Any:
    """One call of devices.list (or get) with a fresh sync or async client."""
    kwargs = {"device_id": "d1"} if operation == "get" else {}
    if mode == "sync":
        with seam.Client(api_key=SECRET, base_url=url, **options) as client:
            return getattr(client.devices, operation)(**kwargs)

    async def run() -> Any:
        async with seam.AsyncClient(api_key=SECRET, base_url=url, **options) as client:
            return await getattr(client.devices, operation)(**kwargs)

    return asyncio.run(run())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_5xx_is_retried_with_growing_backoff_until_success(seam: Any, mode: str) -> None:
    server = ScriptedServer(Step(503), Step(502), Step(200))
    try:
        assert call(seam, mode, server.url) == []
    finally:
        server.close()
    assert len(server.arrivals) == 3
    first, second = server.gaps
    # 0.5 s then 1 s, each less up to a quarter of jitter
    assert 0.37 <= first <= 0.6 and 0.75 <= second <= 1.15, server.gaps


@MODES
def test_retries_are_bounded_then_the_last_error_is_raised(seam: Any, mode: str) -> None:
    server = ScriptedServer(Step(500, {"error": {"type": "internal", "message": "boom"}}))
    try:
        with pytest.raises(seam.ServerError) as caught:
            call(seam, mode, server.url, max_retries=1)
    finally:
        server.close()
    assert len(server.arrivals) == 2
    assert (caught.value.status_code, caught.value.code, caught.value.message) == (500, "internal", "boom")


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_other_4xx_are_never_retried(seam: Any, status: int) -> None:
    server = ScriptedServer(Step(status, {"error": {"type": "nope", "message": "no"}}), Step(200))
    try:
        with pytest.raises(seam.ApiError) as caught:
            call(seam, "sync", server.url)
    finally:
        server.close()
    assert len(server.arrivals) == 1 and caught.value.status_code == status


@pytest.mark.parametrize("status", [408, 429])
def test_408_and_429_are_retried(seam: Any, status: int) -> None:
    server = ScriptedServer(Step(status), Step(200))
    try:
        assert call(seam, "sync", server.url) == []
    finally:
        server.close()
    assert len(server.arrivals) == 2


@MODES
def test_retry_after_seconds_is_honoured(seam: Any, mode: str) -> None:
    server = ScriptedServer(Step(429, headers={"Retry-After": "1"}), Step(200))
    try:
        assert call(seam, mode, server.url) == []
    finally:
        server.close()
    assert 0.95 <= server.gaps[0] <= 1.5, server.gaps


def test_retry_after_http_date_is_honoured(seam: Any) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)  # whole seconds: waits 1-2 s
    server = ScriptedServer(Step(503, headers={"Retry-After": when}), Step(200))
    try:
        assert call(seam, "sync", server.url) == []
    finally:
        server.close()
    assert 0.9 <= server.gaps[0] <= 2.5, server.gaps


def test_retry_after_beyond_a_minute_is_left_to_the_caller(seam: Any) -> None:
    server = ScriptedServer(Step(429, {"error": {"type": "rate_limited", "message": "slow down"}}, {"Retry-After": "3600"}))
    started = time.monotonic()
    try:
        with pytest.raises(seam.RateLimitError) as caught:
            call(seam, "sync", server.url)
    finally:
        server.close()
    assert len(server.arrivals) == 1 and time.monotonic() - started < 5
    assert caught.value.code == "rate_limited"


def test_max_retries_zero_sends_once(seam: Any) -> None:
    server = ScriptedServer(Step(503))
    try:
        with pytest.raises(seam.ServerError):
            call(seam, "sync", server.url, max_retries=0)
    finally:
        server.close()
    assert len(server.arrivals) == 1


@MODES
def test_timeout_is_its_own_error_after_retries(seam: Any, mode: str) -> None:
    server = ScriptedServer(Step(delay=2.0))
    started = time.monotonic()
    try:
        with pytest.raises(seam.ApiTimeoutError) as caught:
            call(seam, mode, server.url, timeout=0.3, max_retries=1)
    finally:
        server.close()
    assert len(server.arrivals) == 2
    assert time.monotonic() - started < 2.5  # two attempts of 0.3 s and one backoff, not 2 s waits
    assert isinstance(caught.value, seam.ApiConnectionError) and isinstance(caught.value, seam.ApiError)
    assert caught.value.status_code is None


@MODES
def test_slow_answer_within_the_timeout_succeeds(seam: Any, mode: str) -> None:
    server = ScriptedServer(Step(delay=0.3))
    try:
        assert call(seam, mode, server.url, timeout=2.0) == []
    finally:
        server.close()


@MODES
def test_dropped_connection_is_retried(seam: Any, mode: str) -> None:
    server = ScriptedServer(Step(drop=True), Step(200, DEVICE))
    try:
        device = call(seam, mode, server.url, "get")
    finally:
        server.close()
    assert device.device_id == "d1" and len(server.arrivals) == 2


@MODES
def test_refused_connection_is_a_connection_error(seam: Any, mode: str) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(seam.ApiConnectionError) as caught:
        call(seam, mode, url, max_retries=1)
    assert not isinstance(caught.value, seam.ApiTimeoutError)
    assert "ConnectError" in str(caught.value)


def test_timeout_and_retries_are_checked_and_never_infinite(seam: Any) -> None:
    client = seam.Client(api_key=SECRET)
    assert client._transport._http.timeout.read == 60.0
    with pytest.raises(ValueError, match="timeout must be a positive number"):
        seam.Client(api_key=SECRET, timeout=None)
    with pytest.raises(ValueError, match="max_retries"):
        seam.Client(api_key=SECRET, max_retries=-1)


def test_secrets_stay_out_of_repr_str_logs_and_errors(seam: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # ours, httpx's and httpcore's, at their most talkative
    server = ScriptedServer(Step(503), Step(401, {"error": {"type": "unauthorized", "message": "bad key"}}))
    client = seam.Client(api_key=SECRET, base_url=server.url)
    try:
        with pytest.raises(seam.UnauthorizedError) as caught:
            client.devices.list()
        with pytest.raises(seam.InvalidArgumentError) as refused:
            client.devices.get(device_id=[SECRET])  # a list, not a str: refused, value not quoted
    finally:
        client.close()
        server.close()
    assert "Retrying POST /devices/list" in caplog.text  # the retry was logged
    texts = [caplog.text, repr(client), str(client), repr(client._transport), str(caught.value), repr(caught.value)]
    texts += [str(refused.value), repr(refused.value)]
    for text in texts:
        assert SECRET not in text


def test_pat_constructor_says_what_is_missing(seam: Any) -> None:
    with pytest.raises(ValueError, match="personal_access_token also needs workspace_id"):
        seam.Client(personal_access_token="seam_at_x")
    with pytest.raises(ValueError, match="Pass only one credential"):
        seam.Client(api_key="a", client_session_token="b")
    with pytest.raises(TypeError, match="api_key must be a str, not int"):
        seam.Client(api_key=123)


QUERY_KEY_SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Query Key", "version": "1"},
    "servers": [{"url": "https://example.invalid"}],
    "security": [{"key": []}],
    "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "query", "name": "api_key"}}},
    "paths": {
        "/things": {
            "post": {
                "operationId": "listThings",
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}},
            }
        }
    },
}


def test_a_key_sent_in_the_query_string_stays_out_of_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(QUERY_KEY_SPEC))
    assert run_generator("generate", "--spec", spec, "--out", tmp_path / "out").returncode == 0
    caplog.set_level(logging.DEBUG)
    secret = "query+key/with=odd&chars"
    server = ScriptedServer(Step(503), Step(200, {"ok": True}))
    with generated_package(tmp_path / "out" / "python", "query_key") as module:
        try:
            with module.Client(key=secret, base_url=server.url) as client:
                assert client.things.list_things() == {"ok": True}
        finally:
            server.close()
    assert "HTTP Request: POST" in caplog.text and "[redacted]" in caplog.text
    assert secret not in caplog.text and quote(secret, safe="") not in caplog.text
    assert server.paths[-1] == "/things?api_key=" + quote_plus(secret)  # still sent
