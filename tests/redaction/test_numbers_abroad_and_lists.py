"""Local numbers abroad (a country or city named in the message or the label, North American
brackets), numbers broken over lines or written on a receipt, accounts and licences named
after their number, dates of birth in lists, names after regional and foreign cues, codes and
keys, and health fields and terms."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Mobile (Japan): 090-4471-2280\nRegards, Jun Tanaka", "090-4471-2280"),
        (
            "Contact: Farah Aziz, +60 12-338 7401 or my husband Imran 019-552 0933",
            "019-552 0933",
        ),
        (
            "salary from my employer in the Netherlands. Sanne de Vries, 06-21439987",
            "06-21439987",
        ),
        ("Also please note my number changed to 07911 123 584", "07911 123 584"),
        ("me: Jessica Nguyen (206) 555-0187, friend: Hana Kim", "(206) 555-0187"),
        ("no sy disini 011-2345 6098, no istri 0819 1724 3305", "011-2345 6098"),
        ("no HP sy disana 080-5591-2206, nama Stefanus Gunawan", "080-5591-2206"),
        ("sy Anton dari Singapore. no sg 9876 2214, no indo 0812 3377 6001", "9876 2214"),
        (
            "alamat sy Olaya St, Bldg 7421, Riyadh 12214\nrumah majikan sy. nomor sy 050 391 8226",
            "050 391 8226",
        ),
        ("sy mahasiswa di Delft, mau sewa kamar. hp 06-18273945", "06-18273945"),
        ("Leader Park Ji-hoon, 010-2291-5580, from Seoul", "010-2291-5580"),
        ("Hubungi sy Ratna di\n0856\n4411\n2730\nmaaf kepotong2", "0856\n4411\n2730"),
        (
            "ini no hp baru bapaknya: \n0813-\n2256-\n7081\nyg lama udh ga aktif",
            "0813-\n2256-\n7081",
        ),
        (
            "sy bisa dihubungi di +62 eight one two, one one two two, three three four four",
            "+62 eight one two, one one two two, three three four four",
        ),
    ],
)
def test_phones(analyzer: Analyzer, text: str, phone: str) -> None:
    assert phone in found(analyzer, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # written on a receipt
        ("No hp penerima di resi 628123300441 itu udh bener", ["628123300441"]),
        ("Nomor yg di resi 0813 2555 08 kurang digit pak", ["0813 2555 08"]),
        # broken over a line, unless already whole before it
        ("Please reach me on WhatsApp +61 412\n938 557 or email", ["+61 412\n938 557"]),
        ("no wa +62 812 3456 7890\n2. Budi", ["+62 812 3456 7890"]),
        # a fixed line given as one's HP
        (
            "dirawat di RS Sanglah tgl 3-7 Mei. HP 0361 422 918 / 0819-3622-1145",
            ["0361 422 918", "0819-3622-1145"],
        ),
    ],
)
def test_phones_exactly(analyzer: Analyzer, text: str, phones: list[str]) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == phones


@pytest.mark.parametrize(
    "text",
    [
        # a local number with no country in sight, and one not valid in the country named
        "pesanan 019-552 0933 sudah dikirim",
        "kiriman dari Malaysia, resi 019-552",
        # a list of lines that is no number
        "stok:\n0812\n15\n20",
        # a receipt's own number
        "resi 628123300441",
        # business lines
        "Kantor marketing: (021) 719 0088.",
        "Silakan hubungi +62 21 2358 8000 dari luar negeri.",
        "the lobby number is 021 8370 1122.",
    ],
)
def test_no_phone(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "accounts"),
    [
        ("Bank for payout: Nguyen Thi Thu Trang, Vietcombank 0071001234875", ["0071001234875"]),
        ("5260778120 — itu rekening yang benar pak, bukan yang saya tulis", ["5260778120"]),
        (
            "ini ya nomor yg diminta td: 1370 0177 2319 4. itu mandiri, a/n Sutopo",
            ["1370 0177 2319 4"],
        ),
        ("Can you rotate it ASAP? Account ID ACC-992017.", []),
    ],
)
def test_accounts(analyzer: Analyzer, text: str, accounts: list[str]) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == accounts


@pytest.mark.parametrize(
    ("text", "licence"),
    [
        (
            "yg ini kak: 9104 1207 0045 12 — itu nomor SIM C sy yg mau perpanjang",
            "9104 1207 0045 12",
        ),
        (
            "I have an international licence, number DL-0420190034512, from India",
            "DL-0420190034512",
        ),
    ],
)
def test_licences(analyzer: Analyzer, text: str, licence: str) -> None:
    assert found(analyzer, text, "ID_SIM") == [licence]


@pytest.mark.parametrize(
    ("text", "plates"),
    [
        ("min, mau balik nama motor AD 6093 PK dari Parjo", ["AD 6093 PK"]),
        ("mobil AC nya 1 PK aja", []),
    ],
)
def test_plates_before_a_units_letters(analyzer: Analyzer, text: str, plates: list[str]) -> None:
    assert found(analyzer, text, "ID_PLATE") == plates


def test_an_npwp_with_a_spaced_dash(analyzer: Analyzer) -> None:
    text = "NPWP lama 18.154.211.9 -627.000, sejak 2024 katanya pake NIK"
    assert found(analyzer, text, "ID_NPWP") == ["18.154.211.9 -627.000"]


def test_a_bpjs_membership_number(analyzer: Analyzer) -> None:
    text = "kepesertaan 18039476521 tercatat nonaktif sejak Maret 2022"
    assert found(analyzer, text, "ID_BPJS") == ["18039476521"]


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        (
            "alamat gudang aku Jl. Kaliurang Km 9, Gg. Melati No. 5, Ngaglik, Sleman 55581",
            ["Jl. Kaliurang Km 9, Gg. Melati No. 5, Ngaglik, Sleman 55581"],
        ),
        ("ambil di Gudang Sinar Abadi, Jl. Raya Bogor No. 12", []),
        (
            "alamat : Jl. Asia No. 58 (toko kelontong Sinar Jaya sebelahnya), Kel. Sei Rengas II,"
            " Kec. Medan Area, Medan 20211\norder : 2x sprei",
            [
                "Jl. Asia No. 58 (toko kelontong Sinar Jaya sebelahnya), Kel. Sei Rengas II,"
                " Kec. Medan Area, Medan 20211"
            ],
        ),
    ],
)
def test_addresses(analyzer: Analyzer, text: str, addresses: list[str]) -> None:
    assert found(analyzer, text, "ADDRESS") == addresses


def test_a_brand_as_a_homes_landmark(analyzer: Analyzer) -> None:
    text = "anterin ke kos pink belakang indomaret Jl. Bunga Coklat, Jatimulyo, Malang ya"
    (address,) = found(analyzer, text, "ADDRESS")
    assert address.endswith("Jl. Bunga Coklat, Jatimulyo, Malang")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "ok: Bambang Hermawan 12/04/1986, Dewi Puspitasari 30/09/1989",
            ["12/04/1986", "30/09/1989"],
        ),
        # the children after their parents
        (
            "ok: Dewi Puspitasari 30/09/1989, Rafa 07/01/2014, Keisha 22/06/2018",
            ["30/09/1989", "07/01/2014", "22/06/2018"],
        ),
        (
            "Dad 2 Feb 1957, Mum 18 Dec 1958. Passports PA4418273 and PA4418290",
            ["2 Feb 1957", "18 Dec 1958"],
        ),
        ("Pada 27 Januari 2008, tim itu juara", []),
        ("Tanggal 1 Oktober 1945 BM Diah", []),
    ],
)
def test_dates_of_birth_in_lists(analyzer: Analyzer, text: str, dates: list[str]) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("nama satpam nya pak Jaja", ["Jaja"]),
        ("iya nak anggi sdh ibu terima, mksh ya", ["anggi"]),
        ("arisan bulan Juli di rumah lik Parjiyo ya", ["Parjiyo"]),
        ("Guys reminder patungan kado nikahan Bella 150rb/org ya", ["Bella"]),
        ("also my bf tom has a severe peanut allergy", ["tom"]),
        ("names lukas becker & anna schmidt pls send price", ["lukas becker", "anna schmidt"]),
        ("beta nama nona frederika, tolong antar e", ["frederika"]),
        ("Welcome aboard, Kenji-san. Our immigration agent will email you", ["Kenji"]),
        ("Nama: Wagiyem\nFaskes perujuk: Puskesmas Depok III", ["Wagiyem"]),
        # no names
        ("beta version is out, im fine thanks", []),
        ("arigatou Sensei-san", []),
        ("Halo kak, dari Kencana Wedding Organizer, utk kontrak", []),
        ("kak ready Blackmores Pregnancy Gold ga? yg isi 60 kapsul", []),
        ("Mau tanya stok Obimin AF 30 tablet, sama Neurobion Forte", []),
    ],
)
def test_names(analyzer: Analyzer, text: str, names: list[str]) -> None:
    assert found(analyzer, text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mau login akun. eh skrg masuk, 739204 ini kodenya ya?", "739204"),
        ("asking for my internet banking token code 83 42 19 07. I entered it", "83 42 19 07"),
        (
            "[Interface]\nPrivateKey = cO9kq2VfU8d3Jm1xTzR7hYbLwPn4sEaQ6gKiDjH0M2c=\n",
            "cO9kq2VfU8d3Jm1xTzR7hYbLwPn4sEaQ6gKiDjH0M2c=",
        ),
    ],
)
def test_secrets(analyzer: Analyzer, text: str, secret: str) -> None:
    assert secret in found(analyzer, text, "SECRET")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "BitLocker: is it 412389-028716-553190-221043-667812-019283-447102-339801?",
            "412389-028716-553190-221043-667812-019283-447102-339801",
        ),
        ("The key code for the lockbox is 4417 and the rent is due", "4417"),
    ],
)
def test_the_only_secret(analyzer: Analyzer, text: str, secret: str) -> None:
    (value,) = found(analyzer, text, "SECRET")
    assert secret in value


def test_an_authenticators_code(analyzer: Analyzer) -> None:
    text = "token from authenticator is 503 918 if u need to log in"
    assert found(analyzer, text, "SECRET") == ["503 918"]


@pytest.mark.parametrize(
    "text",
    [
        "40115 ini kode posnya",
        "ID Pel: 521040887613\nToken: 5721 8830 1946 2275 0381",
        "[Peer]\nPublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=",
    ],
)
def test_no_secret(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "SECRET") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Diagnosa: post stroke iskemik, hemiparese sinistra\nFaskes perujuk: Puskesmas",
            "post stroke iskemik, hemiparese sinistra",
        ),
        (
            "Observation: rash on both arms, itchy, mild fever 37.9°C\nCould he come today?",
            "rash on both arms, itchy, mild fever 37.9°C",
        ),
        (
            "Medical history: type 1 diabetes, on insulin pump\nReason",
            "type 1 diabetes, on insulin pump",
        ),
    ],
)
def test_a_health_fields_whole_list(analyzer: Analyzer, text: str, value: str) -> None:
    assert value in found(analyzer, text, "MEDICAL")


def test_a_health_fields_no(analyzer: Analyzer) -> None:
    assert found(analyzer, "Nama: Andi\nAlergi: tidak ada\nGol darah: O", "MEDICAL") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("He's had a kidney stone and is post-lithotripsy.", "kidney stone"),
        ("doc found a heart murmur, waiting for the echocardiogram", "heart murmur"),
        ("my father has COPD and a pacemaker", "pacemaker"),
        ("mama aku obatnya betahistin 6mg masih boleh?", "betahistin"),
    ],
)
def test_health_terms(analyzer: Analyzer, text: str, term: str) -> None:
    assert any(term in value for value in found(analyzer, text, "MEDICAL"))
