"""PERSON: Chinese given names after a family name, names written together with "Nur"/"Sri",
names that are words in a person's context, user and device names; and names that belong to
an institution, a business or a pet, or to no one."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.names_support import found, persons


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(cache_size=0)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one-syllable Chinese given names after the family name, even ordinary words
        ("tolong cek transfer a.n Lim Sen Hok ya", "Lim Sen Hok"),
        ("Ong Kiat Bun sudah bayar DP kemarin", "Ong Kiat Bun"),
        ("titip ke Oei Tiong Ham di lobi", "Oei Tiong Ham"),
        # a name part written together with a gazetteer name
        ("Penanggung jawab: Budi Nurhidayah", "Budi Nurhidayah"),
        ("Kontak darurat: Rudi Nurjanah (0812 5555 0101)", "Rudi Nurjanah"),
        # a name that is also a word, before a person's health
        ("nanti Mawar alergi kacang ya kak", "Mawar"),
        ("Bunga demam dari semalam bu", "Bunga"),
        # a name that is also a word, after "saya" and what introduces the speaker
        ("kak sy intan yg kemarin pesan kue", "intan"),
        ("min aku mawar mau tanya ongkir", "mawar"),
        # user names with an underscore or a dot after their label
        ("username: sitirahma_olshop", "sitirahma_olshop"),
        ("akun ig: dewiputri_22 kak", "dewiputri_22"),
        # a computer named after its user
        ("tolong remote PC-HARYANTO ya", "HARYANTO"),
        # a name that is also a word, in a list with an honorific before an item
        ("Fajar, Mawar sama tante Yuni ikut ya", "Mawar"),
        # a sure name in lower case before what only a person does
        ("td siang fajar nelpon nanyain paket", "fajar"),
        ("kemarin rudi transfer 200rb", "rudi"),
        # a relative with a detached possessive: "ortu nya", "adek nya"
        ("ortu nya kenzo mau tanya jadwal", "kenzo"),
        # a sure name alone in capitals among lower-case words
        ("nanti yg jemput SUPRIYADI ya kak", "SUPRIYADI"),
    ],
)
def test_name(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tagihan atas nama Tan Kok Bun sudah lunas", "Tan Kok Bun"),
        ("pengirim a.n Hilda Rosalina", "Hilda Rosalina"),
        ("ini dr Lukas kelas 4A. Lukas izin sakit", "Lukas"),
    ],
)
def test_whole_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in persons(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # public institutions named after a person
        "jemput di Terminal Domestik Sultan Hasanuddin jam 9",
        "rapat wali murid di SDIT Al Hikmah hari Sabtu",
        "lomba di Stadion Gelora Bung Tomo minggu depan",
        "kuliah di Universitas Ahmad Dahlan semester 3",
        "acara di Masjid Agung Baiturrahman",
        # a business's nickname for its owner, with an honorific before an ordinary word
        "servis di Bengkel Sinar Motor Pak Kumis aja",
        "Sate Pak Kumis buka sampai malam",
        # a pet named further on
        "Found cat, white and fluffy, answers to the name Mochi",
        "lost dog, black and tan, last seen wearing red collar, named Bruno",
        # a formal word for a child, an interjection, app words, mourning words
        "syukuran khitanan ananda di rumah",
        "Aduh maaf kak telat",
        "Waduh, paketnya belum sampai",
        "kak paylater sy kena denda",
        "almarhum ayah sudah lunas",
        # words after "ini" and after "saya" that are no introductions
        "ini bunga yg kemarin dipesan",
        "sy juga mau tanya",
        # not a Chinese given name, nor a device's user
        "bayar pakai Go Pay aja",
        "laptop-nya rusak kak",
        "PC-KASIR mati lagi",
        "username: admin_gudang",
        # an initial glued to a class number
        "kelas 3B. Besok libur",
        # a business after a person's form label, and an AI assistant
        "Pickup point for the driver: Nirwana Resort, Jl. Pantai",
        "API key yg Claude: lihat di vault",
        # ordinary words before what a person does, a relative without a name
        "minggu transfer ya kak",
        "harga transfer brp",
        "ibu nya sakit apa",
        "semua bilang bagus",
        # a word in capitals among lower-case words, a code
        "pakai kode DEWI ya kak",
        "ukuran JUMBO ya kak",
    ],
)
def test_no_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "pickup Terminal Internasional I Gusti Ngurah Rai at 10:00",
        "Pengumuman: rapor dibagi di SDIT Al Fikri hari Sabtu",
        "transfer a.n Maya Putri, akun toko a.n Maya Collection",
        "Undangan khitanan ananda Rafi, Minggu jam 10",
    ],
)
def test_no_other_person(analyzer: Analyzer, text: str) -> None:
    found_persons = persons(analyzer, text)
    assert not any(
        word in name
        for name in found_persons
        for word in ("Gusti", "Fikri", "Collection", "ananda")
    )
    assert "Maya" not in found_persons
