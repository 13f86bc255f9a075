"""Synthetic chat traffic for the speed benchmark: WhatsApp-style customer messages.

Every text is generated from a seed, so a run is reproducible, and every call returns a
new text (names, numbers and order ids vary), so that a cache of identical texts does
not flatter either side. Messages mix Indonesian and English and carry the personal
data the proxy must find: names, phone numbers (``0812-3456-7890``, ``+62 ...``),
e-mail addresses, NIKs and street addresses.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SHORT_MIN_CHARS = 150
SHORT_MAX_CHARS = 400
SHORT_GOAL_MAX_CHARS = 330  # a message stops growing past a goal drawn up to this
HISTORY_TURNS = 20
LONG_MIN_CHARS = 100_000

FIRST_NAMES = (
    "Siti", "Budi", "Agus", "Dewi", "Rina", "Andi", "Putri", "Rizky", "Wahyu", "Indah",
    "Fajar", "Nur", "Dian", "Eko", "Yuni", "Hendra", "Ayu", "Bayu", "Lestari", "Joko",
    "Maria", "Kevin", "Sarah", "Michael", "Fitri", "Arif", "Ratna", "Teguh", "Wulan", "Dimas",
)  # fmt: skip
LAST_NAMES = (
    "Rahmawati", "Santoso", "Wijaya", "Setiawan", "Pratama", "Hidayat", "Saputra",
    "Kusuma", "Nugroho", "Lestari", "Siregar", "Simanjuntak", "Nasution", "Halim",
    "Gunawan", "Susanto", "Hakim", "Purnomo", "Tanjung", "Wibowo", "Sitompul", "Harahap",
)  # fmt: skip
STREETS = (
    "Melati", "Sudirman", "Merdeka", "Diponegoro", "Gatot Subroto", "Kenanga", "Mawar",
    "Ahmad Yani", "Pahlawan", "Cempaka Putih", "Raya Bogor", "Kebon Jeruk", "Veteran",
)  # fmt: skip
AREAS = (
    ("Kebayoran Baru", "Jakarta Selatan", "121"),
    ("Cengkareng", "Jakarta Barat", "117"),
    ("Coblong", "Bandung", "401"),
    ("Tegalsari", "Surabaya", "602"),
    ("Medan Baru", "Medan", "201"),
    ("Denpasar Barat", "Denpasar", "801"),
    ("Mlati", "Sleman", "552"),
    ("Tembalang", "Semarang", "502"),
)
EMAIL_DOMAINS = ("gmail.com", "yahoo.co.id", "outlook.com", "example.co.id", "mail.com")
PRODUCTS = (
    "kemeja batik", "sepatu lari", "tas ransel", "paket data 20GB", "kopi arabika 1kg",
    "blender", "jaket hoodie", "skincare set", "headset bluetooth", "voucher hotel",
)  # fmt: skip

PERSONAL_SLOTS = ("{name}", "{phone}", "{email}", "{nik}", "{address}")
# One sentence per slot; {name}, {phone}, {email}, {nik}, {address}, {order}, {product}.
SENTENCES = (
    "Halo kak, saya {name} mau tanya status pesanan {order} ya.",
    "Hi, this is {name}, I ordered the {product} last week (order {order}).",
    "Nomor WA saya {phone}, tolong kabari kalau barangnya sudah dikirim.",
    "You can reach me at {phone} or by email at {email}.",
    "Email saya {email}, invoice-nya dikirim ke situ aja ya kak.",
    "Alamat pengiriman: {address}.",
    "Please ship it to {address}, my old address is no longer valid.",
    "Untuk verifikasi, NIK saya {nik} atas nama {name}.",
    "My ID number (NIK) is {nik} in case you need it for the warranty.",
    "Barangnya {product} tapi warnanya beda dari foto, bisa tukar?",
    "Tolong hubungi suami saya {name} di {phone} kalau saya tidak angkat.",
    "Terima kasih banyak, ditunggu kabarnya.",
    "Is there any promo for {product} this month?",
    "Kemarin kurirnya bilang alamat tidak ditemukan, padahal sudah benar.",
)  # fmt: skip
REPLIES = (
    "Baik kak {first}, pesanan {order} sedang kami cek ke gudang dan akan kami kabari "
    "secepatnya melalui WhatsApp ya.",
    "Hi {first}, thanks for reaching out! Your order {order} has been packed and will be "
    "handed to the courier today.",
    "Mohon maaf atas ketidaknyamanannya kak {first}. Kami sudah catat alamat barunya dan "
    "tim kami akan memproses penukaran {product}.",
    "Sure {first}, we have updated the contact details on your account. Anything else we "
    "can help with?",
    "Terima kasih kak, datanya sudah kami terima. Estimasi pengiriman 2-3 hari kerja ke "
    "alamat yang kakak berikan.",
    "Noted {first}. The refund for {product} will be sent to the e-mail on file within "
    "3 business days.",
)
SYSTEM_PROMPT = (
    "You are the customer-service assistant of an Indonesian online shop. Answer in the "
    "customer's language (Bahasa Indonesia or English), be brief and polite, and never ask "
    "for data you do not need."
)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    phone: str
    email: str
    nik: str
    address: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Conversation:
    """A chat of ``len(users)`` turns; turn k is the k-th user message."""

    system: str
    users: tuple[str, ...]
    assistants: tuple[str, ...]  # assistants[i] answers users[i]

    @property
    def turns(self) -> int:
        return len(self.users)

    def messages(self, turn: int) -> list[dict[str, str]]:
        """The request a chat client sends at ``turn`` (1-based): every earlier turn
        (user message and answer) repeated, then the new user message."""
        if not 1 <= turn <= self.turns:
            raise ValueError(f"turn must be in 1..{self.turns}")
        messages = [{"role": "system", "content": self.system}]
        for index in range(turn - 1):
            messages.append({"role": "user", "content": self.users[index]})
            messages.append({"role": "assistant", "content": self.assistants[index]})
        messages.append({"role": "user", "content": self.users[turn - 1]})
        return messages


def text_size(messages: list[dict[str, str]]) -> int:
    """Characters of content in ``messages``."""
    return sum(len(m["content"]) for m in messages)


class MessageFactory:
    """Generates fresh texts from a seed; the same seed gives the same sequence."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._serial = 0

    def person(self) -> Person:
        rng = self._rng
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        return Person(
            first=first,
            last=last,
            phone=self._phone(),
            email=self._email(first, last),
            nik=self._nik(),
            address=self._address(),
        )

    def short_message(self, person: Person | None = None) -> str:
        """One customer message of SHORT_MIN_CHARS..SHORT_MAX_CHARS characters."""
        person = person or self.person()
        rng = self._rng
        while True:
            goal = rng.randint(SHORT_MIN_CHARS, SHORT_GOAL_MAX_CHARS)
            text, personal = "", False
            for sentence in rng.sample(SENTENCES, len(SENTENCES)):
                text = f"{text} {self._fill(sentence, person)}".strip()
                personal = personal or any(slot in sentence for slot in PERSONAL_SLOTS)
                if len(text) >= goal:
                    break
            if personal and len(text) <= SHORT_MAX_CHARS:
                return text

    def reply(self, person: Person) -> str:
        return self._fill(self._rng.choice(REPLIES), person)

    def conversation(self, turns: int = HISTORY_TURNS) -> Conversation:
        """A chat with one customer: the same person's data comes back across turns."""
        person = self.person()
        users = tuple(self.short_message(person) for _ in range(turns))
        assistants = tuple(self.reply(person) for _ in range(turns))
        return Conversation(SYSTEM_PROMPT, users, assistants)

    def long_message(self, min_chars: int = LONG_MIN_CHARS) -> str:
        """One pasted document (a customer list, a chat export) of at least ``min_chars``."""
        parts: list[str] = []
        size = 0
        while size < min_chars:
            parts.append(self.short_message())
            size += len(parts[-1]) + 1
        return "\n".join(parts)

    def _fill(self, template: str, person: Person) -> str:
        self._serial += 1
        rng = self._rng
        return template.format(
            name=person.name,
            first=person.first,
            phone=person.phone if rng.random() < 0.7 else self._phone(),
            email=person.email,
            nik=person.nik,
            address=person.address,
            order=f"INV/{rng.randint(2023, 2026)}/{rng.randint(1, 12):02d}/{self._serial:06d}",
            product=rng.choice(PRODUCTS),
        )

    def _phone(self) -> str:
        rng = self._rng
        prefix = rng.choice(("811", "812", "813", "821", "822", "852", "857", "878", "896"))
        middle, last = rng.randint(1000, 9999), rng.randint(1000, 9999)
        style = rng.randrange(4)
        if style == 0:
            return f"0{prefix}-{middle}-{last}"
        if style == 1:
            return f"+62 {prefix} {middle} {last}"
        if style == 2:
            return f"0{prefix}{middle}{last}"
        return f"62{prefix}{middle}{last}"

    def _email(self, first: str, last: str) -> str:
        rng = self._rng
        local = rng.choice((f"{first}.{last}", f"{first}{rng.randint(1, 99)}", f"{first[0]}{last}"))
        return f"{local.lower()}@{rng.choice(EMAIL_DOMAINS)}"

    def _nik(self) -> str:
        """16 digits: region (6), birth date DDMMYY (+40 on the day for women), serial (4)."""
        rng = self._rng
        region = f"{rng.randint(11, 94):02d}{rng.randint(1, 79):02d}{rng.randint(1, 40):02d}"
        day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
        born = f"{day:02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}"
        return f"{region}{born}{rng.randint(1, 9999):04d}"

    def _address(self) -> str:
        rng = self._rng
        kecamatan, city, postal = rng.choice(AREAS)
        return (
            f"Jl. {rng.choice(STREETS)} No. {rng.randint(1, 250)}, "
            f"RT {rng.randint(1, 15):03d}/RW {rng.randint(1, 12):03d}, {kecamatan}, "
            f"{city} {postal}{rng.randint(10, 99)}"
        )
