"""The generated package, installed into a fresh virtual environment, against a real HTTP server.

Nothing is mocked: pip installs `generated/seam-customers/python` and its dependencies into a
new venv, and a subprocess there calls the client; a server on 127.0.0.1 records each request.
"""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, RecordingServer, Reply

PACKAGE = ROOT / "generated" / "seam-customers" / "python"
SCENARIOS = ROOT / "tests" / "client_scenarios.py"


@pytest.fixture(scope="module")
def client_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    env_dir = tmp_path_factory.mktemp("client-venv")
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(PACKAGE)],
        check=True,
        timeout=600,
    )
    return python


def run_scenario(python: Path, server: RecordingServer, scenario: str) -> dict[str, Any]:
    # Run from a folder without the project, so only the installed package can be imported.
    done = subprocess.run(
        [str(python), str(SCENARIOS), server.url, scenario],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=python.parent,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_installed_package_is_the_one_imported(client_python: Path) -> None:
    where = subprocess.run(
        [str(client_python), "-c", "import seam_customers, pydantic, httpx; print(seam_customers.__file__, pydantic.VERSION)"],
        capture_output=True, text=True, cwd=client_python.parent, check=True,
    ).stdout
    assert "site-packages" in where and where.split()[1].startswith("2.")


def test_push_data_with_every_parameter_and_api_key(client_python: Path, recording_server: RecordingServer) -> None:
    result = run_scenario(client_python, recording_server, "every_parameter_api_key")
    assert result["returned"] == "None"
    assert "seam_test_key" not in result["repr"]
    [request] = recording_server.requests
    assert request.method == "POST"
    assert request.path == "/customers/push_data"
    assert request.headers["authorization"] == "Bearer seam_test_key"
    assert "seam-workspace" not in request.headers
    assert request.headers["content-type"] == "application/json"
    body = request.body
    assert set(body) == {
        "customer_key", "access_grants", "bookings", "buildings", "common_areas", "facilities", "guests",
        "listings", "properties", "property_listings", "reservations", "residents", "rooms", "spaces",
        "tenants", "units", "user_identities", "users",
    }
    # models and plain dicts alike; a model sends only the fields that were set
    assert body["spaces"] == [{"space_key": "space-1", "name": "Room 1"}, {"space_key": "space-2", "name": "Room 2"}]
    assert body["access_grants"] == [
        {
            "access_grant_key": "ag-1",
            "name": "Front door",
            "space_keys": ["space-1"],
            "starts_at": "2025-01-01T00:00:00Z",
            "ends_at": "2025-01-02T00:00:00Z",
        }
    ]
    assert body["guests"] == [{"guest_key": "g-1", "name": "Guest", "email_address": "g@example.com"}]
    assert body["customer_key"] == "customer-1"


def test_required_only_with_personal_access_token(client_python: Path, recording_server: RecordingServer) -> None:
    result = run_scenario(client_python, recording_server, "required_only_pat")
    assert result["returned"] == "None"
    [request] = recording_server.requests
    assert request.headers["authorization"] == "Bearer seam_pat_1"
    assert request.headers["seam-workspace"] == "ws-1"
    assert request.body == {"customer_key": "customer-2"}  # omitted optionals are not sent


def test_create_portal_unwraps_response_key_into_model(client_python: Path, recording_server: RecordingServer) -> None:
    recording_server.replies[("POST", "/customers/create_portal")] = Reply(
        body={
            "ok": True,
            "magic_link": {
                "url": "https://example.com/portal/abc",
                "building_block_type": "a_type_added_later",
                "customer_key": "c",
                "expires_at": "2025-01-02T00:00:00.000Z",
                "workspace_id": "00000000-0000-0000-0000-000000000000",
                "created_at": "2025-01-01T00:00:00.000Z",
                "new_field": "kept",
            },
        }
    )
    result = run_scenario(client_python, recording_server, "create_portal")
    assert result["type"] == "MagicLink"
    assert result["url"] == "https://example.com/portal/abc"
    assert result["building_block_type"] == "a_type_added_later"  # unknown enum value tolerated
    assert result["extra"] == "kept"  # unknown field kept
    assert result["created_at_year"] == 2025
    [request] = recording_server.requests
    assert request.body == {"features": {"connect": {"exclude": True}}, "is_embedded": True}


def test_error_carries_status_code_message_and_request_id(client_python: Path, recording_server: RecordingServer) -> None:
    recording_server.replies[("POST", "/customers/push_data")] = Reply(
        status=400,
        body={
            "error": {
                "type": "invalid_input",
                "message": "Invalid input",
                "validation_errors": {"customer_key": {"_errors": ["String must contain at least 1 character(s)"]}},
            }
        },
        headers={"seam-request-id": "req_123"},
    )
    result = run_scenario(client_python, recording_server, "error")
    assert result["cls"] == "InvalidInputError" and result["is_api_error"]
    assert result["status"] == 400
    assert result["code"] == "invalid_input"
    assert result["message"] == "Invalid input"
    assert result["request_id"] == "req_123"
    assert result["validation_errors"]["customer_key"]["_errors"]
    assert result["text"] == "400 invalid_input: Invalid input (request id req_123)"


def test_error_with_a_body_that_is_not_json(client_python: Path, recording_server: RecordingServer) -> None:
    recording_server.replies[("POST", "/customers/push_data")] = Reply(status=404, body=b"<html>no</html>")
    result = run_scenario(client_python, recording_server, "not_found_plain_text")
    assert result == {"version": "0.1.0", "cls": "NotFoundError", "status": 404, "code": None, "message": "Not Found"}


def test_constructor_says_what_credentials_are_missing(client_python: Path, recording_server: RecordingServer) -> None:
    result = run_scenario(client_python, recording_server, "bad_credentials")
    assert result["problems"] == [
        "No credentials: pass api_key=, or personal_access_token=.",
        "personal_access_token also needs workspace_id (sent as the seam-workspace header).",
        "Pass only one credential, not api_key and personal_access_token.",
    ]
    assert recording_server.requests == []
