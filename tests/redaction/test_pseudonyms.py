"""Pseudonym derivation, the redactor and restoration, without the HTTP service."""

from __future__ import annotations

import random

import pytest

from redaction import Action, Entity, EntityPolicy, Pseudonymizer, Redactor, Restorer
from redaction.entities import merge_overlapping
from redaction.normalize import normalize
from redaction.restore import json_string_escape


def _redact(
    text: str,
    spans: list[tuple[str, str]],
    policy: EntityPolicy | None = None,
    key: bytes = b"k",
    scope: str = "s",
) -> Redactor:
    entities = []
    for entity_type, value in spans:
        start = text.index(value)
        entities.append(Entity(entity_type, start, start + len(value), 0.9))
    redactor = Redactor(Pseudonymizer(key, scope), policy)
    redactor.text = redactor.redact(text, sorted(entities, key=lambda e: e.start))
    return redactor


def test_same_value_same_pseudonym_in_every_written_form():
    text = "hp 0812-3456-7890, wa +62 812 3456 7890, atau 6281234567890"
    spans = [("PHONE_NUMBER", v) for v in ("0812-3456-7890", "+62 812 3456 7890", "6281234567890")]
    redactor = _redact(text, spans)
    assert len(set(redactor.mapping)) == 1
    assert redactor.text.count("[PHONE_NUMBER_") == 3


def test_pseudonyms_depend_on_key_and_scope():
    one = Pseudonymizer(b"tenant-a", "conv-1").pseudonym("PERSON", "Siti")
    assert one == Pseudonymizer(b"tenant-a", "conv-1").pseudonym("PERSON", "siti")
    assert one != Pseudonymizer(b"tenant-b", "conv-1").pseudonym("PERSON", "Siti")
    assert one != Pseudonymizer(b"tenant-a", "conv-2").pseudonym("PERSON", "Siti")


def test_colliding_pseudonyms_are_lengthened(monkeypatch):
    monkeypatch.setattr(
        Pseudonymizer, "digest", lambda self, t, v: ("ab" * 4) + v.encode().hex() * 4
    )
    redactor = _redact("Ana dan Budi", [("PERSON", "Ana"), ("PERSON", "Budi")])
    assert len(redactor.mapping) == 2
    assert Restorer(redactor.mapping).restore(redactor.text) == "Ana dan Budi"


def test_policy_actions():
    policy = EntityPolicy(
        {"SECRET": Action.REDACT, "EMAIL_ADDRESS": Action.ALLOW, "ID_NIK": Action.BLOCK}
    )
    text = "pw hunter2, mail a@b.co, nik 3174055507900001"
    redactor = _redact(
        text,
        [("SECRET", "hunter2"), ("EMAIL_ADDRESS", "a@b.co"), ("ID_NIK", "3174055507900001")],
        policy,
    )
    assert "pw [SECRET]," in redactor.text and "a@b.co" in redactor.text
    assert redactor.blocked == {"ID_NIK"}
    assert "hunter2" not in redactor.mapping.values()
    assert redactor.counts == {"SECRET": 1, "EMAIL_ADDRESS": 1, "ID_NIK": 1}


def test_restore_handles_case_and_missing_brackets_and_ignores_foreign_tokens():
    redactor = _redact("call Siti", [("PERSON", "Siti")])
    token = redactor.text.split()[-1]
    core = token.strip("[]")
    restorer = Restorer(redactor.mapping)
    answer = f"{token} / {core.lower()} / {core.upper()}] / [PERSON_00000000] / x{core}"
    assert restorer.restore(answer) == f"Siti / Siti / Siti / [PERSON_00000000] / x{core}"


def test_restore_tells_long_pseudonyms_from_their_prefix_and_takes_keys_of_any_shape():
    long, short = "PERSON_1a2b3c4d5e6f7a8b", "PERSON_1a2b3c4d"
    restorer = Restorer({long: "Ana", short: "Budi"})
    assert restorer.restore(f"[{long}] [{short}] {short}9") == f"Ana Budi {short}9"
    odd = Restorer({"who-1": "Citra"})  # not a pseudonym's shape: still restored
    assert odd.restore("[who-1] and xwho-1") == "Citra and xwho-1"
    assert Restorer({}).restore("[PERSON_1a2b3c4d]") == "[PERSON_1a2b3c4d]"


def test_restore_escapes_for_json():
    redactor = _redact('name John "JJ" Smith', [("PERSON", 'John "JJ" Smith')])
    token = redactor.text.split(" ", 1)[1]
    restored = Restorer(redactor.mapping).restore(f'{{"who": "{token}"}}', json_string_escape)
    assert restored == '{"who": "John \\"JJ\\" Smith"}'


@pytest.mark.parametrize("seed", range(20))
def test_stream_restore_at_any_split(seed):
    text = "Ana, Budi and Citra wrote to ana@example.com about order 12."
    spans = [
        ("PERSON", "Ana"),
        ("PERSON", "Budi"),
        ("PERSON", "Citra"),
        ("EMAIL_ADDRESS", "ana@example.com"),
    ]
    redactor = _redact(text, spans)
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, len(redactor.text)), rng.randint(1, 25)))
    pieces = [
        redactor.text[a:b] for a, b in zip([0, *cuts], [*cuts, len(redactor.text)], strict=True)
    ]
    stream = Restorer(redactor.mapping).stream()
    out = [stream.feed(p) for p in pieces]
    assert "".join(out) + stream.flush() == text


def test_stream_releases_text_that_cannot_start_a_pseudonym():
    redactor = _redact("hi Siti", [("PERSON", "Siti")])
    stream = Restorer(redactor.mapping).stream()
    assert stream.feed("Hello, how are you? ") == "Hello, how are you? "
    assert stream.feed("Dear [PERS") == "Dear "
    assert stream.feed(redactor.text[len("hi [PERS") :] + "!") == "Siti!"


def test_overlapping_detections_merge_into_one_span():
    merged = merge_overlapping(
        [
            Entity("ADDRESS", 0, 30, 0.9),
            Entity("PERSON", 4, 12, 0.85),
            Entity("PHONE_NUMBER", 40, 52, 0.7),
            Entity("URL", 45, 60, 0.5),
        ]
    )
    assert merged == [Entity("ADDRESS", 0, 30, 0.9), Entity("PHONE_NUMBER", 40, 60, 0.7)]


@pytest.mark.parametrize(
    ("entity_type", "a", "b"),
    [
        ("PHONE_NUMBER", "0812-3456-7890", "+62 812 3456 7890"),
        ("ID_NIK", "3174 0555 0790 0001", "3174055507900001"),
        ("EMAIL_ADDRESS", "Siti@Example.com", "siti@example.com"),
        ("PERSON", "Siti  Rahmawati", "siti rahmawati"),
        ("ID_PLATE", "B 1234 XYZ", "b1234xyz"),
        ("PHONE_NUMBER", "０８１２３４５６７８９０", "6281234567890"),
    ],
)
def test_normal_forms(entity_type, a, b):
    assert normalize(entity_type, a) == normalize(entity_type, b)
