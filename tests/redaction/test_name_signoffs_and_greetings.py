"""PERSON: sign-offs after an emoji or on a line of their own, contact and
identity lines in numbered lists, lists of names over several lines, greetings, a
person's doing or role after a name, the name a bank shows, and words that stay words."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.names_support import found, persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after an emoji: an unknown capitalised word, a name that is also a word
        ("kak besok sy ambil sendiri ke toko ya 🙏 Rubiah", "Rubiah"),
        ("pak maaf anak sy telat masuk, ban motor bocor 😥 ratna", "ratna"),
        # a line of its own, lower case and unknown
        ("makasih kak, barangnya udah nyampe\nopik", "opik"),
        # in capitals, followed by the courier's or company's acronym
        ("PAKET SUDAH SAYA TITIP DI POS SATPAM. SUPRIYADI JNE", "SUPRIYADI"),
        ("Terima kasih atas pesanannya. Wahyuni (CS)", "Wahyuni"),
    ],
)
def test_sign_offs(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "oke siap kak 🙏 Makasih",
        "mantap kak 👍 Lanjut",
        "pesanan sudah sampai\nTerima kasih",
        "OK SIAP. TERIMA KASIH",
        "Paket sdh dikirim ya kak 🙏 Shopee",
        "ready stok kak 😊\nsilakan",
        "cek dulu ya 🙏 Monday",
    ],
)
def test_sign_off_words_are_no_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Peserta senam:\n1. Marlina Tobing – 0812 7781 2290\n"
            "2. Fransina Wambrauw - 0853 1120 4471",
            ["Marlina Tobing", "Fransina Wambrauw"],
        ),
        ("Data KIS:\n1. Karsinah, NIK 3302015507800003\n2. Tarsono, NIK 3302011203790001",
         ["Karsinah", "Tarsono"]),
    ],
)  # fmt: skip
def test_contact_and_identity_lines(text: str, names: list[str]) -> None:
    assert [n for n in names if n in found(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Cabang kami:\n1. Bandung, 0812 3300 4400\n2. Toko Sentosa – 0813 1234 5678",
        "Pilihan:\n1. Premium – 0812 9999 0000",
    ],
)
def test_contact_lines_of_places_and_shops(text: str) -> None:
    assert found(text) == []


def test_a_list_of_names_over_several_lines() -> None:
    text = (
        "Jadwal jaga pos:\nKamis: Sarno, Ehok\nJumat: Rudi, Lumban\nSabtu: Tukimin, Sakera\n"
        "Mohon hadir tepat waktu"
    )
    names = ["Ehok", "Lumban", "Sakera"]
    assert [n for n in names if n in found(text)] == names
    assert "Mohon" not in found(text)


def test_a_list_of_dishes_over_several_lines() -> None:
    assert found("Menu katering:\nKamis: Soto, Rendang\nJumat: Opor, Gulai\nSabtu: Pecel") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi Dan, your order has shipped!", "Dan"),
        ("Halo Mawar! pesanan kakak sudah dikirim", "Mawar"),
    ],
)
def test_a_greeting_addresses_a_name_that_is_a_word(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Team, meeting jam 3",
        "Halo Kak, mau tanya",
        "Hi All, thanks for joining",
        "Pagi Semua, hari ini libur",
        "Dan bilang apa tadi?",
        "Dan minta tolong dicek lagi",
    ],
)
def test_greetings_without_a_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's doing after a name that is also a word
        ("guys, Intan izin pulang cepat hari ini", "Intan"),
        ("Kemarin Cahaya udah cuti, jadi shift diganti", "Cahaya"),
        # who stands in or handles it
        ("selama sy cuti, backupnya Lestari ya", "Lestari"),
        ("minggu depan pic nya Bintang", "Bintang"),
        # a role or department after the name
        ("nanti diurus sama Hesti bagian gudang", "Hesti"),
        ("Untuk retur hubungi Sisca (CS) ya", "Sisca"),
        # the name a bank or an app shows
        ("nama yang tertera SUSILAWATI kan kak?", "SUSILAWATI"),
    ],
)
def test_names_by_what_follows_or_stands_in(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Bunga mawar lagi diskon",
        "Gudang bagian belakang penuh",
        "Jakarta bagian utara banjir",
        "Pesan ke Admin (CS)",
        "backupnya di Google Drive ya",
    ],
)
def test_words_before_a_doing_or_a_role(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rapor Binsar kok belum dibagi bu?", "Binsar"),
        ("titip buat Meiske ya kak", "Meiske"),
        ("Yustina Fanggidae sudah transfer", "Yustina Fanggidae"),
        ("bu Lasmaria, Hamonangan hari ini izin", "Hamonangan"),
    ],
)
def test_batak_manado_and_eastern_names(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "nanti sy tanya ke bu kepsek dulu",
        "Pak Kaprodi sudah tanda tangan",
        "mas nopol sy b1234xy kapan jadi?",
        "Kak akun sy ga bisa login",
        "kak tiket ke Medan brp?",
    ],
)
def test_roles_and_chat_words_after_an_honorific(text: str) -> None:
    assert found(text) == []


def test_a_lower_case_name_before_a_school_word() -> None:
    assert found("anak saya namanya dimas smp 3") == ["dimas"]


def test_a_function_word_after_a_name_is_trimmed(analyzer: Analyzer) -> None:
    assert "Kezia hari" not in persons(analyzer, "Bu guru, Kezia hari ini izin ya")


@pytest.mark.parametrize(
    "text",
    [
        "ketemuan di Lippo City aja",
        "Unit di Tower Magnolia lantai 8",
    ],
)
def test_buildings_are_no_persons(analyzer: Analyzer, text: str) -> None:
    assert persons(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # regional address forms
        ("bapa yosias sudah sampai di Sorong", "yosias"),
        ("Kaka Melki tolong cek e", "Melki"),
        ("Ce Lingling, ukuran M ada?", "Lingling"),
        ("Amang Parluhutan sudah bayar", "Parluhutan"),
        ("Etek Yusnimar pesan rendang 2 kg", "Yusnimar"),
        # a relative with a possessive enclitic
        ("aku mau kirim ke temenku yusuf di Medan", "yusuf"),
        ("adiknya Kirana udah pulang", "Kirana"),
        # a tenant signing with a room
        ("pak sy telat bayar kos ya 🙏 rosmini kmr 7", "rosmini"),
    ],
)
def test_regional_address_forms_relatives_and_tenants(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "mama sy lagi sakit",
        "abah sakit dari kemarin",
        "Kaka mau pesan 2",
        "temennya banyak yg mau",
        "mohon dicek ya kak 🙏 no 12",
        "ok 🙏 kamar 3",
    ],
)
def test_address_forms_and_rooms_without_a_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ini nopi mau tanya stok", "nopi"),
        ("sy ucha mau order 2 pcs", "ucha"),
        ("halo kak, aku jeje yg kemarin pesan hoodie", "jeje"),
        ("sy keke kmr 5 mau bayar", "keke"),
    ],
)
def test_a_lower_case_unknown_name_introducing_the_speaker(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "saya pribadi mau tanya",
        "ini emang dari Bandung",
        "ini barang dari Jepang",
        "ini stok yg kemarin",
        "ini baju dari China",
        "sy blm mau bayar",
        "Sy pendatang dr Ambon, mau tanya",
        "sy perantau mau tanya syarat",
    ],
)
def test_words_after_saya_are_no_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Butonese names: "La Ode", "Wa Ode"
        ("data kami:\n1. La Ode Yusran, NIK 7223205309922279\n2. istri Wa Ode Nurmiati",
         ["La Ode Yusran", "Wa Ode Nurmiati"]),
        # list items with an address after the name
        ("Penerima:\n- Yonatan Zebua, Blok B2 No. 3\n- Paiman - Gg. Kenanga 4",
         ["Yonatan Zebua", "Paiman"]),
        # "hub" (hubungi) before a seller's name
        ("Tanah dijual, SHM. Hub Nyoman 0812 3344 5566", ["Nyoman"]),
        # a parent named after the child
        ("bu sy ibunya Kanaya, SPP udh sy transfer", ["Kanaya"]),
    ],
)  # fmt: skip
def test_butonese_names_list_items_and_contacts(text: str, names: list[str]) -> None:
    assert [n for n in names if n in found(text)] == names


@pytest.mark.parametrize(
    "text",
    ["La Liga musim ini seru", "Hub CS kami di 0812 3344 5566", "kontak Admin ya kak"],
)
def test_no_butonese_name_or_contact(text: str) -> None:
    assert found(text) == []


def test_list_items_with_the_rest_of_their_line() -> None:
    text = (
        "Daftar penerima:\n1. Mbah Painem - Gg. Kenari 2 No. 4\n2. Paijo - Gg. Kenari 2 No. 11\n"
        "3. Ratminah - belakang masjid\n4. Gendhuk - samping pos ronda\nAmbil Sabtu jam 8"
    )
    assert found(text) == ["Painem", "Paijo", "Ratminah", "Gendhuk"]


def test_a_price_list_is_no_list_of_names() -> None:
    text = "Stok:\n- Kemeja - 150rb\n- Celana - 200rb\n- Jaket - 300rb\n- Rok - 100rb"
    assert found(text) == []


def test_a_form_label_before_an_address_is_no_contact() -> None:
    assert found("Alamat: Jl. Kenari 4\nTempat Tinggal: Gg. Mawar 2") == []
