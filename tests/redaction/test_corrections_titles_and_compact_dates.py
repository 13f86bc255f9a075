"""Numbers given as corrections, account and VA labels in English, a contact's own office line,
extensions after international numbers, a mobile cut after its prefix, names with noble
titles, patronyms, shortened given names and masked rests, vets' and coaches' names, birth
dates typed as eight digits, and six-digit codes split unevenly."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def found(analyzer: Analyzer, text: str, entity_type: str | None = None) -> list[str]:
    return [
        text[e.start : e.end]
        for e in analyzer.analyze(text)
        if entity_type is None or e.type == entity_type
    ]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Kebalik kak angka belakangnya 😅 yg bener 2750668143", "2750668143"),
        ("maaf angkanya kurang satu. yang benar 1370012845593 13 digit", "1370012845593"),
        ("Beneficiary: Reza\nAcc no: 0653 1127 84\nBank: BCA", "0653 1127 84"),
        ("yes, VAs were regenerated this year. 8277001230945561 is correct for Ethan", None),
    ],
)
def test_corrected_and_labelled_accounts(analyzer: Analyzer, text: str, account) -> None:
    expected = account or "8277001230945561"
    assert expected in found(analyzer, text, "BANK_ACCOUNT")


@pytest.mark.parametrize(
    "text",
    [
        "yg bener resi 1370012845593 ya kak",
        "harusnya Rp 1370012845 totalnya",
        "ini paketnya sudah di acc, makasih",
    ],
)
def test_corrections_of_other_numbers_are_not_accounts(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []


def test_a_contacts_office_line_in_brackets_is_theirs(analyzer: Analyzer) -> None:
    text = "call the receiver: Mr Ong Kah Hock, +65 6225 7781 (office) or mobile +65 9734 0028"
    assert found(analyzer, text, "PHONE_NUMBER") == ["+65 6225 7781", "+65 9734 0028"]


def test_a_business_line_in_brackets_is_not_masked(analyzer: Analyzer) -> None:
    assert found(analyzer, "chat admin 0813-7000-2211 (no kantor) jam kerja", "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "contact Lisa at +62 21 2939 8810 ext. 412. She's expecting you",
            "+62 21 2939 8810 ext. 412",
        ),
        ("call +65 6225 7781 x12 after 5", "+65 6225 7781 x12"),
    ],
)
def test_an_international_number_keeps_its_extension(analyzer: Analyzer, text, phone) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]


def test_a_mobile_broken_after_its_prefix(analyzer: Analyzer) -> None:
    text = "kak ini no hp sy 0813\n2290 4471 tadi kepotong 🙏"
    assert found(analyzer, text, "PHONE_NUMBER") == ["0813\n2290 4471"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Schengen visa application for Raden Ayu Kusumawardhani:", "Raden Ayu Kusumawardhani"),
        ("nama sy Raden Mas Suryo", "Raden Mas Suryo"),
        (
            "Telah berpulang Bapak H. Abdul Karim bin Sulaiman, warga RT 03/RW 08, pagi ini",
            "Abdul Karim bin Sulaiman",
        ),
        ("penerimanya muncul a.n. IRWAN S***. bisa dibalikin ga?", "IRWAN S***"),
        ("slot at 4:30 pm with drh. Sekar. Owner name please?", "Sekar"),
        ("coach rio, besok sesi jam 7 jadi kan?", "rio"),
    ],
)
def test_names_with_their_titles_patronyms_and_masks(analyzer: Analyzer, text, name) -> None:
    assert found(analyzer, text, "PERSON") == [name]


def test_a_shortened_given_name_keeps_its_dot(analyzer: Analyzer) -> None:
    text = "Kepala keluarga Moch. Ilham Syamsuddin."
    covered = "".join(text[e.start : e.end] for e in analyzer.analyze(text))
    assert "Moch." in covered and "Ilham Syamsuddin" in covered


@pytest.mark.parametrize("text", ["the coach will arrive at 7", "pak Raden"])
def test_titles_alone_are_no_names(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "thanks! it's not opening though, I typed 07111996 which is my birthday",
        "slip gaji gabisa dibuka, katanya tgl lahir, udh sy coba 14021995 gak bisa",
    ],
)
def test_a_birth_date_typed_as_eight_digits(analyzer: Analyzer, text: str) -> None:
    assert [v for v in found(analyzer, text) if v.isdigit()] != []


@pytest.mark.parametrize(
    "text",
    [
        "order 12081990 sudah dikirim",
        "no. 12081990",
        "kode promo 20241231 berlaku",
        "stok 31129999 pcs",
    ],
)
def test_other_eight_digit_numbers_stay(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


def test_a_password_made_of_a_birth_date_stays_a_secret(analyzer: Analyzer) -> None:
    assert found(analyzer, "pass nya 11091993 kan?", "SECRET") == ["11091993"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ShopeePay Kode verifikasi: 5082 17. Jangan berikan kode ini", "5082 17"),
        ("kode OTP 12 3456 ya", "12 3456"),
    ],
)
def test_a_six_digit_code_split_unevenly(analyzer: Analyzer, text: str, code: str) -> None:
    assert found(analyzer, text, "SECRET") == [code]
