"""A number answered with a word or two of a reply around it; an account "paid to"; keys
further along their cue's line, HubSpot tokens, authenticator backup keys and private keys in
JSON strings; dates of birth in a list a birth cue asked for."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("yes 8830417762 is correct", "8830417762"),
        ("oh iya, 0291847735", "0291847735"),
        ("ok 5410229871 ya kak", "5410229871"),
        ("lengkapnya 1370012988415 kak, makasih", "1370012988415"),
        ("Approved: IDR 1,500,000\nPaid to: 7790 2213 5501 on 12 Mar 2024", "7790 2213 5501"),
    ],
)
def test_a_reply_around_a_number_keeps_it_an_answer(
    analyzer: Analyzer, text: str, account: str
) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


@pytest.mark.parametrize(
    "text",
    [
        # a word that says what else it is, or more of a sentence than a reply
        "ok resi 8730412256 ya kak",
        "ini 8730412256",
        "8730412256 itu nomor pesanan ya",
        "yes 8830417762 is the order number",
    ],
)
def test_a_reply_naming_something_else_is_no_account(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "ini API key RajaOngkir buat cek ongkir di web: 7f3c9e21b8a44d6f0e5a2c7b9d1f3e8a. "
            "tipe starter",
            "7f3c9e21b8a44d6f0e5a2c7b9d1f3e8a",
        ),
        (
            "Yudi, hubspot private app token: pat-na1-7c2e9f14-3b8d-4a61-9e0f-5d2c8b7a1f36. buat",
            "pat-na1-7c2e9f14-3b8d-4a61-9e0f-5d2c8b7a1f36",
        ),
        ("bro, 2FA backup key JBSWY3DPEHPK3PXPKQ7LM2ZX simpen ya", "JBSWY3DPEHPK3PXPKQ7LM2ZX"),
        (
            '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n'
            '-----END PRIVATE KEY-----\\n",',
            "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n"
            "-----END PRIVATE KEY-----\\n",
        ),
    ],
)
def test_keys_further_along_and_in_json(analyzer: Analyzer, text: str, secret: str) -> None:
    assert found(analyzer, text, "SECRET") == [secret]


@pytest.mark.parametrize(
    "text",
    [
        # a key's word with a long word or a link further on, no random token
        "the key issue is the internationalization of the checkout page",
        "key takeaways from the meeting: https://docs.example.com/notes/2024/q3-planning",
    ],
)
def test_a_long_word_after_a_key_word_is_no_secret(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "SECRET") == []


def test_dates_in_a_list_a_birth_cue_asked_for(analyzer: Analyzer) -> None:
    text = (
        "Kak, utk manifest kapal tgl 12 Juli butuh nama & tgl lahir ya:\n"
        "1. Fery Andrianto 04/11/1990\n2. Tiara Anggun 22/02/1992\n3. Bima 09/09/2017 (anak)"
    )
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["04/11/1990", "22/02/1992", "09/09/2017"]


def test_a_birth_date_with_an_enclitic_and_its_correction(analyzer: Analyzer) -> None:
    text = "Di rapor tgl lahirnya tertulis 14-02-2016, harusnya 4 Februari 2016 sesuai akta."
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["14-02-2016", "4 Februari 2016"]


@pytest.mark.parametrize(
    "text",
    [
        "tgl lahir: 12/05/1990. Jadwal kontrol: 14/06/2024",
        "TTL Bandung 1/2/1990\nTgl daftar: 03/04/2024\nTgl masuk kerja: 05/04/2021",
    ],
)
def test_other_dates_after_a_birth_date_stay(analyzer: Analyzer, text: str) -> None:
    assert len(found(analyzer, text, "DATE_OF_BIRTH")) == 1
