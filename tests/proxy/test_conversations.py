"""Pseudonyms stay the same across turns of a conversation and differ between tenants."""

from __future__ import annotations

from tests.conftest import GLOBEX_KEY
from tests.proxy.helpers import EMAIL, TEXT, chat, pseudonyms


def _sent(fake) -> str:
    return str(fake.received[-1].json["messages"])


def test_second_turn_repeats_the_first_turns_pseudonyms(client, fake):
    first = [{"role": "user", "content": TEXT}]
    client.post("/v1/chat/completions", json={"model": "gpt-test", "messages": first})
    turn_one = pseudonyms(_sent(fake))
    second = [
        *first,
        {"role": "assistant", "content": "Noted."},
        {"role": "user", "content": f"Also cc {EMAIL} please"},
    ]
    client.post("/v1/chat/completions", json={"model": "gpt-test", "messages": second})
    sent = fake.received[-1].json["messages"]
    assert pseudonyms(str(sent[0]["content"])) == turn_one
    # The e-mail mentioned again in turn two gets the pseudonym it had in turn one.
    (email_again,) = pseudonyms(sent[2]["content"])
    assert email_again in turn_one


def test_conversation_header_scopes_pseudonyms(client, fake):
    headers_a = {"X-Conversation-Id": "conv-a"}
    client.post("/v1/chat/completions", json=chat(f"mail {EMAIL}"), headers=headers_a)
    a1 = pseudonyms(_sent(fake))
    client.post("/v1/chat/completions", json=chat(f"again {EMAIL}"), headers=headers_a)
    a2 = pseudonyms(_sent(fake))
    client.post(
        "/v1/chat/completions", json=chat(f"mail {EMAIL}"), headers={"X-Conversation-Id": "conv-b"}
    )
    b = pseudonyms(_sent(fake))
    assert a1 == a2
    assert a1 != b


def test_another_tenant_gets_other_pseudonyms_and_cannot_restore_them(client, fake):
    headers = {"X-Conversation-Id": "shared-id"}
    client.post("/v1/chat/completions", json=chat(f"mail {EMAIL}"), headers=headers)
    (acme_pseudonym,) = pseudonyms(_sent(fake))
    globex = {"Authorization": f"Bearer {GLOBEX_KEY}", **headers}
    client.post("/v1/chat/completions", json=chat(f"mail {EMAIL}"), headers=globex)
    (globex_pseudonym,) = pseudonyms(_sent(fake))
    assert acme_pseudonym != globex_pseudonym
    # Globex sending acme's pseudonym text gets it back unchanged, never acme's value.
    fake.content = f"you wrote {acme_pseudonym}"
    response = client.post(
        "/v1/chat/completions", json=chat(f"hi {acme_pseudonym}"), headers=globex
    )
    assert response.json()["choices"][0]["message"]["content"] == f"you wrote {acme_pseudonym}"
