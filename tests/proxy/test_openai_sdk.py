"""The official openai SDK, pointed at the proxy, works unchanged (sync and async)."""

from __future__ import annotations

import asyncio

import openai
import pytest

from tests.conftest import ACME_KEY
from tests.proxy.helpers import EMAIL, NAME, TEXT, assert_not_leaked


@pytest.fixture
def sdk(proxy_url) -> openai.OpenAI:
    return openai.OpenAI(base_url=proxy_url + "/v1", api_key=ACME_KEY, max_retries=0)


@pytest.fixture
def async_sdk(proxy_url) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=proxy_url + "/v1", api_key=ACME_KEY, max_retries=0)


MESSAGES = [{"role": "user", "content": TEXT}]


def test_sync_completion(sdk, fake):
    completion = sdk.chat.completions.create(model="gpt-test", messages=MESSAGES)
    assert completion.choices[0].message.content == TEXT
    assert_not_leaked(fake.all_bytes, NAME, EMAIL)


def test_sync_stream(sdk, fake):
    stream = sdk.chat.completions.create(model="gpt-test", messages=MESSAGES, stream=True)
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == TEXT


def test_async_completion_and_stream(async_sdk, fake):
    async def run() -> tuple[str, str]:
        whole = await async_sdk.chat.completions.create(model="gpt-test", messages=MESSAGES)
        stream = await async_sdk.chat.completions.create(
            model="gpt-test", messages=MESSAGES, stream=True
        )
        parts = [chunk.choices[0].delta.content or "" async for chunk in stream if chunk.choices]
        return whole.choices[0].message.content, "".join(parts)

    whole, streamed = asyncio.run(run())
    assert whole == streamed == TEXT


def test_embeddings_models_and_errors(sdk, fake):
    result = sdk.embeddings.create(model="embed-test", input=[TEXT, "plain text"])
    assert len(result.data) == 2
    assert_not_leaked(fake.all_bytes, NAME, EMAIL)
    assert {m.id for m in sdk.models.list()} == {
        "gpt-test",
        "embed-test",
        "instruct-test",
        "gpt-via-litellm",
        "echo",
    }
    with pytest.raises(openai.NotFoundError) as missing:
        sdk.chat.completions.create(model="no-such-model", messages=MESSAGES)
    assert missing.value.code == "model_not_found"
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=sdk.base_url, api_key="wrong", max_retries=0).models.list()


def test_legacy_completion(sdk, fake):
    result = sdk.completions.create(model="instruct-test", prompt=TEXT)
    assert result.choices[0].text == TEXT
    assert_not_leaked(fake.all_bytes, NAME, EMAIL)


def test_echo_model_shows_restored_answer(sdk, fake):
    completion = sdk.chat.completions.create(model="echo", messages=MESSAGES)
    assert completion.choices[0].message.content == TEXT
    assert fake.received == []  # the echo model is local: nothing reached any provider
