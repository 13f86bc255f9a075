"""PERSON names in Indonesian, English and mixed chat text."""

from __future__ import annotations

import pytest

from redaction.analyzer import DEFAULT_THRESHOLD, Analyzer
from redaction.entities import Entity
from redaction.recognizers.names import (
    IndonesianNameRecognizer,
    clean_person_entities,
    find_names,
)
from tests.redaction.names_support import found, persons

CHAT = (
    "Halo kak, saya Siti Rahmawati, NIK 3174055507900001, alamat Jl. Kebon Jeruk Raya No 12 "
    "RT 003/RW 005, Kec. Kebon Jeruk, Jakarta Barat 11530. No HP 0812 3456 7890"
)


# --- the recognizer on its own --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selamat pagi Pak Budi Santoso, pesanan sudah dikirim", "Budi Santoso"),
        ("Bu Ratna, paketnya sudah sampai?", "Ratna"),
        ("Bapak Hendra mohon dicek", "Hendra"),
        ("Ibu Wulandari yang terhormat", "Wulandari"),
        ("makasih kak Yuni", "Yuni"),
        ("Mas Agus tolong cek stok", "Agus"),
        ("Mbak Dewi, kuenya enak", "Dewi"),
        ("Bang Rizal udah transfer?", "Rizal"),
        ("Dik Nanda mau ikut?", "Nanda"),
        ("Kepada Sdr. Andi Saputra", "Andi Saputra"),
        ("Sdri. Nurul Hidayah diminta hadir", "Nurul Hidayah"),
        ("Undangan untuk Hj. Aminah", "Aminah"),
        ("Ceramah oleh H. Abdul Somad", "Abdul Somad"),
        ("Jadwal Dr. Irawan besok", "Irawan"),
        ("periksa ke dr. Fitri", "Fitri"),
        ("nama saya Bayu Pratama", "Bayu Pratama"),
        ("namaku Salsabila", "Salsabila"),
        ("pesanan atas nama Dewi Lestari", "Dewi Lestari"),
        ("transfer a.n. Joko Susilo", "Joko Susilo"),
        ("rekening an. Hadi Wibowo", "Hadi Wibowo"),
        ("Dengan Andi di sini, ada yang bisa dibantu?", "Andi"),
        ("ini Wahyu ya kak", "Wahyu"),
        ("paket dari Rina ya kak", "Rina"),
        ("Saya Andreas Wijaya, mau tanya tagihan", "Andreas Wijaya"),
        ("aku Indra, mau pesan", "Indra"),
    ],
)
def test_each_cue_gives_the_name_without_the_cue(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("halo kak, aku rina mau tanya ongkir", "rina"),
        ("nama saya siti nur aisyah, mau pesan 2", "siti nur aisyah"),
        ("pak budi santoso sudah transfer belum?", "budi santoso"),
        ("atas nama dewi lestari ya", "dewi lestari"),
        ("nama saya yuyun, mau tanya", "yuyun"),  # not in the gazetteer: the cue suffices
        ("makasih mbak wulan", "wulan"),
    ],
)
def test_lower_case_names_after_a_cue(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("saya Muhammad Rizky Pratama, kirim ke Bogor", "Muhammad Rizky Pratama"),
        ("Nama: Siti Nur Aisyah", "Siti Nur Aisyah"),
        ("Kemarin ketemu Pak Joko Widodo di acara", "Joko Widodo"),
        ("penerima M. Rizky Ramadhan", "M. Rizky Ramadhan"),
    ],
)
def test_multi_word_names_take_all_their_words(text: str, name: str) -> None:
    assert name in found(text)


def test_gazetteer_names_without_cue_when_capitalised() -> None:
    text = "Rapat dihadiri Budi Santoso dan Siti Rahmawati kemarin."
    assert found(text) == ["Budi Santoso", "Siti Rahmawati"]
    assert found("kemarin Wahyu datang terlambat") == ["Wahyu"]


def test_form_label_value_in_capitals() -> None:
    text = "NIK 3174055507900001\nNama ELIZABETH JANUARTI W\nTempat/Tgl Lahir BANDUNG, 17-03-1974"
    assert found(text) == ["ELIZABETH JANUARTI W"]


@pytest.mark.parametrize(
    "text",
    [
        "pemandangan di puncak indah banget",
        "beli sari roti di indomaret",
        "putri salju dan tujuh kurcaci",
        "semoga usahanya jaya selalu",
        "bunga mawar merah",
        "saya mau tanya ongkir ke bandung",
        "aku lagi di jalan nih",
        "ini barangnya sudah sampai",
        "Selamat siang, ada yang bisa kami bantu?",
        "Terima kasih, mohon ditunggu",
        "saya tinggal di Bandung",
    ],
)
def test_ordinary_words_are_not_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Barangnya sudah sampai di Toko Sinar Jaya",
        "Saya kerja di PT Maju Bersama",
        "Beli di Indomaret atau Tokopedia saja",
        "Kirim lewat JNE atau SiCepat",
        "Sholat di Masjid Agung",
    ],
)
def test_shop_and_company_names_are_not_persons(analyzer: Analyzer, text: str) -> None:
    assert persons(analyzer, text) == []


def test_recognizer_reports_presidio_results() -> None:
    recognizer = IndonesianNameRecognizer()
    text = "terima kasih Pak Wahyu"
    results = recognizer.analyze(text, ["PERSON"])
    assert [(text[r.start : r.end], r.entity_type) for r in results] == [("Wahyu", "PERSON")]
    assert results[0].score >= 0.7
    assert recognizer.analyze(text, ["EMAIL_ADDRESS"]) == []


def test_scores_follow_the_evidence() -> None:
    def score(text: str) -> float:
        (span,) = find_names(text)
        return span.score

    assert score("atas nama Budi Santoso") >= 0.7  # cue + gazetteer
    assert score("Pak Budi") >= 0.7
    assert score("kemarin Budi datang") < score("kata Budi")
    # An ambiguous word after a cue is a name, without one it is not reported.
    assert score("Kak Indah") >= 0.7
    assert all(s.score < DEFAULT_THRESHOLD for s in find_names("Indah sekali"))


# --- clean-up of other recognizers' PERSON results ----------------------------------


def test_clean_up_trims_honorifics_and_indonesian_words() -> None:
    text = "Terima kasih Pak Wahyu, barangnya sudah sampai"
    spacy_like = [
        Entity("PERSON", 6, 22, 0.85),  # "kasih Pak Wahyu"
        Entity("PERSON", 24, 46, 0.85),  # "barangnya sudah sampai"
    ]
    cleaned = clean_person_entities(text, spacy_like)
    assert [text[e.start : e.end] for e in cleaned] == ["Wahyu"]


def test_clean_up_drops_stopwords_places_and_organisations() -> None:
    text = "Halo kak, kirim ke Jl. Melati, Kec. Kebon Jeruk, Jakarta Barat. Toko Sinar Jaya"
    spans = ["Halo", "Jl", "Kec", "Kebon Jeruk", "Barat", "Sinar Jaya", "Toko Sinar Jaya"]
    entities = [Entity("PERSON", text.index(s), text.index(s) + len(s), 0.85) for s in spans]
    assert clean_person_entities(text, entities) == []


def test_clean_up_keeps_english_names_and_other_types() -> None:
    text = "Please call John Smith tomorrow"
    entities = [Entity("PERSON", 12, 22, 0.85), Entity("PHONE_NUMBER", 0, 6, 0.9)]
    assert clean_person_entities(text, entities) == entities


# --- the full analyzer ---------------------------------------------------------------


def test_the_issue_example(analyzer: Analyzer) -> None:
    entities = analyzer.analyze(CHAT)
    assert persons(analyzer, CHAT) == ["Siti Rahmawati"]
    addresses = [CHAT[e.start : e.end] for e in entities if e.type == "ADDRESS"]
    assert addresses == [
        "Jl. Kebon Jeruk Raya No 12 RT 003/RW 005, Kec. Kebon Jeruk, Jakarta Barat 11530"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("halo kak, aku rina mau tanya ongkir ke bandung berapa ya", ["rina"]),
        ("Selamat pagi Bu, pesanan atas nama Budi Santoso sudah dikirim", ["Budi Santoso"]),
        ("Terima kasih Pak Wahyu, barangnya sudah sampai di Toko Sinar Jaya", ["Wahyu"]),
        ("Gan, ini Wahyu dari Indomaret ya. Ongkir ke Surabaya berapa?", ["Wahyu"]),
        ("Dengan Andi di sini, ada yang bisa dibantu?", ["Andi"]),
        ("Kak Indah, pemandangan indah banget di sana", ["Indah"]),
        ("Halo kak, mohon dibantu min, ongkir ke Bandung berapa?", []),
    ],
)
def test_chat_messages(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert persons(analyzer, text) == expected


def test_english_names_are_still_found(analyzer: Analyzer) -> None:
    text = "My name is John Smith and I work with Mary Johnson."
    assert persons(analyzer, text) == ["John Smith", "Mary Johnson"]


# --- labels, signatures, particles, written forms -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nama bayu 🙏", "bayu"),
        ("cancel membership aku. Nama fikri haikal, cabang Kemang", "fikri haikal"),
        ("nama ibu kandung Suminah, 4 digit terakhir", "Suminah"),
        ("Nama penerima Ni Luh Putu Ayu Lestari, alamat", "Ni Luh Putu Ayu Lestari"),
        ("Recipient: David Miller", "David Miller"),
        ("IBAN DE89 3704, beneficiary Klaus Bergmann. Fee?", "Klaus Bergmann"),
        ("we will refund it.\n– Tasya, Customer Care", "Tasya"),
        ("penerimanya Debora br Tarigan", "Debora br Tarigan"),
        ("Your pick-up driver Lalu Ahmad is waiting", "Lalu Ahmad"),
    ],
)
def test_labels_signatures_and_name_particles(text: str, name: str) -> None:
    assert name in found(text)


def test_written_forms_of_names() -> None:
    assert "SARAGIH/RONALDO" in found("e-ticket SARAGIH/RONALDO MR, flight QZ 7510")
    assert "andre.kurniawan" in found("User andre.kurniawan tidak bisa login")
    assert found("file data.json dan config.yaml") == []


@pytest.mark.parametrize(
    "text",
    [
        "nama barang nya apa kak?",  # a label, but no name after it
        "- 20 box cookies\n- kirim besok",  # a list, not a signature
        "kelas 3B dan 7A",  # letters glued to digits are codes
    ],
)
def test_labels_without_a_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Total Rp 25.000 ya kak",
        "Selamat siang, ini dengan Klinik Pratama Sehat Sentosa.",
        "Sy mau refund tiket kereta Argo Bromo Anggrek tgl 5",
        "Saya Hendro dari Ray Properti",
        "kapal ke Gili Trawangan besok",
        "Pick-up: Ngurah Rai airport, 10 June",
    ],
)
def test_currencies_shops_and_places_are_not_persons(analyzer: Analyzer, text: str) -> None:
    assert [p for p in persons(analyzer, text) if p != "Hendro"] == []


def test_a_name_after_an_organisation_with_name_evidence_stays(analyzer: Analyzer) -> None:
    text = "Ketua Umum Partai Demokrat Anas Urbaningrum menegaskan"
    assert "Anas Urbaningrum" in persons(analyzer, text)
    assert persons(analyzer, "arisan di rumah Tante Lany ya") == ["Lany"]
