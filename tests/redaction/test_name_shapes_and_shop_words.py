"""PERSON: name shapes joined by particles, syllables and user names; signatures with a role;
and capitalised shop, app and service words that are no names."""

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
        # Batak "Br." with its capital and dot, Bugis-Makassar "Daeng" inside a name
        ("Wali murid: Tiurma Br. Simanjuntak", "Tiurma Br. Simanjuntak"),
        ("kirim ke Andi Baso Daeng Tojeng ya", "Andi Baso Daeng Tojeng"),
        # a short Chinese given name that is also a chat word
        ("penyewa mobilnya Lim Kok Hua, besok balik", "Lim Kok Hua"),
        # Korean given names with their hyphen, after the family name or alone
        ("the new tenant is Moon Ga-eun? no, Moon Seo-jin", "Moon Seo-jin"),
        ("kak, sy Eun-ji mau reschedule", "Eun-ji"),
        # a name that is also a word, before what only a person does
        ("td Permata udah transfer dp nya", "Permata"),
        ("Cahaya ga dateng latihan kemarin", "Cahaya"),
        # a user name of a first name and any word
        ("akun yg nipu namanya dimas_keren99 kak", "dimas_keren99"),
        # a full name in lower case after "saya", both names also words
        ("halo kak, sy indah lestari mau tanya", "indah lestari"),
        # a bank's security question without "nama"
        ("ibu kandung Sukarsih, tgl lahir sy 3 Mei", "Sukarsih"),
        # signatures with the writer's role or team first
        ("Jadwal imunisasi besok jam 8. - Bidan Yuliani", "Yuliani"),
        ("Server sudah normal kembali. - IT, Wahyu", "Wahyu"),
        # an English possessive before a relative
        ("Hello, this is Danu's dad, he is sick today", "Danu"),
        # a short name that is also a rare word, after a capitalised honorific
        ("nanti diambil Kang Jaja ya", "Jaja"),
        # a speaker naming themself in English, a name called after "ya"
        ("Good morning. Oskar here. Is the room ready?", "Oskar"),
        ("semoga lekas pulih ya Odelia!", "Odelia"),
        # an honorific and a neighbourhood office before a lower-case name
        ("td sudah lapor ke pak rw sukirno", "sukirno"),
        # an English role before a name that is also a word
        ("our nanny Intan will pick him up", "Intan"),
    ],
)
def test_name(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name repeated after a sure cue, although it is also a word
        ("tolong tulis buat anak sy Melati, 'Selamat ulang tahun Melati'", "Melati"),
        ("Name: Lena Hoffmann, check-in Friday", "Lena Hoffmann"),
        # an unknown word found as a name is that name wherever it is capitalised again
        ("Hi, this is Haneul's dad. Haneul has a fever today", "Haneul"),
    ],
)
def test_every_mention(analyzer: Analyzer, text: str, name: str) -> None:
    assert persons(analyzer, text).count(name) == text.count(name)


@pytest.mark.parametrize(
    "text",
    [
        # capitalised service, app and shop words
        "Layanan SIM Keliling hari ini di depan balai kota",
        "Login baru terdeteksi dari perangkat lain",
        "paket sudah diserahkan ke kurir Ninja Express",
        "Salam hangat, Tim Dukungan Pelanggan",
        "kamar kosong di Kos Hijau dekat kampus",
        "Griya Kartika buka pendaftaran penghuni baru",
        "unit baru dari Agung Podomoro Land tersedia",
        "Paket Exclusive sudah termasuk sarapan",
        "Asuransi Mandiri Sentosa memproses klaim 3 hari",
        "kak premi bulan ini naik ya?",
        "kak pesen nasi goreng 2 ya",
        "tolong cek tiket Jira yang kemarin",
        "hp sy Galaxy A35 layarnya retak",
        "Mitra, pesanan sudah dibatalkan oleh sistem",
        # promo codes in capitals
        "pakai kode HEMATAKHIRBULAN dapat diskon 20%",
        "masukkan voucher: GRATISONGKIR saat bayar",
        # a business named after its owner with a possessive
        "kuenya dari Lily's Bakery enak banget",
        # a street named after a person
        "ambil di bengkel Jl. Setia Budi No. 12 ya",
        "tokonya di Jl. Teuku Umar Barat No. 5",
        # chat's "dr" for "dari" before a place
        "anak pindahan dr Nias kak",
        "hotelnya cuma 200m dr Masjidil Haram",
        # an ordinary signature team, and a word after a pronoun that is no name
        "maaf server down - IT Support",
        "ini intan permata asli kak?",
        # hyphenated words that are no Korean names
        "So-so aja rasanya kak",
        "Ha-ha iya kak",
        "Check-in mulai jam 2",
        "Permata sudah dikirim ke alamat",
        "Cahaya lampunya redup",
        # a role after an honorific, a form of address after "ya", an English word before "here"
        "nanti Pak Tentara yang jaga",
        "ditunggu kabarnya ya Bund!",
        "makasih ya Kak!",
        "All good here. See you tomorrow",
        "sampai jumpa ya Senin!",
        # a colloquial verb after an honorific and an office
        "pak RT nitip pesan buat warga",
        "bu rw ngasih info iuran",
        "pak rt sudah tau",
    ],
)
def test_no_name(text: str) -> None:
    assert found(text) == []


def test_a_conjunction_between_names_keeps_them_apart() -> None:
    assert found("Budi Dan Rina datang besok") == ["Budi", "Rina"]


@pytest.mark.parametrize(
    "text",
    [
        "Layanan SIM Keliling hari ini di depan balai kota",
        "Login baru terdeteksi dari perangkat lain",
        "paket sudah diserahkan ke kurir Ninja Express",
        "kamar kosong di Kos Hijau dekat kampus",
        "pakai kode HEMATAKHIRBULAN dapat diskon 20%",
        "tolong cek tiket Jira yang kemarin",
        "kuenya dari Lily's Bakery enak banget",
        "Mitra, pesanan sudah dibatalkan oleh sistem",
        # compounds, English plurals and medical specialities
        "Cut-off transfer jam 3 sore ya",
        "Tickets sudah saya kirim ke email",
        "rujukan ke dr. Spesialis Kandungan minggu depan",
    ],
)
def test_no_person_from_any_recognizer(analyzer: Analyzer, text: str) -> None:
    assert persons(analyzer, text) == []
