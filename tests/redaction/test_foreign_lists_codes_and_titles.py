"""English activation and key-box codes, a family's passports listed after their names,
eight-digit local numbers after an English phone label, Italian, Dutch and Taiwanese
addresses, Balinese noble titles and the English "name" label."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Activation code for the mobile app: 583 104. Never share this code", "583 104"),
        ("need a sitter, key box code is 4081, address in Seminyak", "4081"),
    ],
)
def test_activation_and_key_box_codes(analyzer: Analyzer, text: str, code: str) -> None:
    assert found(analyzer, text, "SECRET") == [code]


def test_a_familys_passports_after_their_names(analyzer: Analyzer) -> None:
    text = (
        "ini data paspornya kak\nHendra Gunawan E 2207418\nLanny Susanto E 2207419\n"
        "Kevin Gunawan X 1983305\nClarissa Gunawan X 1983306"
    )
    assert found(analyzer, text, "ID_PASSPORT") == [
        "E 2207418",
        "E 2207419",
        "X 1983305",
        "X 1983306",
    ]
    assert "Kevin Gunawan" in found(analyzer, text, "PERSON")


def test_eight_digits_after_an_english_phone_label(analyzer: Analyzer) -> None:
    text = "My mum's mobile 9273 5108, mine is +852 5664 0391"
    assert found(analyzer, text, "PHONE_NUMBER") == ["9273 5108", "+852 5664 0391"]


@pytest.mark.parametrize("text", ["hp 5551 2345", "order 9273 5108"])
def test_eight_digits_elsewhere_are_no_phone(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Our address is Via Nizza 142, 10126 Torino.", "Via Nizza 142, 10126 Torino"),
        (
            "Address: Roland Holstlaan 905, 2624 HZ Delft, room 4B-12.",
            "Roland Holstlaan 905, 2624 HZ Delft, room 4B-12",
        ),
    ],
)
def test_european_addresses(analyzer: Analyzer, text: str, address: str) -> None:
    assert found(analyzer, text, "ADDRESS") == [address]


def test_a_taiwanese_address_keeps_its_lane_and_section(analyzer: Analyzer) -> None:
    text = "No. 15, Ln. 120, Sec. 2, Zhongshan Rd., Taoyuan City 330"
    assert found(analyzer, text, "ADDRESS")[0].startswith("No. 15, Ln. 120, Sec. 2, Zhongshan")


def test_via_alone_is_no_street(analyzer: Analyzer) -> None:
    assert found(analyzer, "meeting Via Zoom 3 orang", "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Best regards,\nAnak Agung Sri Wahyuni – Visa Services", "Anak Agung Sri Wahyuni"),
        ("Her account at BNI 0239 117 846, name Rohani. Is the rate ok", "Rohani"),
    ],
)
def test_titles_and_the_english_name_label(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in found(analyzer, text, "PERSON")


@pytest.mark.parametrize("text", ["file name Report final", "your name here"])
def test_other_names_of_things(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == []
