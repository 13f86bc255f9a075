"""PERSON: businesses named after their owner, saints, holidays and rooms named after people,
regional honorifics (cues, never part of the name), brands, towns and greetings."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer

_ANALYZER = Analyzer(cache_size=0)


def persons(text: str) -> list[str]:
    return [text[e.start : e.end] for e in _ANALYZER.analyze(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a business named after its owner, with an honorific
        ("Pesan kue di Warung Bu Sri aja, enak", "Sri"),
        ("Bengkel Koh Ahong tutup hari ini", "Ahong"),
        ("Toko Haji Ali buka jam berapa?", "Ali"),
        ("Toko Emas Pak Haji Mahmud pindah ke ruko sebelah", "Mahmud"),
        ("Rumah Makan Bu Tini rame terus", "Tini"),
        ("Jahitan di Penjahit Bu Ratmi udah jadi", "Ratmi"),
        ("Soto Lamongan Cak Har buka sampai malam", "Har"),
        ("Martabak Bangka Acong yg di pasar masih buka?", "Acong"),
        ("daftar kamar di Kost Bu Harjo ya", "Harjo"),
        ("kirim ke kos bu harjo kamar 4 ya", "harjo"),
        ("periksa gigi di Klinik dr. Hendra aja", "Hendra"),
        # a firm named after its partners, an office, a hall
        ("Kantor Hukum Lubis & Rekan sudah kirim somasi", "Lubis"),
        ("urus akta di Kantor Notaris Sutanto minggu depan", "Sutanto"),
        ("resepsi di Gedung Serbaguna Kartika jam 11", "Kartika"),
        ("alamat RS nya RSUP Dr. Hasan Sadikin, ruang ICU", "Sadikin"),
        # saints, holidays and rooms named after people
        ("Pendaftaran Komuni paroki St. Yoseph dibuka", "Yoseph"),
        ("Koor dari wilayah Santa Maria Goretti", "Maria"),
        ("Misa di Gereja Santo Fransiskus Xaverius", "Fransiskus"),
        ("dalam rangka Hari Kartini siswa pakai kebaya", "Kartini"),
        ("santri putri tinggal di kamar Khadijah 3", "Khadijah"),
        # streets named after heroes, with initials
        ("lewat Jl. H.R. Rasuna Said aja, lebih lancar", "Rasuna"),
        ("Venue: Jl. M.H. Thamrin No. 1", "Thamrin"),
        # garments, brands and vehicles
        ('Pesanan "Gamis Aisyah size L" sudah dikirim', "Aisyah"),
        ("hijab model Pashmina Khadijah masih ada kak?", "Khadijah"),
        ("Yang nanya Avanza Veloz warna putih", "Veloz"),
        ("Kendaraan: Hino Dutro plat H 8812 OB", "Dutro"),
        ("kami dari Yamaha Putra Jaya Motor, promo DP murah", "Putra"),
        ("lobby JIExpo Kemayoran jam 6 pagi", "JIExpo"),
        # towns after a word of place or direction
        ("stok di gudang Maros tinggal 40 kg", "Maros"),
        ("tunggu kiriman dari Enrekang aja", "Enrekang"),
        ("trekking via Sembalun Rp 2,8 jt", "Sembalun"),
        ("kapal dari Tanjung Priok ke Makassar", "Priok"),
        ("ambil unitnya di agen Anteraja Kec. Tondano", "Tondano"),
        # companies by their legal form after, codes and tax statuses in capitals
        ("invoice dari Feldmann Design GmbH sudah masuk", "Feldmann"),
        ("status pajak PTKP K/1 ya", "PTKP"),
        # a day after an honorific
        ("Kurir akan menjemput paket Bapak/Ibu hari ini pukul 13.00", "hari"),
        # religious phrases and greetings
        ("Puji syukur, Tuhan Yesus memberkati", "Yesus"),
        ("Alhamdulillah, Masya Allah lancar acaranya", "Masya"),
        ("Jazakumullah khairan utk donatur", "Jazakumullah"),
        ("Om Swastyastu, rapat banjar Kamis malam", "Swastyastu"),
        # a sentence end after an honorific, and what follows it
        ("terima kasih Bapak Ibu. Sabar ya utk fotonya", "Sabar"),
        # words that open a sentence
        ("Barusan masuk kodenya tp udh expired", "Barusan"),
        ("Remedial Kamis 12 Desember", "Remedial"),
        ("Salam,\nDesi – Talent Acquisition", "Talent"),
    ],
)
def test_not_a_name(text: str, word: str) -> None:
    assert not any(word in found for found in persons(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person with an honorific outside a business's name
        ("beli di tokonya Pak Harjono aja", "Harjono"),
        ("nanti saya sampaikan ke penjaga kost mas Parjo", "Parjo"),
        ("pak RT, bapak kos Doni muntaber sejak kemarin", "Doni"),
        # a CV is a person's before an honorific
        ("CV Kang Asep Saepudin tos dikirim ka HRD?", "Asep Saepudin"),
        # regional honorifics open the name and are no part of it
        ("Jeng Wiwik, arisan bulan depan di rumahmu ya", "Wiwik"),
        ("Pace Yulianus Wakerkwa baru datang dari Jayapura", "Yulianus Wakerkwa"),
        ("Wali baptis: Nantulang Erika", "Erika"),
        ("Oke Koh Hendra, Laoshi Tan Siu Lan besok ada jadwal", "Tan Siu Lan"),
        ("Selamat sore Ito, saya Rotua Simbolon", "Rotua Simbolon"),
        ("Daeng Tata, stok kopi tinggal 40 kg", "Tata"),
        ("Uni Rahmi, rumah gadang dijual juo ndak?", "Rahmi"),
        ("atas nama boru tobing ya kak", "tobing"),
        # a speaker's name before a colon
        ("~ Bu Erlin: selamat datang bapak ibu warga Blok F", "Erlin"),
        # a surname that looks like an affixed word after a known first name
        ("my wife's name is Annika Bergmann", "Annika Bergmann"),
        ("3. Yohanes Berchmans Ratu", "Yohanes Berchmans Ratu"),
        # a Chinese family name that is also a word, after a known first name
        ("I'm Rachel Wong, the one with the peanut allergy", "Rachel Wong"),
        # a signature with the writer's shift
        ("sy izin gk masuk 2 hari ya. Agung - shift B", "Agung"),
        # a name on a card, a name in Chinese characters after its romanised form
        ("Cardholder Olivia Tanuwijaya minta naik limit", "Olivia Tanuwijaya"),
        ("Name on card EMMA K LINDQVIST, please charge it", "EMMA K LINDQVIST"),
        ("Ketua rombongan namanya Zhang Wei (张伟), nomernya +86 138", "张伟"),
        # list items with an amount, a name that is also a town's in a list of names
        ("Rekap komisi:\n- dewi 4,2jt\n- anton 3,8jt\n- Cici Susanti 2,9jt", "anton"),
        ("Piket Senin: Bima, Clarissa, Ahmad", "Bima"),
        # a child's parents, a signature with a role or a town, a name called at the start
        ("Besok sy kabari orang tua Bima", "Bima"),
        ("sy titip setoran ya. mksh. - tatik", "tatik"),
        ("paketnya udh nyampe 🥰\nsalam,\nnining - bekasi", "nining"),
        ("ditunggu orderan selanjutnya 🙏\n~ admin yusuf", "yusuf"),
        ("yanti tolong bilangin ke ucok, lembur batal", "yanti"),
        # a name that is a month's, mid-sentence after its first mention
        ("Anak sy Melati ulang tahun. Melati suka kue.", "Melati"),
    ],
)
def test_name(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_month_opening_a_sentence_is_no_mention_of_a_colleague_so_named() -> None:
    assert persons("tolong Bu Mei siapkan suratnya. Mei nanti kita evaluasi") == ["Mei"]


def test_a_hyphenated_hotel_is_no_signature() -> None:
    assert persons("call time 05.30 di lobby Swiss-Belhotel") == []


def test_a_bare_word_in_brackets_is_no_chinese_name() -> None:
    assert persons("Menu: Bakpao (包子) 5rb") == []


def test_a_list_does_not_start_at_a_town() -> None:
    text = "KAB. SLEMAN D.I. YOGYAKARTA 55581\nAnggota: SUGIYONO, WAGIYEM, DWI SETIAWAN"
    assert {"SUGIYONO", "WAGIYEM"} <= set(persons(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # known names written together are a name, not a brand
        ("nama saya WulandariKusumaningrum", ["WulandariKusumaningrum"]),
        ("nama saya Wulandari\u200bKusumaningrum", ["Wulandari\u200bKusumaningrum"]),
        # a brand's capitals inside a word made of words that are not both names
        ("kirim pakai KirimCepat aja", []),
        ("parkir di TowerAspen lantai 2", []),
    ],
)
def test_names_written_together(text: str, found: list[str]) -> None:
    assert persons(text) == found
