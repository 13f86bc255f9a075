"""ADDRESS: landmarks, estates and units before a street, form fields, identity cards."""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import find_addresses


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # landmarks that locate the house belong to the address
        (
            "antar ke Jl. Kapten Tendean no 9 dekat masjid Al Falah ya kak",
            "Jl. Kapten Tendean no 9 dekat masjid Al Falah",
        ),
        (
            "rmh sy gg. kenari 3 no 12 belakang pasar kliwon, makasih",
            "gg. kenari 3 no 12 belakang pasar kliwon",
        ),
        (
            "Jl Merak no 7 (rumah pagar biru sebelah warung Mak Ijah), Kel. Sukasari, Bogor",
            "Jl Merak no 7 (rumah pagar biru sebelah warung Mak Ijah), Kel. Sukasari, Bogor",
        ),
        # estates, towers and units written before the street
        (
            "kirim ke Unit 12A, Tower B, Sudirman Park Residence, Jl. KH Mas Mansyur Kav. 35",
            "Unit 12A, Tower B, Sudirman Park Residence, Jl. KH Mas Mansyur Kav. 35",
        ),
        (
            "Kompleks DPR Kalibata Blok C No. 4, Pancoran",
            "Kompleks DPR Kalibata Blok C No. 4, Pancoran",
        ),
        ("Rumah di Jl. Boulevard Raya Sektor 7, Gading Serpong", None),
        # hamlets written "Dk." and streets without a street word before RT/RW
        (
            "alamat Dk. Ngemplak RT 02 RW 01 Ds. Sidorejo Kec. Kedu",
            "Dk. Ngemplak RT 02 RW 01 Ds. Sidorejo Kec. Kedu",
        ),
        (
            "dikirim ke Flamboyan 21, RT 4 RW 9, Condongcatur, Depok, Sleman",
            "Flamboyan 21, RT 4 RW 9, Condongcatur, Depok, Sleman",
        ),
        # Singapore blocks and units
        (
            "ship to Blk 108 Tampines Street 11, #04-221, Singapore 521108 pls",
            "Blk 108 Tampines Street 11, #04-221, Singapore 521108",
        ),
        # a form's address field, also without any street word, and on the next lines
        (
            "Nama: Wulan\nAlamat: Griya Kencana 2 no 17, Cibubur\nHP: 0812",
            "Griya Kencana 2 no 17, Cibubur",
        ),
        (
            "Alamat lengkap:\nPerumahan Taman Sari\nBlok A2 No. 5\nBekasi 17114",
            "Perumahan Taman Sari\nBlok A2 No. 5\nBekasi 17114",
        ),
    ],
)
def test_addresses(text: str, value: str | None) -> None:
    if value is None:
        value = text.removeprefix("Rumah di ")
    assert addresses(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Alamat: Bekasi",
        "alamat kos: Kos Putri Melati, belakang Indomaret",
        "INFO WARGA RT 07/RW 02: kerja bakti hari Minggu",
        "Undangan rapat warga RT 03 nanti malam",
        "Ketua RT 05 minta iuran",
        "tinggal di Bandung sejak 2015",
        "ketemu di depan Stasiun Bogor jam 5",
    ],
)
def test_not_addresses(text: str) -> None:
    assert addresses(text) == []


def test_a_landmark_alone_does_not_make_a_street_address() -> None:
    (span,) = find_addresses("kantor di Jl. Sudirman dekat bundaran")
    assert span.score < 0.9


def test_property_area_after_an_address_is_not_a_unit() -> None:
    text = "dijual rumah Perum Griya Indah Blok B/7, Kab. Bogor LT 90 LB 45 SHM"
    assert addresses(text) == ["Perum Griya Indah Blok B/7, Kab. Bogor"]


CARD = (
    "PROVINSI JAWA TIMUR\nKABUPATEN KEDIRI\nNIK 3506042303900002\nNama BUDI SANTOSO\n"
    "Tempat/Tgl Lahir KAMPUNG DALEM, 23-03-1990\nJenis kelamin LAKI-LAKI\n"
    "Alamat JL RAYA PARE NO 12 GED MAKMUR\nRT/RW 003/004\nKel/Desa TULUNGREJO\n"
    "Kecamatan PARE\nAgama ISLAM\nKewarganegaraan WNI"
)


def test_identity_card_address_is_its_address_lines() -> None:
    found = addresses(CARD)
    # the RT/RW, village and district under the address are its rest, with their labels;
    # no other field runs into it
    assert found == [
        "JL RAYA PARE NO 12 GED MAKMUR\nRT/RW 003/004\nKel/Desa TULUNGREJO\nKecamatan PARE"
    ]
    for label in ("Agama", "KABUPATEN", "KAMPUNG"):
        assert not any(label in value for value in found)


def test_identity_card_address_over_an_empty_rt_rw() -> None:
    text = CARD.replace("RT/RW 003/004", "RT/RW : -")
    assert addresses(text) == [
        "JL RAYA PARE NO 12 GED MAKMUR\nRT/RW : -\nKel/Desa TULUNGREJO\nKecamatan PARE"
    ]


FAMILY_CARD = (
    "No. 3404121502160011\nNama Kepala Keluarga : SUGENG RAHARJO\nAlamat : DSN. KARANGMOJO\n"
    "RT/RW : 003/012\nDesa/Kelurahan : WEDOMARTANI\nKECAMATAN : NGEMPLAK\n"
    "Kabupaten/Kota : SLEMAN\nKode Pos : 55584\nProvinsi : DI YOGYAKARTA"
)


def test_a_family_cards_address_lines_are_masked_with_it() -> None:
    found = addresses(FAMILY_CARD)
    assert found == [
        "DSN. KARANGMOJO\nRT/RW : 003/012\nDesa/Kelurahan : WEDOMARTANI\nKECAMATAN : NGEMPLAK\n"
        "Kabupaten/Kota : SLEMAN\nKode Pos : 55584"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "alamat: kampung sawah rt 4 rw 2 no 33, jatiwaringin",
            "kampung sawah rt 4 rw 2 no 33, jatiwaringin",
        ),
        (
            "kirim ke jl. h. nawi raya no. 9 gandaria selatan cilandak ya",
            "jl. h. nawi raya no. 9 gandaria selatan cilandak",
        ),
    ],
)
def test_lower_case_areas_after_a_house_number(text: str, value: str) -> None:
    assert addresses(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jl mawar no 5, tolong kirim besok", "jl mawar no 5"),
        ("Desa Sukamaju Kec. Cibiru, sebelah timur berbatasan dengan sungai", None),
    ],
)
def test_chat_words_and_verbs_end_an_address(text: str, value: str | None) -> None:
    found = addresses(text)
    if value is not None:
        assert found == [value]
    assert not any("tolong" in v or "berbatasan" in v for v in found)
