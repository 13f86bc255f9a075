"""Adversarial input through the whole proxy: placeholder look-alikes written by users,
disguised values (Unicode tricks), and bodies that are large or deep but within limits."""

from __future__ import annotations

import dataclasses
import json
import threading
import time

import pytest

from redaction import Analyzer
from redaction.folding import fold
from tests.fake_upstream import FakeUpstream
from tests.proxy.helpers import chat, forms, pseudonyms
from tests.proxy.test_streaming import content_of, events
from tests.security.conftest import running, security_settings

NAME, PHONE, NIK = "Wulandari Kusumaningrum", "0813-2468-1357", "3174055507900001"


def sent_text(fake: FakeUpstream) -> str:
    """What the provider last received, decoded (escapes undone)."""
    return json.dumps(fake.received[-1].json, ensure_ascii=False)


def answer(response) -> str:
    assert response.status_code == 200, response.text
    return response.json()["choices"][0]["message"]["content"]


# -- placeholder look-alikes ------------------------------------------------------------


def test_placeholders_written_by_a_user_come_back_as_written(sqlite_proxy, upstream):
    fake, _ = upstream
    text = (
        "Kode saya [PERSON_1a2b3c4d] dan [EMAIL_ADDRESS_deadbeef], juga person_1a2b3c4d, "
        "[ID_NIK_0000000000000000], [PHONE_NUMBER_] dan [[PERSON_ffffffff]]"
    )
    with sqlite_proxy.client() as client:
        plain = answer(client.post("/v1/chat/completions", json=chat(text)))
        with client.stream("POST", "/v1/chat/completions", json=chat(text, stream=True)) as r:
            streamed = content_of(events(r))
    assert plain == text and streamed == text


def test_another_conversations_pseudonyms_are_never_restored(sqlite_proxy, upstream):
    """Text equal to a real pseudonym of conversation A, written in conversation B (same
    tenant) or by another tenant, is left as written: B never receives A's values."""
    fake, _ = upstream
    with sqlite_proxy.client(**{"X-Conversation-Id": "conv-a"}) as a:
        answer(a.post("/v1/chat/completions", json=chat(f"Saya {NAME}, HP {PHONE}, NIK {NIK}")))
    theirs = pseudonyms(sent_text(fake))
    assert len(theirs) == 3
    # Bracketed, bare and lower-cased forms: the restorer accepts all of them for its own.
    written = " ".join([*theirs, *(p[1:-1] for p in theirs), *(p.lower() for p in theirs)])
    fake.content = f"Anda menulis: {written}"
    for who, conversation in (("acme", "conv-b"), ("globex", "conv-a")):
        with sqlite_proxy.client(who, **{"X-Conversation-Id": conversation}) as b:
            mine = chat(f"Saya Bambang Sutrisno, tolong cek {written}")
            plain = answer(b.post("/v1/chat/completions", json=mine))
            with b.stream("POST", "/v1/chat/completions", json={**mine, "stream": True}) as r:
                streamed = content_of(events(r))
        for text in (plain, streamed):
            assert text == fake.content, who
            assert NAME not in text and PHONE not in text and NIK not in text


def test_pseudonym_fragments_split_into_single_characters_are_restored_exactly(
    sqlite_proxy, upstream
):
    fake, _ = upstream
    fake.stream_split = list  # one character per chunk
    text = f"[[[ [PERSON_ [PERS saya {NAME}, hp [{PHONE}] ]]] [PHONE_NUMBER_ [EMAIL_ADDRESS_ ["
    with (
        sqlite_proxy.client() as client,
        client.stream("POST", "/v1/chat/completions", json=chat(text, stream=True)) as r,
    ):
        chunks = events(r)
    assert chunks[-1] == "[DONE]"
    assert content_of(chunks) == text
    assert NAME not in sent_text(fake) and PHONE not in sent_text(fake)


# -- disguised values -------------------------------------------------------------------


def wide(text: str) -> str:
    """``text`` in full-width forms (``0`` -> ``０``, ``@`` -> ``＠``)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


DISGUISED = [
    (f"nomor saya {wide(PHONE)} ya kak", wide(PHONE)),
    (f"hp {wide('081324681357')}", wide("081324681357")),
    (f"NIK aku {wide(NIK)}", wide(NIK)),
    ("nik 3174\u200d0555\u200d0790\u200d0001", "3174\u200d0555\u200d0790\u200d0001"),
    ("nik 3174\u20600555\u200b0790\u00ad0001", "3174\u20600555\u200b0790\u00ad0001"),
    ("hp 0813\u200d2468\u200d1357", "0813\u200d2468\u200d1357"),
    ("hp 0813\u00ad2468\u00ad1357", "0813\u00ad2468\u00ad1357"),
    ("wa 0.8.1.3.2.4.6.8.1.3.5.7", "0.8.1.3.2.4.6.8.1.3.5.7"),
    ("wa 0 8 1 3 2 4 6 8 1 3 5 7", "0 8 1 3 2 4 6 8 1 3 5 7"),
    ("wa 0-8-1-3-2-4-6-8-1-3-5-7", "0-8-1-3-2-4-6-8-1-3-5-7"),
    ("nik 3.1.7.4.0.5.5.5.0.7.9.0.0.0.0.1", "3.1.7.4.0.5.5.5.0.7.9.0.0.0.0.1"),
    ("nik 3174-0555-0790-0001", "3174-0555-0790-0001"),
    ("nik 3174 0555 0790 0001", "3174 0555 0790 0001"),
    (f"kartu {wide('4539 5787 6362 1486')}", wide("4539 5787 6362 1486")),
    ("rek BCA ١٢٣٤٥٦٧٨٩٠ ya", "١٢٣٤٥٦٧٨٩٠"),
    ("email wulаn.kusumа77@gmаil.com", "wulаn.kusumа77@gmаil.com"),  # Cyrillic а
    ("email ԝulan.kusuma77@gmail.com", "ԝulan.kusuma77@gmail.com"),  # Cyrillic ԝ
    (f"email {wide('wulan.kusuma77@gmail.com')}", wide("wulan.kusuma77@gmail.com")),
    ("nama saya Wulandari\u200bKusumaningrum", "Wulandari\u200bKusumaningrum"),
    ("email wulan.kusuma77 at gmail dot com", "wulan.kusuma77"),  # spelled out
    ("hp 0813 - 2468 - 1357", "0813 - 2468 - 1357"),
    ("hp (0813) 2468-1357", "(0813) 2468-1357"),
]


def leaked_forms(value: str, sent: str) -> list[str]:
    """Forms of ``value`` (as written, folded, lower-cased, digits-only) found in ``sent``."""
    folded = fold(value)[0]
    candidates = forms(value) | forms(folded) | {folded.replace(" ", "")}
    return sorted(form for form in candidates if form.casefold() in sent.casefold())


@pytest.mark.parametrize(("text", "value"), DISGUISED)
def test_disguised_values_do_not_reach_the_provider(sqlite_proxy, upstream, text, value):
    fake, _ = upstream
    with sqlite_proxy.client() as client:
        restored = answer(client.post("/v1/chat/completions", json=chat(text)))
    assert leaked_forms(value, sent_text(fake)) == []
    assert restored == text  # the user gets back exactly what they wrote


# -- large and deep bodies within the size limit ---------------------------------------


def nested_arguments(depth: int) -> str:
    return "[" * depth + '"x"' + "]" * depth


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            {"model": "gpt-test", "messages": [{"role": "user", "content": "ok"}] * 5000},
            id="5000-messages",
        ),
        pytest.param(
            {
                "model": "gpt-test",
                "messages": [{"role": "user", "content": [{"type": "text", "text": ""}] * 6000}],
            },
            id="6000-empty-parts",
        ),
        pytest.param(
            {"model": "embed-test", "input": ["halo"] * 8000},
            id="8000-embedding-inputs",
        ),
        pytest.param(chat("x" * 150_000), id="one-150k-word"),
    ],
)
def test_large_bodies_within_the_limit_are_served(sqlite_proxy, upstream, body):
    fake, _ = upstream
    path = "/v1/embeddings" if "input" in body else "/v1/chat/completions"
    with sqlite_proxy.client() as client:
        response = client.post(path, json=body)
    assert response.status_code == 200, response.text[:500]


@pytest.mark.parametrize("depth", [40, 900, 50_000])
def test_deeply_nested_tool_call_arguments_are_refused_cleanly(sqlite_proxy, upstream, depth):
    fake, _ = upstream
    call = {"id": "c1", "type": "function", "function": {"name": "f"}}
    call["function"]["arguments"] = nested_arguments(depth)
    body = {
        "model": "gpt-test",
        "messages": [
            {"role": "assistant", "content": None, "tool_calls": [call]},
            {"role": "user", "content": "hi"},
        ],
    }
    with sqlite_proxy.client() as client:
        response = client.post("/v1/chat/completions", json=body)
    assert response.status_code == 400, response.text[:500]
    assert fake.received == []
    sqlite_proxy.assert_serving(fake)


class CountingAnalyzer:
    """The real analyzer, counting the texts it was given (to see when it stops)."""

    def __init__(self, inner: Analyzer) -> None:
        self.inner = inner
        self.analyzed = 0
        self._lock = threading.Lock()

    def analyze_many(self, texts):
        results = []
        for text in texts:
            with self._lock:
                self.analyzed += 1
            results.append(self.inner.analyze(text))
        return results


def test_analysis_past_its_deadline_stops_and_the_proxy_keeps_serving(upstream, analyzer, tmp_path):
    """Thousands of distinct texts cannot be checked in time: 503, nothing sent, and the
    analysis stops at the deadline instead of occupying a core for minutes."""
    fake, url = upstream
    counting = CountingAnalyzer(analyzer)
    settings = dataclasses.replace(security_settings(url, tmp_path), analysis_timeout_s=1.0)
    messages = [{"role": "user", "content": f"pesan {i} pelanggan"} for i in range(3000)]
    with running(settings, counting) as proxy, proxy.client() as client:
        started = time.monotonic()
        body = {"model": "gpt-test", "messages": messages}
        response = client.post("/v1/chat/completions", json=body)
        assert time.monotonic() - started < 5
        assert response.status_code == 503 and fake.received == []
        assert response.json()["error"]["code"] == "redaction_unavailable"
        time.sleep(0.5)
        stopped_at = counting.analyzed
        time.sleep(1.0)
        assert counting.analyzed - stopped_at <= 1, "analysis went on after the deadline"
        assert stopped_at < len(messages)
        proxy.assert_serving(fake)


@pytest.mark.parametrize(
    ("who", "path"),
    [
        ("acme-admin", f"/admin/tenants/acme/audit?before_id={2**63}"),
        ("acme-admin", f"/admin/tenants/acme/audit?before_id={10**30}"),
        ("compliance", "/compliance/api/transfers?cursor=9999999999999999999"),
    ],
)
def test_cursors_beyond_64_bit_row_ids_are_refused_cleanly(sqlite_proxy, who, path):
    with sqlite_proxy.client(who) as client:
        response = client.get(path)
    assert response.status_code == 400, response.text
