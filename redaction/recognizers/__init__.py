"""The project's recognizers, added to Presidio's, and the clean-up of their results."""

from __future__ import annotations

import ipaddress
import os

import regex
import tldextract
from presidio_analyzer import EntityRecognizer

from redaction.entities import Entity
from redaction.recognizers import (
    addresses,
    finance,
    fragments,
    identifiers,
    medical,
    mrz,
    names,
    phones,
    secrets,
    sensitive,
    spoken,
    tables,
    tagged,
    urls,
)
from redaction.recognizers.context import Keywords, after_reference, digits, layout
from redaction.recognizers.names.vocabulary import FOREIGN_NAMES, NAMES, PLACES

# Presidio recognizers for other countries' identifiers: on Indonesian chat text they
# only produce false positives (bank accounts as US_BANK_NUMBER, NIKs as licences).
REMOVED_PRESIDIO_RECOGNIZERS = (
    "UsBankRecognizer",
    "UsLicenseRecognizer",
    "UsItinRecognizer",
    "UsPassportRecognizer",
    "UsSsnRecognizer",
    "NhsRecognizer",
    "MedicalLicenseRecognizer",
    # libphonenumber over the whole text for several regions: slow, and weak on Indonesian
    # numbers; redaction.recognizers.phones covers Indonesian and +country-code numbers.
    "PhoneRecognizer",
    # replaced by redaction.recognizers.urls, which runs it only where it matters
    "UrlRecognizer",
    # replaced by redaction.recognizers.finance.PresidioCardRecognizer, which leaves IMEIs
    "CreditCardRecognizer",
)

# Types Presidio or spaCy report that are not personal data on their own here:
# dates and times of appointments, nationalities, company names, cities.
IGNORED_TYPES = frozenset({"DATE_TIME", "NRP", "ORGANIZATION", "LOCATION"})


def project_recognizers() -> list[EntityRecognizer]:
    """Every recognizer the project adds to Presidio's defaults."""
    modules = (
        identifiers, phones, finance, secrets, names, addresses, sensitive, medical, urls, spoken,
        tables, fragments, mrz,
    )  # fmt: skip
    return [recognizer for module in modules for recognizer in module.recognizers()]


def postprocess(text: str, entities: list[Entity]) -> list[Entity]:
    """Add the statistical tagger's names and addresses; drop ignored types, known false
    positives (spaCy's PERSON on Indonesian words) and values of a personal shape that
    name nobody; end names where an identifier starts."""
    kept = [_without_assignment(text, e) for e in entities if e.type not in IGNORED_TYPES]
    found, sure_names = tagged.tagged_entities(text, kept)
    kept = _resolve_card_numbers(text, kept + found)
    public = [e for e in kept if _public_value(text, e)]
    kept = [e for e in kept if e not in public]
    kept += _values_of_the_same_layout(text, kept)
    kept = _trim_names_before_identifiers(
        text, names.clean_person_entities(text, kept, sure=sure_names)
    )
    # (nor a name read inside a company's mailbox: "parents" in "To: parents@school.sch.id")
    mailboxes = [e for e in public if e.type == "EMAIL_ADDRESS"]
    return [e for e in kept if not any(m.start <= e.start and e.end <= m.end for m in mailboxes)]


# Words that make a number a payment card's ("kartu kredit", "CC BCA", "Visa").
_CARD_WORDS = Keywords(
    "kartu kredit", "kartu debit", "credit card", "debit card", "card", "kartu", "cc", "kk bca",
    "visa", "mastercard", "master card", "jcb", "amex", "unionpay", "cvv", "expired", "exp",
)  # fmt: skip
_ID_WORDS = Keywords("nik", "e-?ktp", "ktp", "kk", "kartu keluarga", "npwp", "kependudukan")
# Issuer ranges of 16-digit cards that a province code (11-96) can share: Mastercard 51-55 and
# 2221-2720, JCB 3528-3589, Discover 6011/644-649/65, UnionPay 62.
_CARD_IIN = regex.compile(
    r"5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|35(?:2[89]|[3-8]\d)"
    r"|6011|64[4-9]|65|62"
)
# A chat link around a phone number: "wa.me/62812...", "api.whatsapp.com/send?phone=62812...".
_CHAT_LINK = regex.compile(r"(?i)(?:https?://)?(?:www\.)?(?:wa\.me/|api\.whatsapp\.com/send)")
_IDENTITY_TYPES = frozenset({"ID_NIK", "ID_KK", "ID_NPWP", "PHONE_NUMBER"})


def _resolve_card_numbers(text: str, entities: list[Entity]) -> list[Entity]:
    """A valid NIK/KK (or a phone in a chat link) that also passes Luhn is not a card.

    A CREDIT_CARD that an identity number or a phone number covers is dropped unless card
    words precede it, or it is in a card issuer's range and no identity word precedes it;
    one after an order, invoice or tracking label is dropped unless card words precede it.
    A URL that is only a chat link around a phone number becomes part of the phone number
    ("wa.me/6281337260914" is one contact).
    """
    rivals = [e for e in entities if e.type in _IDENTITY_TYPES]
    phones = [e for e in entities if e.type == "PHONE_NUMBER"]
    links = [e for e in entities if e.type == "URL" and _CHAT_LINK.match(text, e.start)]
    result = []
    for entity in entities:
        if entity.type == "PHONE_NUMBER":
            link = next((u for u in links if u.overlaps(entity)), None)
            if link is not None:
                entity = Entity(
                    entity.type, min(link.start, entity.start), entity.end, entity.score
                )
        if entity.type == "CREDIT_CARD":
            if after_reference(text, entity.start) and not _CARD_WORDS.before(text, entity.start):
                continue  # "No. Pesanan: 3517240618213344" passes Luhn by chance
            covered = [r for r in rivals if r.start <= entity.start and entity.end <= r.end]
            if covered and not _CARD_WORDS.before(text, entity.start):
                number = "".join(ch for ch in text[entity.start : entity.end] if ch.isdigit())
                is_phone = any(r.type == "PHONE_NUMBER" for r in covered)
                if is_phone or _ID_WORDS.before(text, entity.start) or not _CARD_IIN.match(number):
                    continue
        if entity in links and any(entity.overlaps(p) for p in phones):
            continue
        if entity.type == "URL" and not urls.PERSONAL_URL.search(text, entity.start, entity.end):
            continue  # a shop's or an institution's site: "pmb.univ-nusantara.ac.id"
        result.append(entity)
    return result


# Identifiers whose next ones in a list or a correction are written the same way and share
# their first characters: "X 1029384 ... X 1029391", "yg di slip 18042239017, yg di kartu
# 18042239071" (a family's passports are issued together; a correction changes a digit or two).
_LISTED_TYPES = frozenset({"ID_PASSPORT", "ID_BPJS", "ID_SIM", "BANK_ACCOUNT"})
_LISTED_WINDOW = 160
_LISTED_SHARED_PREFIX = 3
_LISTED_MIN_DIGITS = 6
_CODE_TOKEN = regex.compile(
    r"(?<![\p{L}\d])[\p{L}\d](?:[\p{L}\d]|[ .-](?=[\p{L}\d])){5,24}(?![\p{L}\d])"
)


def _layout_pattern(shape: str) -> regex.Pattern[str]:
    """Values written in ``shape`` ("A 9999999"): its letters and digits anywhere, alone."""
    body = "".join(
        r"\p{L}" if ch == "A" else r"\d" if ch == "9" else regex.escape(ch) for ch in shape
    )
    return regex.compile(r"(?<![\p{L}\d])" + body + r"(?![\p{L}\d])")


def _values_of_the_same_layout(text: str, entities: list[Entity]) -> list[Entity]:
    """Values near an identifier, in the same layout and with its first characters."""
    added: list[Entity] = []
    # (a name may run into the value: the clean-up of names trims it)
    taken = [e for e in entities if e.type != "PERSON"]
    for entity in entities:
        if entity.type not in _LISTED_TYPES:
            continue
        value = text[entity.start : entity.end]
        if sum(ch.isdigit() for ch in value) < _LISTED_MIN_DIGITS:
            continue
        shape = layout(value)
        same_layout = _layout_pattern(shape)
        prefix, candidates = _LISTED_SHARED_PREFIX, _CODE_TOKEN
        if entity.type == "ID_PASSPORT" and value[0].isalpha():
            # a family's passports, each after its holder's name, may differ in their letter:
            # "Lanny Susanto E 2207419, Kevin Gunawan X 1983305"
            prefix, candidates = 0, same_layout
        # (before it too: a mistyped value given first, "Yg sy tulis 1370012345678, yg bener
        # 1370012345687 Mandiri")
        before = same_layout.finditer(text, max(0, entity.start - _LISTED_WINDOW), entity.start)
        after = candidates.finditer(text, entity.end, min(len(text), entity.end + _LISTED_WINDOW))
        # (or retyped in other groups, a digit more or less: "yg di email 8808 0812 7734 1109
        # yg di app 880808127734110")
        retyped = () if value[0].isalpha() else _retyped(text, entity)
        alike = [
            (m, layout(m.group()) == shape and m.group()[:prefix] == value[:prefix])
            for m in (*before, *after)
        ] + [(m, _retyped_digits(m.group(), value, text, m.start())) for m in retyped]
        for match, like in alike:
            candidate = match.group()
            if (
                like
                and candidate != value
                and not any(match.start() < e.end and e.start < match.end() for e in taken)
                and not after_reference(text, match.start())
            ):
                found = Entity(entity.type, match.start(), match.end(), entity.score)
                added.append(found)
                taken.append(found)
    return added


_DIGIT_RUN = regex.compile(r"(?<![\p{L}\d])\d(?:[ .-]?\d){7,19}(?![\p{L}\d])")
_RETYPED_SHARED_DIGITS = 8


def _retyped(text: str, entity: Entity) -> list[regex.Match[str]]:
    start, end = max(0, entity.start - _LISTED_WINDOW), min(len(text), entity.end + _LISTED_WINDOW)
    return list(_DIGIT_RUN.finditer(text, start, end))


def _retyped_digits(candidate: str, value: str, text: str, start: int) -> bool:
    """The same number typed again with a digit more, less or changed near its end, not
    after a code's label ("pesanan kakak kodenya 7710349922")."""
    a, b = digits(candidate), digits(value)
    shared = len(os.path.commonprefix((a, b)))
    return (
        abs(len(a) - len(b)) <= 1
        and shared >= max(_RETYPED_SHARED_DIGITS, min(len(a), len(b)) - 3)
        and _CODE_LABEL_BEFORE.search(text, max(0, start - 16), start) is None
    )


_CODE_LABEL_BEFORE = regex.compile(r"(?i:\b(?:kode|code|id|no|nomor|nmr)(?:-?nya)?)\W*\Z")


# Values with a fixed shape, found by pattern: a name that runs into one ends before it.
_SHAPED_TYPES = frozenset(
    {
        "ID_PLATE", "ID_NIK", "ID_KK", "ID_NPWP", "ID_BPJS", "ID_PASSPORT", "ID_SIM",
        "BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
        "IP_ADDRESS",
    }
)  # fmt: skip


def _trim_names_before_identifiers(text: str, entities: list[Entity]) -> list[Entity]:
    """A PERSON that runs into an identifier ends where it starts ("Rudi Hartono B 4721 KZT":
    the plate's area letter is not part of the name), so each keeps its own type."""
    shaped = [e for e in entities if e.type in _SHAPED_TYPES]
    result = []
    for entity in entities:
        if entity.type == "PERSON":
            for value in shaped:
                if entity.start < value.start < entity.end <= value.end:
                    end = entity.start + len(text[entity.start : value.start].rstrip())
                    entity = Entity(entity.type, entity.start, end, entity.score)
        if entity.end > entity.start:
            result.append(entity)
    return result


# A setting's name glued to an e-mail address by "=" ("MAIL_FROM=noreply@shop.id"), which
# Presidio reads as part of the local part.
_ASSIGNMENT = regex.compile(r"[^\s=@]*=(?=[^\s=@]+@)")


def _without_assignment(text: str, entity: Entity) -> Entity:
    """An e-mail address without the setting's name before it."""
    if entity.type != "EMAIL_ADDRESS":
        return entity
    match = _ASSIGNMENT.match(text, entity.start, entity.end)
    if match is None:
        return entity
    return Entity(entity.type, match.end(), entity.end, entity.score)


# A value given as an example of a format: "tanggal lahir (ddmmyyyy). Contoh: 01012012".
_EXAMPLE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:contoh|example|e\.g\.|misalnya)[ \t]*:?[ \t]*\Z"
)
_EXAMPLE_TYPES = _SHAPED_TYPES | {"DATE_OF_BIRTH", "SECRET"}


def _public_value(text: str, entity: Entity) -> bool:
    """Whether a finding is a shape of personal data that names nobody."""
    if entity.type in _EXAMPLE_TYPES and _EXAMPLE_BEFORE.search(
        text, max(0, entity.start - 14), entity.start
    ):
        return True
    if entity.type == "EMAIL_ADDRESS":
        return _public_channel_email(text, entity)
    if entity.type == "IP_ADDRESS":
        return _network_address(text, entity)
    return False


def _network_address(text: str, entity: Entity) -> bool:
    """Whether an IP address is a network's own or everyone's, not one device's, or not an
    address at all (a version or a section number: "versi 4.12.3.1", "pasal 1.2.3.4")."""
    value = text[entity.start : entity.end].strip()
    if _network_range(value):
        return True
    if _NUMBERING_BEFORE.search(text, max(0, entity.start - 30), entity.start):
        return True
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False  # a host with its subnet: "36.72.14.5/24"
    if _shared_address(address):
        return True
    if not address.is_private:
        return False
    if _NETWORK_ROLE_BEFORE.search(text, max(0, entity.start - 40), entity.start) is not None:
        return True
    # a router's factory address ("192.168.1.1", "192.168.100.1") is the same in every home
    # and office, and so is any local first host called a default or typed into a browser;
    # an office's own router or gateway ("gateway 192.168.10.1") maps its network and stays
    # masked, as does a person's device ("IP laptop saya 10.0.0.1")
    if not value.endswith(".1") or _OWN_DEVICE_BEFORE.search(
        text, max(0, entity.start - 40), entity.start
    ):
        return False
    if value in _FACTORY_ADDRESSES:
        return _ROUTER_WORDS.before(text, entity.start, _ROUTER_WINDOW_BEFORE) or (
            _ROUTER_WORDS.after(text, entity.end, _ROUTER_WINDOW_AFTER)
        )
    return _GENERIC_WORDS.before(text, entity.start, _ROUTER_WINDOW_BEFORE) or (
        _GENERIC_WORDS.after(text, entity.end, _ROUTER_WINDOW_AFTER)
    )


# A local network's own settings, named by their role a word or two before: "default gateway
# 10.0.0.1", "DNS server cadangan 10.0.0.53", "netmask 255.255.255.0". A device's ("IP laptop
# 10.0.0.17") stays masked, and so does a public gateway's (a VPN's, given with its login).
_NETWORK_ROLE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:default[ \t]+gateway|dns|nameserver|netmask|subnet|mask|broadcast)"
    r"(?:[ \t]+\p{L}+){0,2}[ \t]*[:=]?[ \t]*\Z"
)
# Words of a local network's shared box: "Router indihome ... sy udh coba 192.168.1.1",
# "192.168.1.1 itu alamat default modem".
_ROUTER_WORDS = Keywords(
    "router", "modem", "gateway", "default", "access point", "wifi", "wi-fi", "ont", "indihome",
)  # fmt: skip
# Routers' and modems' factory addresses, printed on every box of a brand.
_FACTORY_ADDRESSES = frozenset(
    {"192.168.0.1", "192.168.1.1", "192.168.100.1", "192.168.8.1", "192.168.2.1", "10.0.0.1"}
)
# Words that make any local first host the generic one: "ketik 10.10.10.1 di browser".
_GENERIC_WORDS = Keywords("default", "bawaan", "browser")
_ROUTER_WINDOW_BEFORE = 80
_ROUTER_WINDOW_AFTER = 40
# A device of the person's named right before its address: "IP laptop saya", "my PC's IP is".
_OWN_DEVICE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:laptop|pc|komputer|computer|notebook|macbook|tablet|hp|handphone"
    r"|ponsel|phone)(?:'s)?(?:[ \t]+[\p{L}']+){0,3}[ \t]*[:=]?[ \t]*\Z"
)
# Words of a version or a section before four dotted numbers.
_NUMBERING_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:versi|version|ver|build|firmware|release|rilis|patch|pasal|ayat"
    r"|bab|section|butir|poin)\.?(?:[ \t]+(?:ke|to|no|nomor))?[ \t]*[:=]?[ \t]*v?\Z"
    # or a few words after it: "Firmware version on the router is 1.0.3.14"
    r"|(?<![\p{L}\d])(?:versi|version|firmware)(?:[ \t]+[\p{L}]+){1,4}[ \t]*[:=]?[ \t]*v?\Z"
)
# Public resolvers everyone uses: no one's address.
_PUBLIC_RESOLVERS = frozenset({"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9"})


def _shared_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether an address is nobody's: a netmask, loopback, unspecified, a public resolver."""
    if address.is_loopback or address.is_unspecified or str(address) in _PUBLIC_RESOLVERS:
        return True
    # a netmask: ones then zeros ("255.255.255.0")
    bits = int(address)
    inverted = ~bits & ((1 << address.max_prefixlen) - 1)
    return str(address).startswith("255.") and inverted & (inverted + 1) == 0


def _network_range(value: str) -> bool:
    """Whether an address in CIDR notation is a whole network ("10.0.0.0/8"), not one host."""
    if "/" not in value:
        return False
    try:
        network = ipaddress.ip_network(value, strict=True)
    except ValueError:
        return False  # host bits set: "36.72.14.5/24" is a host and its subnet
    return network.num_addresses > 1


# A company's public channel ("klaim@insurer.co.id", "cs@shop.id", "rekrutmen@retailer.co.id"):
# a local part made only of these words at the company's own domain is nobody's address.
# So is a department's that customers write to (finance, payroll, a school's "tu", IT
# support); roles a person may hold alone (admin, ops) stay masked.
_CHANNEL_WORDS = frozenset(
    {
        "info", "informasi", "cs", "customerservice", "customercare", "care", "service",
        "layanan", "halo", "hallo", "hello", "hi", "tanya", "askus", "contact", "contactus",
        "kontak", "support", "help", "helpdesk", "bantuan", "pengaduan", "complaint",
        "complaints", "klaim", "claim", "claims", "rekrutmen", "recruitment", "karir",
        "career", "careers", "jobs", "lowongan", "hrd", "reservasi", "reservation",
        "reservations", "booking", "humas", "pr", "hr", "media", "press", "redaksi", "sekretariat",
        "promo", "marketing", "sales", "noreply", "no", "reply", "donotreply", "customer",
        "pelanggan", "official", "keluhan", "konsumen", "aduan", "saran", "masukan", "feedback",
        "inquiry", "enquiry", "enquiries", "admisi", "admission", "admissions", "pmb",
        "pendaftaran", "registrasi", "registration", "event", "events", "donasi", "donation",
        "kerjasama", "partnership", "billing", "tagihan", "refund", "order", "orders", "pesanan",
        "webmaster", "ppid",
        "finance", "keuangan", "accounting", "payroll", "payment", "payments", "appointment",
        "appointments", "returns", "retur", "tu", "it", "onboarding",
        # where anyone reports abuse or a breach: "security@company.com"
        "security", "abuse", "privacy", "phishing", "fraud", "postmaster",
        # and other desks of a business or an institution
        "office", "legal", "export", "transport", "hiring", "talent", "scholarship",
        "scholarships", "counselling", "counseling", "itsupport", "itsecurity", "seller", "ppdb",
        "servicedesk", "international", "akademik", "academic", "panitia", "committee",
        "komplain", "leasing", "notifikasi", "notification", "notifications", "notif", "nasabah",
        "benefit", "benefits", "people", "hrga", "corsec", "corporate", "secretary", "parents",
        "osis", "pta", "kesehatan", "alumni", "library", "perpustakaan", "perpus", "kesiswaan",
        "kemahasiswaan", "tatausaha", "dukcapil", "disdukcapil", "bapenda", "samsat", "kpp",
        "recruit",
        # project and audit desks, a clinic's prescriptions, a bank's reports, a building's
        # management (buying and operations desks, "procurement@", "ops@", are labelled both
        # ways in the corpora: they stay masked)
        "project", "projects", "travel", "audit", "servis", "resep", "lapor", "building",
        "management", "soc", "callcenter",
        # statements, alerts and policies a bank or an insurer sends; a school's registrar,
        # committee and attendance desks; a hospital's records and clinics; a charity's zakat
        # ("team@", "accounts@", "verifikasi@" are labelled both ways: they stay masked)
        "estatement", "statement", "alert", "alerts", "polis", "registrar", "rekammedis",
        "poli", "anak", "estate", "academy", "laporan", "zakat", "docs", "dokumen",
        "konfirmasi", "confirmation", "tax", "pajak", "telemed", "telemedicine", "absensi",
        "attendance", "komite", "evisa", "visa", "kkn", "koord", "koordinator",
    }
)  # fmt: skip
# ... and a branch's, named by its city: "makassar@carrier.co.id", "hrga.surabaya@..." (not
# a city that is a name too: "bima@...", "sudirman@...").
_BRANCH_PLACES = PLACES - NAMES - FOREIGN_NAMES
# A login, where even a channel's address is a credential's half: "user cs@shop.id".
_LOGIN_WORDS = Keywords(
    "user", "username", "login", "log in", "akun", "account", "email admin", "password",
    "sandi", "pw", "pass",
)  # fmt: skip
_LOCAL_PART_WORD = regex.compile(r"[a-z]+|\d+")


def _mail_domain_name(domain: str) -> str:
    """The name a mail domain is registered under: "gmail" in "gmail.com", "yahoo" in
    "yahoo.co.id", "instagram" in "mail.instagram.com" (not its "mail" subdomain)."""
    # the public-suffix list is the bundled one (redaction.offline), set up with the engine
    return tldextract.extract(domain).domain or domain.split(".")[0]


def _public_channel_email(text: str, entity: Entity) -> bool:
    """Whether an e-mail address is a company's public channel, not a person's address."""
    local, _, domain = text[entity.start : entity.end].lower().partition("@")
    if _mail_domain_name(domain) in urls.FREE_MAIL_PROVIDERS or _LOGIN_WORDS.before(
        text, entity.start
    ):
        return False
    parts = _LOCAL_PART_WORD.findall(local)
    return bool(parts) and all(
        w in _CHANNEL_WORDS or w in _BRANCH_PLACES or w.isdigit() for w in parts
    )
