"""Bank accounts abroad: banks named in Japanese, Chinese or Korean script, accounts' labels
abroad (a Japanese ordinary account, a Japan Post passbook, a German Kontonummer), the
holder's name label after the number; names in Chinese, Japanese or Korean script after a
name's label; landlines with a lone first digit or dialled with 0062; more desks' mailboxes;
a given name that is a rare word elsewhere ("Alan"), more places named alone, and Australian
and British street types."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Please pay to: | 三菱UFJ銀行 渋谷支店 (店番 135) | 普通 4738291 | 口座名義", "4738291"),
        ("bang aku di osaka. gaji ke ゆうちょ銀行, 記号番号 14080-28817651. mau", "14080-28817651"),
        ("Please send to my POSB savings 188-37261-4, name Siti Aishah", "188-37261-4"),
        ("rek temen di jerman, pake kontonummer lama aja 0532013000 BLZ 370 400 44", "0532013000"),
        ("sudah daftar ya kak, KB 국민 417802-01-338914, name Theresia", "417802-01-338914"),
        (
            "tf ke rek Hang Seng aku ya buat bayar agency, no nya 024-381-662710-883. nama di "
            "rek KUSNIATI",
            "024-381-662710-883",
        ),
    ],
)
def test_accounts_abroad(analyzer: Analyzer, text: str, account: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


@pytest.mark.parametrize(
    ("text", "number", "entity_type"),
    [
        # a document's number before the holder's name stays the document's
        ("No SIM 9203-1108-000451, nama Eko Prasetyo", "9203-1108-000451", "ID_SIM"),
        ("nomor HP terdaftar 0813-1166-2047 nama Indah", "0813-1166-2047", "PHONE_NUMBER"),
    ],
)
def test_a_name_after_other_numbers(
    analyzer: Analyzer, text: str, number: str, entity_type: str
) -> None:
    assert found(analyzer, text, entity_type) == [number]
    assert found(analyzer, text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Account: 0120 5033 8712 | Name: 林怡婷 (Lin Yi-Ting) | Please transfer", "林怡婷"),
        ("玉山銀行 E.SUN (808) 0901-979-123456 name 張家豪. aku dr BCA", "張家豪"),
        ("普通 3081547 | 口座名義 グナワン プラセティヨ", "グナワン プラセティヨ"),
        ("예금주: 김민수, 계좌번호 1002-345-678901", "김민수"),
    ],
)
def test_names_in_script_after_a_label(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in found(analyzer, text, "PERSON")


def test_no_name_in_script_after_another_label(analyzer: Analyzer) -> None:
    assert found(analyzer, "nama produk: 抹茶ラテ, harga 45rb", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("No telp (0274) 4 38 102 / HP 0856 4390 2281.", "(0274) 4 38 102"),
        ("Penerima: Maria | Telp: 0380 - 8 33 102", "0380 - 8 33 102"),
        ("Emergency contact: Anita | Phone: 0062-21-8641-5532 | Relation", "0062-21-8641-5532"),
        ("My Aussie number is 0423 117 860 but I'm on WhatsApp here too", "0423 117 860"),
    ],
)
def test_more_phone_layouts(analyzer: Analyzer, text: str, phone: str) -> None:
    assert phone in found(analyzer, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "e-statement dikirim dari estatement@bankbersama.co.id tiap bulan",
        "klaim polis kirim ke polis@asuransisejahtera.co.id",
        "minta resume medis ke rekammedis@rsmitrasehat.co.id",
        "jadwal poli anak: poli.anak@rsmitrasehat.co.id",
        "zakat fitrah konfirmasi ke zakat@peduliumat.or.id",
        "kirim bukti ke absensi@sdislamterpadu.sch.id",
    ],
)
def test_more_desks_mailboxes(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "EMAIL_ADDRESS") == []


def test_a_name_that_is_a_rare_word_elsewhere(analyzer: Analyzer) -> None:
    text = "I'm in HK until Thursday. Regards, Alan Cheung"
    assert found(analyzer, text, "PERSON") == ["Alan Cheung"]


@pytest.mark.parametrize("text", ["kirim ke Maros ya kak", "kuliah di UNDIP Tembalang"])
def test_more_places_named_alone(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Nama Aisyah Putri, alamat 14/22 Anzac Parade, Kensington NSW 2033",
            "14/22 Anzac Parade, Kensington NSW 2033",
        ),
        ("my flat is 5 Elm Grove, Leeds LS6 2AB", "5 Elm Grove, Leeds LS6 2AB"),
    ],
)
def test_australian_and_british_street_types(analyzer: Analyzer, text: str, address: str) -> None:
    assert found(analyzer, text, "ADDRESS") == [address]
