"""Both upstream paths behave alike: direct HTTP for OpenAI-compatible servers, litellm
for the rest (here forced with ``direct: false`` on an OpenAI-compatible fake)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.proxy.helpers import EMAIL, NAME, TEXT, assert_not_leaked, chat

MODELS = ["gpt-test", "gpt-via-litellm"]


@pytest.mark.parametrize("model", MODELS)
def test_answer_restored_and_nothing_leaks(client, fake, model):
    response = client.post("/v1/chat/completions", json=chat(TEXT, model=model))
    assert response.json()["choices"][0]["message"]["content"] == TEXT
    assert_not_leaked(fake.all_bytes, NAME, EMAIL)
    assert fake.received[-1].json["model"] == "fake-gpt-test"


@pytest.mark.parametrize("model", MODELS)
def test_stream_restored(client, fake, model):
    body = chat(TEXT, model=model, stream=True)
    with client.stream("POST", "/v1/chat/completions", json=body) as response:
        lines = [line[6:] for line in response.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    text = "".join(
        (c["delta"].get("content") or "")
        for line in lines[:-1]
        for c in json.loads(line).get("choices", ())
    )
    assert text == TEXT


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("status", "expected", "code"),
    [
        (500, 502, "upstream_error"),
        (429, 429, "upstream_rate_limited"),
        (400, 400, "upstream_rejected"),
    ],
)
def test_errors_map_the_same(client, fake, model, status, expected, code):
    fake.status = status
    response = client.post("/v1/chat/completions", json=chat(TEXT, model=model))
    assert response.status_code == expected
    assert response.json()["error"]["code"] == code


@pytest.mark.parametrize("model", MODELS)
def test_timeout_is_504(client, fake, model):
    fake.delay_s = 3
    response = client.post("/v1/chat/completions", json=chat(TEXT, model=model))
    assert response.status_code == 504


def test_unknown_upstream_fields_pass_through_on_the_direct_path(client, fake):
    response = client.post("/v1/chat/completions", json=chat("hi", model="gpt-test"))
    assert response.json()["id"] == "chatcmpl-fake"
    assert response.json()["usage"]["total_tokens"] == 15


_IMPORTS_LITELLM = """
import sys
from proxy.app import create_app
from proxy.config import parse_settings
deployment = {"model": "m", "subprocessor": "s", "litellm_model": sys.argv[1]}
if "--litellm" in sys.argv:
    deployment["direct"] = False
settings = parse_settings({
    "server": {"data_dir": sys.argv[-1]},
    "subprocessors": [{"id": "s", "name": "S", "country": "US"}],
    "deployments": [deployment],
})
create_app(settings, analyzer=object())
print("litellm" in sys.modules)
"""


@pytest.mark.parametrize(
    ("args", "imported"),
    [
        (["openai/gpt-4o-mini"], "False"),  # called directly: no litellm at all
        (["openai/gpt-4o-mini", "--litellm"], "True"),  # direct: false
        (["anthropic/claude-3-5-haiku"], "True"),  # imported at start, not on a request
    ],
)
def test_litellm_is_imported_at_start_only_when_a_deployment_needs_it(tmp_path, args, imported):
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", _IMPORTS_LITELLM, *args, str(tmp_path)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TEKINO_SECRET_KEY": "test-only"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split()[-1] == imported
