"""Bad input, failing providers and broken detection: clear errors, nothing forwarded."""

from __future__ import annotations

import time

import httpx
import pytest

from proxy.app import create_app
from tests.conftest import ACME_KEY, GLOBEX_KEY, settings_for
from tests.proxy.helpers import EMAIL, TEXT, chat
from tests.servers import ServerThread


def error_of(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "code", "param"}
    return error


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, "missing_api_key"),
        ({"Authorization": "Bearer nope"}, "invalid_api_key"),
        ({"Authorization": "Basic abc"}, "missing_api_key"),
    ],
)
def test_missing_or_bad_key_is_401(proxy_url, fake, headers, code):
    response = httpx.post(proxy_url + "/v1/chat/completions", json=chat(TEXT), headers=headers)
    assert error_of(response, 401)["code"] == code
    assert fake.received == []


@pytest.mark.parametrize(
    ("content", "param"),
    [
        (b"{not json", None),
        (b'{"model": "gpt-test", "messages": "hi"}', "messages"),
        (b'{"model": "gpt-test", "messages": []}', "messages"),
        (
            b'{"model": "gpt-test", "messages": [{"role": "robot", "content": "x"}]}',
            "messages.0.role",
        ),
        (b'{"model": 5, "messages": [{"role": "user", "content": "x"}]}', "model"),
        (b'{"model": "gpt-test", "messages": [{"role": "user", "content": "\xff\xfe"}]}', None),
        (
            b'{"model": "gpt-test", "messages": [{"role": "user", "content": "\\ud800"}]}',
            "messages[0].content",
        ),
        (b"[1, 2]", None),
    ],
)
def test_malformed_bodies_are_400_and_not_forwarded(client, fake, content, param):
    response = client.post(
        "/v1/chat/completions", content=content, headers={"content-type": "application/json"}
    )
    error = error_of(response, 400)
    assert error["type"] == "invalid_request_error"
    if param:
        assert error["param"] == param
    assert fake.received == []


@pytest.mark.parametrize("depth", [40, 500, 5000])
def test_deeply_nested_json_is_refused_cleanly(client, fake, depth):
    nested = "[" * depth + '"x"' + "]" * depth
    content = '{"model": "gpt-test", "messages": [{"role": "user", "content": "hi"}], "extra": '
    response = client.post(
        "/v1/chat/completions",
        content=content + nested + "}",
        headers={"content-type": "application/json"},
    )
    error_of(response, 400)
    assert fake.received == []


def test_error_messages_never_quote_the_input(client, fake):
    body = {"model": "gpt-test", "messages": [{"role": EMAIL, "content": EMAIL}]}
    response = client.post("/v1/chat/completions", json=body)
    assert EMAIL not in response.text
    error_of(response, 400)


def test_unknown_model_is_404_and_unauthorised_subprocessor_is_403(client, fake):
    assert (
        error_of(client.post("/v1/chat/completions", json=chat(TEXT, model="nope")), 404)["code"]
        == "model_not_found"
    )
    error = error_of(client.post("/v1/chat/completions", json=chat(TEXT, model="sg-only")), 403)
    assert error["code"] == "subprocessor_not_allowed" and "sg-only" in error["message"]
    assert fake.received == []


def test_body_over_the_limit_is_413(client, fake):
    response = client.post("/v1/chat/completions", json=chat("x" * 300_000))
    assert error_of(response, 413)["code"] == "request_too_large"
    chunked = client.post(
        "/v1/chat/completions",
        content=iter(
            [
                b'{"model": "gpt-test", "messages": [{"role": "user", "content": "',
                b"y" * 250_000,
                b'"}]}',
            ]
        ),
        headers={"content-type": "application/json"},
    )
    error_of(chunked, 413)
    assert fake.received == []
    assert client.get("/healthz").json() == {"status": "ok"}


@pytest.mark.parametrize(
    "part",
    [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
        {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}},
    ],
)
def test_media_parts_are_refused_unless_allowed(client, fake, part):
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": [part]}]}
    assert (
        error_of(client.post("/v1/chat/completions", json=body), 400)["code"] == "media_not_allowed"
    )
    assert fake.received == []


def test_token_array_inputs_cannot_be_checked_and_are_refused(client, fake):
    response = client.post("/v1/embeddings", json={"model": "embed-test", "input": [[1, 2, 3]]})
    assert error_of(response, 400)["param"] == "input"
    assert fake.received == []


@pytest.mark.parametrize(("status", "expected"), [(500, 502), (503, 502), (429, 429), (400, 400)])
def test_upstream_errors_map_to_clear_statuses(client, fake, status, expected):
    fake.status = status
    error = error_of(client.post("/v1/chat/completions", json=chat(TEXT)), expected)
    assert EMAIL not in error["message"]


def test_upstream_malformed_json_is_502(client, fake):
    fake.raw_body = b"{this is not json"
    error_of(client.post("/v1/chat/completions", json=chat(TEXT)), 502)


def test_upstream_timeout_is_504_and_the_proxy_keeps_serving(client, fake):
    fake.delay_s = 3  # the deployment's timeout is 2 s
    error = error_of(client.post("/v1/chat/completions", json=chat(TEXT)), 504)
    assert error["code"] == "upstream_timeout"
    fake.delay_s = 0
    assert client.post("/v1/chat/completions", json=chat(TEXT)).status_code == 200


class BrokenAnalyzer:
    def analyze_many(self, texts):
        raise RuntimeError(f"boom on {texts!r}")


class SlowAnalyzer:
    def analyze_many(self, texts):
        time.sleep(2)
        return [() for _ in texts]


@pytest.mark.parametrize(("analyzer", "timeout"), [(BrokenAnalyzer(), 5), (SlowAnalyzer(), 0.3)])
def test_detection_failure_fails_closed_with_503(fake_server, tmp_path, analyzer, timeout, caplog):
    fake, upstream_url = fake_server
    fake.reset()
    settings = settings_for(upstream_url, tmp_path)
    object.__setattr__(settings, "analysis_timeout_s", timeout)
    with ServerThread(create_app(settings, analyzer)) as server:
        headers = {"Authorization": f"Bearer {ACME_KEY}"}
        response = httpx.post(server.url + "/v1/chat/completions", json=chat(TEXT), headers=headers)
        streamed = httpx.post(
            server.url + "/v1/chat/completions", json=chat(TEXT, stream=True), headers=headers
        )
    for result in (response, streamed):
        assert error_of(result, 503)["code"] == "redaction_unavailable"
        assert EMAIL not in result.text
    assert fake.received == []
    assert EMAIL not in caplog.text


def test_models_lists_only_what_the_tenant_may_use(proxy_url):
    acme = httpx.get(proxy_url + "/v1/models", headers={"Authorization": f"Bearer {ACME_KEY}"})
    globex = httpx.get(proxy_url + "/v1/models", headers={"Authorization": f"Bearer {GLOBEX_KEY}"})
    assert {m["id"] for m in acme.json()["data"]} == {
        "gpt-test",
        "embed-test",
        "instruct-test",
        "gpt-via-litellm",
        "echo",
    }
    assert {m["id"] for m in globex.json()["data"]} == {
        "gpt-test",
        "embed-test",
        "instruct-test",
        "gpt-via-litellm",
    }
