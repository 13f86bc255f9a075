"""Non-streamed chat completions: everything that leaves is pseudonymized, answers restored."""

from __future__ import annotations

import json

import httpx

from proxy.app import create_app
from redaction import Entity
from tests.conftest import ACME_KEY, settings_for
from tests.proxy.helpers import (
    CARD,
    EMAIL,
    EMAIL_2,
    NAME,
    TEXT,
    assert_not_leaked,
    chat,
    pseudonyms,
)
from tests.servers import ServerThread


def test_answer_is_restored_and_upstream_sees_only_pseudonyms(client, fake):
    response = client.post("/v1/chat/completions", json=chat(TEXT))
    assert response.status_code == 200
    body = response.json()
    assert body["object"] == "chat.completion"
    assert body["choices"][0]["message"]["content"] == TEXT
    sent = fake.received[-1].json["messages"][0]["content"]
    assert len(pseudonyms(sent)) == 3
    assert_not_leaked(fake.all_bytes, NAME, EMAIL, CARD)
    assert fake.received[-1].headers["authorization"] == "Bearer sk-upstream-test"


def test_values_only_the_statistical_taggers_find_never_reach_the_upstream(client, fake):
    # the rules miss both (tests/redaction/test_tagged_entities.py checks it)
    address, name = "gang haji naim nomer 21", "Andreas Gunung"
    text = f"mas tolong ambil di rumah pak rt, {address}. yang ambil nanti {name}, supir kami"
    response = client.post("/v1/chat/completions", json=chat(text))
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == text
    sent = fake.received[-1].json["messages"][0]["content"]
    assert pseudonyms(sent, "ADDRESS") and pseudonyms(sent, "PERSON")
    assert_not_leaked(fake.all_bytes, address, name)


def test_surrounding_text_is_kept_word_for_word(client, fake):
    text = f"write to {EMAIL} and phone nobody, thanks"
    client.post("/v1/chat/completions", json=chat(text))
    sent = fake.received[-1].json["messages"][0]["content"]
    (email,) = pseudonyms(sent, "EMAIL_ADDRESS")
    assert sent == f"write to {email} and phone nobody, thanks"


def test_every_message_role_name_part_and_tool_call_is_pseudonymized(client, fake):
    arguments = json.dumps({"to": EMAIL_2, "note": f"for {NAME}"})
    messages = [
        {"role": "system", "content": f"The operator is reachable at {EMAIL}."},
        {"role": "user", "name": "customer", "content": [{"type": "text", "text": TEXT}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "send_mail", "arguments": arguments},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": f"mail sent to {EMAIL_2}"},
        {"role": "user", "content": "thanks"},
    ]
    response = client.post("/v1/chat/completions", json={"model": "gpt-test", "messages": messages})
    assert response.status_code == 200
    received = fake.received[-1].json
    assert_not_leaked(fake.all_bytes, EMAIL, EMAIL_2, NAME, CARD)
    sent_args = json.loads(received["messages"][2]["tool_calls"][0]["function"]["arguments"])
    assert pseudonyms(sent_args["to"], "EMAIL_ADDRESS")
    # The same value gets the same pseudonym everywhere in the request.
    (in_args,) = pseudonyms(sent_args["to"])
    (in_tool,) = pseudonyms(received["messages"][3]["content"])
    assert in_args == in_tool


def test_n_choices_are_all_restored(client, fake):
    response = client.post("/v1/chat/completions", json=chat(TEXT, n=2))
    choices = response.json()["choices"]
    assert [c["message"]["content"] for c in choices] == [TEXT, TEXT]


def test_tool_call_arguments_in_the_answer_are_restored(client, fake):
    client.post("/v1/chat/completions", json=chat(TEXT, tools=[_TOOL]))
    (email,) = pseudonyms(fake.received[-1].json["messages"][0]["content"], "EMAIL_ADDRESS")
    fake.tool_calls = [{"name": "send_mail", "arguments_pieces": [json.dumps({"to": email})]}]
    response = client.post("/v1/chat/completions", json=chat(TEXT, tools=[_TOOL]))
    message = response.json()["choices"][0]["message"]
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == {"to": EMAIL}
    assert fake.received[-1].json["tools"] == [_TOOL]


class QuotedNameAnalyzer:
    """Detects one name that contains quotes, whatever the real recognizers do with it."""

    NAME = 'John "Johnny" Smith'

    def analyze_many(self, texts):
        found = []
        for text in texts:
            at = text.find(self.NAME)
            found.append(() if at < 0 else (Entity("PERSON", at, at + len(self.NAME), 0.9),))
        return found


def test_restored_values_are_json_escaped_inside_tool_arguments(fake_server, tmp_path):
    fake, upstream_url = fake_server
    fake.reset()
    app = create_app(settings_for(upstream_url, tmp_path), QuotedNameAnalyzer())
    body = chat(f"Customer: {QuotedNameAnalyzer.NAME}")
    headers = {"Authorization": f"Bearer {ACME_KEY}"}
    with ServerThread(app) as server:
        httpx.post(server.url + "/v1/chat/completions", json=body, headers=headers)
        (token,) = pseudonyms(fake.received[-1].json["messages"][0]["content"])
        fake.tool_calls = [{"name": "greet", "arguments_pieces": [json.dumps({"who": token})]}]
        response = httpx.post(server.url + "/v1/chat/completions", json=body, headers=headers)
    arguments = response.json()["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    assert json.loads(arguments) == {"who": QuotedNameAnalyzer.NAME}


def test_loosely_quoted_pseudonyms_are_restored(client, fake):
    client.post("/v1/chat/completions", json=chat(TEXT))
    (email,) = pseudonyms(fake.received[-1].json["messages"][0]["content"], "EMAIL_ADDRESS")
    fake.content = f"Sent to {email.strip('[]').lower()} and to {email.upper()}."
    response = client.post("/v1/chat/completions", json=chat(TEXT))
    assert response.json()["choices"][0]["message"]["content"] == f"Sent to {EMAIL} and to {EMAIL}."


def test_unknown_fields_and_response_format_are_passed_through(client, fake):
    extra = {
        "response_format": {"type": "json_object"},
        "temperature": 0.2,
        "metadata_x": {"note": f"customer {EMAIL}"},
        "seed": 7,
    }
    response = client.post("/v1/chat/completions", json=chat(TEXT, **extra))
    assert response.status_code == 200
    received = fake.received[-1].json
    assert received["response_format"] == {"type": "json_object"}
    assert received["temperature"] == 0.2 and received["seed"] == 7
    # Unknown fields pass on, but their text is checked like any other.
    assert pseudonyms(received["metadata_x"]["note"], "EMAIL_ADDRESS")
    assert_not_leaked(fake.all_bytes, EMAIL)


def test_user_field_never_leaves_in_clear(client, fake):
    response = client.post("/v1/chat/completions", json=chat("hello", user=EMAIL))
    assert response.status_code == 200
    assert_not_leaked(fake.all_bytes, EMAIL)
    # litellm may drop the field; when it is sent, it is the opaque stand-in.
    assert fake.received[-1].json.get("user", "user-").startswith("user-")


def test_text_without_personal_data_is_sent_unchanged(client, fake):
    text = "Berapa ongkir ke Bandung untuk paket 2 kg? Terima kasih."
    client.post("/v1/chat/completions", json=chat(text))
    assert fake.received[-1].json["messages"][0]["content"] == text


_TOOL = {
    "type": "function",
    "function": {
        "name": "send_mail",
        "parameters": {"type": "object", "properties": {"to": {"type": "string"}}},
    },
}
