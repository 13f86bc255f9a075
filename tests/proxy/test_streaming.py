"""Streamed chat completions: incremental restoration, never whole-answer buffering."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from tests.proxy.helpers import EMAIL, NAME, TEXT, assert_not_leaked, chat, pseudonyms


def events(response: httpx.Response) -> list[dict | str]:
    out: list[dict | str] = []
    for line in response.iter_lines():
        if line.startswith("data: "):
            data = line[len("data: ") :]
            out.append(data if data == "[DONE]" else json.loads(data))
    return out


def content_of(chunks: list[dict | str], choice: int = 0) -> str:
    return "".join(
        c["delta"].get("content") or ""
        for chunk in chunks
        if isinstance(chunk, dict)
        for c in chunk.get("choices", ())
        if c["index"] == choice
    )


def split_pseudonym(parts: int):
    """A splitter that cuts every pseudonym of the echoed text into ``parts`` pieces."""

    def split(text: str) -> list[str]:
        token = pseudonyms(text)[0]
        at = text.index(token)
        step = max(1, len(token) // parts)
        cuts = [at + i * step for i in range(1, parts)]
        bounds = [0, at, *cuts, at + len(token), len(text)]
        return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    return split


@pytest.mark.parametrize("parts", [2, 3, 10])
def test_pseudonym_split_across_chunks_is_restored(client, fake, parts):
    fake.stream_split = split_pseudonym(parts)
    with client.stream("POST", "/v1/chat/completions", json=chat(TEXT, stream=True)) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        chunks = events(response)
    assert chunks[-1] == "[DONE]"
    assert content_of(chunks) == TEXT
    assert_not_leaked(fake.all_bytes, NAME, EMAIL)


def test_text_before_a_pseudonym_is_released_at_once(client, fake):
    """The first chunk reaches the client while the provider is still streaming."""
    fake.piece_delay_s = 0.3
    fake.stream_split = lambda text: [
        "Hello there, ",
        *[text[i : i + 20] for i in range(0, len(text), 20)],
    ]
    started = time.monotonic()
    with client.stream("POST", "/v1/chat/completions", json=chat(TEXT, stream=True)) as response:
        lines = response.iter_lines()
        first_content = ""
        for line in lines:
            if line.startswith("data: {"):
                delta = json.loads(line[6:])["choices"][0]["delta"]
                first_content = delta.get("content") or ""
                if first_content:
                    break
        first_at = time.monotonic() - started
        rest = "".join(lines)
    total = time.monotonic() - started
    assert first_content == "Hello there, "
    assert first_at < total / 2, (first_at, total)
    assert "[DONE]" in rest


def test_streamed_tool_call_arguments_are_restored(client, fake):
    client.post("/v1/chat/completions", json=chat(TEXT))
    (email,) = pseudonyms(fake.received[-1].json["messages"][0]["content"], "EMAIL_ADDRESS")
    arguments = json.dumps({"to": email, "subject": "hi"})
    pieces = [arguments[i : i + 3] for i in range(0, len(arguments), 3)]
    fake.tool_calls = [{"name": "send_mail", "arguments_pieces": pieces}]
    with client.stream("POST", "/v1/chat/completions", json=chat(TEXT, stream=True)) as response:
        chunks = events(response)
    streamed = "".join(
        call["function"].get("arguments") or ""
        for chunk in chunks
        if isinstance(chunk, dict)
        for choice in chunk["choices"]
        for call in choice["delta"].get("tool_calls") or ()
    )
    assert json.loads(streamed) == {"to": EMAIL, "subject": "hi"}


def test_several_choices_are_restored_independently(client, fake):
    fake.stream_split = split_pseudonym(4)
    with client.stream("POST", "/v1/chat/completions", json=chat(TEXT, stream=True, n=2)) as r:
        chunks = events(r)
    assert content_of(chunks, 0) == TEXT
    assert content_of(chunks, 1) == TEXT


def test_usage_chunk_is_passed_on(client, fake):
    body = chat(TEXT, stream=True, stream_options={"include_usage": True})
    with client.stream("POST", "/v1/chat/completions", json=body) as response:
        chunks = events(response)
    assert any(isinstance(c, dict) and c.get("usage") for c in chunks)


def test_upstream_failure_before_streaming_is_a_clean_error(client, fake):
    fake.status = 500
    response = client.post("/v1/chat/completions", json=chat(TEXT, stream=True))
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "upstream_error"
