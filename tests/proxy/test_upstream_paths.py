"""Both upstream paths behave alike: direct HTTP for OpenAI-compatible servers, litellm
for the rest (here forced with ``direct: false`` on an OpenAI-compatible fake)."""

from __future__ import annotations

import json

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
