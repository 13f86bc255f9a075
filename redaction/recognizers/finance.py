"""Recognizers: bank account, virtual account, card numbers and IBANs.

IBANs are found by Presidio's IbanRecognizer, which also checks each country's length and
layout, and by ``MistypedIbanRecognizer``, which reads an IBAN whose check digits hold but
whose length is off by a mistyped group; card numbers are found by Presidio's
CreditCardRecognizer (as ``PresidioCardRecognizer``, without IMEIs) and by
``CardNumberRecognizer``, which reads the groupings and issuer ranges it misses.
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

from redaction.recognizers.context import (
    NOT_AFTER_PLUS,
    NUMBER_END,
    NUMBER_START,
    ContextPatternRecognizer,
    Keywords,
    Span,
    SpanRecognizer,
    after_country_code,
    after_currency,
    after_reference,
    after_reference_or_currency,
    digits,
    layout,
    nearest,
    sim_registration_field,
)
from redaction.recognizers.identifiers import UNEVEN_GROUPS, is_kk, is_nik, luhn_valid

_BANKS_AT_HOME = (
    "bank",
    "bca",
    "bri",
    "briva",
    "bni",
    "mandiri",
    "bsi",
    "cimb",
    "niaga",
    "permata",
    "danamon",
    "btn",
    "jago",
    "seabank",
    "ocbc",
    "maybank",
    "panin",
    "mega",
    "bjb",
    "btpn",
    "jenius",
    "muamalat",
    "uob",
    "hsbc",
    "citibank",
    "blu",
    "bpd",  # the regional development banks: "BPD DIY", "BPD Bali"
)
# Banks abroad where migrant workers, students and expats keep their accounts.
BANKS_ABROAD = (
    "dbs", "posb", "rhb", "standard chartered", "stanchart", "anz", "commbank", "westpac",
    "hdfc", "icici", "woori", "shinhan", "kookmin", "nonghyup", "mufg", "mizuho", "smbc",
    "yucho", "ctbc", "fubon", "esun", "bdo", "al rajhi", "rabobank", "barclays", "lloyds",
    "natwest", "revolut", "nab",
    # post offices that keep savings accounts: Taiwan's, Japan's
    "chunghwa post", "japan post",
)  # fmt: skip
BANKS = (*_BANKS_AT_HOME, *BANKS_ABROAD)
# ... and banks named in Japanese, Chinese or Korean script: "三菱UFJ銀行", "ゆうちょ銀行", "郵局"
# (Taiwan's post office), "KB 국민", "우리은행"
_BANKS_IN_SCRIPT = (
    r"\p{L}*銀行", r"\p{L}*银行", r"\p{L}*은행", "ゆうちょ", "郵局", "邮局", "국민",
)  # fmt: skip
# An account's label abroad: a Japanese ordinary account's, its number's, a Japan Post
# passbook's, a Taiwanese, Chinese, Korean or German account's ("普通 4738291", "記号番号
# 14080-28817651", "Kontonummer 0532013000").
_ACCOUNT_LABELS_ABROAD = (
    "普通", "口座番号", "記号番号", "帳號", "账号", "계좌번호", "kontonummer", "konto",
)  # fmt: skip
# Words that make a number an account: a phone-shaped number after them is an account too.
_ACCOUNT_LABELS = (
    *_ACCOUNT_LABELS_ABROAD,
    "rek", "rekening", "norek", "account", "acct", "a/c", r"acc(?:\.?\s?(?:no|num)\.?)?",
    # a bank abroad by its name: "Vietcombank", "CommBank", "Maybank"
    r"\p{L}{3,}bank",
)  # fmt: skip
_ACCOUNT_OR_BANK = (*_ACCOUNT_LABELS, *BANKS, *_BANKS_IN_SCRIPT)
ACCOUNT_WORDS = Keywords(*_ACCOUNT_OR_BANK)
# Words that mention a payment without saying the number is an account ("tf ke 0812..." may be
# an e-wallet, i.e. a phone number), and the account holder's name, which often follows it.
_PAYMENT_WORDS = (
    "transfer",
    "tf",
    "trf",
    "trsf",
    # the verb's forms: "ditransfer ke", "transferin ke", "tfin", "ditf"
    "ditransfer",
    "transferin",
    "transferan",
    "transferkan",
    "ditransferkan",
    "ditf",
    "tfin",
    "tfkan",
    "bi-?fast",  # a bank statement's line: "BI-FAST DB ke 003115240834"
    # a debit from an account: "auto-debited from 1293 ...", "autodebet dari rek ..."
    r"auto-?debit(?:ed)?",
    "debited from",
    "autodebet",
    "didebet dari",
    "savings",
    # money taken out to an account: "Withdrawal of Rp 14.200.000 went to 0071 ..."
    "withdrawals?",
    "penarikan",
    "pencairan",
    # money sent back or given: "refund Rp 50.000 sdh kami kirim ke 1156...", "donated IDR
    # 2,500,000 from 2740 1182 96"
    "refund(?:ed|nya)?",
    # money asked to be paid in: "asking outlets to pay into 0098321765", "deposit to ..."
    r"pa(?:y|id)(?:ing)? into",
    # money paid out to it: "Paid to: 7790 2213 5501", "dibayarkan ke ...", "disbursed to"
    r"paid (?:out )?to",
    "dibayarkan ke",
    "disbursed to",
    r"deposit(?:ed)? (?:in)?to",
    # money put back: "We'll credit it back to 0183992714", "dikreditkan ke ..."
    r"credit(?:ed)?(?: it| them)?(?: back)? to",
    "dikreditkan",
    "donasi",
    "donated",
    r"a\s?[./]\s?n\.?",
    "atas nama",
)
# ... and the recipient of a transfer abroad, whose bank may be any: "penerima Chen, Cathay
# United 0155-...".
_RECIPIENT_WORDS = ("penerima", "recipient", "beneficiary")
# A digital bank's sub-account: "kantong utama no 1022 3344 9871" (Jago's pockets).
_POCKET_WORDS = ("kantong",)
_BANK_CONTEXT = Keywords(*_ACCOUNT_OR_BANK, *_PAYMENT_WORDS, *_RECIPIENT_WORDS, *_POCKET_WORDS)
# The holder's name right after the number: "1234567890 a.n. Budi", "1234567890 an Siti".
_HOLDER_AFTER = Keywords(
    "an", r"a\s?[./]\s?n\.?", "atas nama",
    # or the name on the account: "no nya 024-381-662710-883. nama di rek KUSNIATI"
    r"nama (?:di|pd|pada|dlm|dalam) rek(?:ening)?", r"name on (?:the )?(?:account|passbook)",
    "account name",
)  # fmt: skip
_HOLDER_AFTER_WINDOW = 16
# ... or the name alone, in brackets or in a statement's capitals, in a message about a
# transfer: "Funds sent to 0370 1188 452 (Rudy Tanoto)", "... 1,500,000.00 7380119924 DENI
# SUPRIADI".
_NAME_AFTER = re.compile(
    r"[ \t]+(?:\([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}\)|[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){1,3}[ \t]*$)",
    re.MULTILINE,
)
# ... or before it, with the number in brackets: "your transfer of IDR 3,000,000 to Yulia
# Siregar (4580 1123 98) was successful".
_RECIPIENT_BEFORE = re.compile(
    r"\b(?i:to|ke|kepada)[ \t]+[A-Z][\w.']*(?:[ \t]+[A-Z][\w.']*){0,3}[ \t]*\([ \t]*\Z"
)
# The number's length checked after it, as people do with accounts: "4380221976 itu udh 10 kok",
# "4129883051 is correct, 10 digits".
_DIGIT_COUNT_AFTER = re.compile(
    r"[^\n\d]{0,30}\b1[0-5][ \t]?(?:digits?|angka|dijit)\b|[^\n\d]{1,20}\b1[0-5][ \t]+kok\b",
    re.IGNORECASE,
)
# An account's word after it on its line, as a payroll's rejected rows say: "Yanti –
# 0061234578 – invalid account", "0291 8873 40 (rekening tidak aktif)".
_ACCOUNT_WORD_AFTER = re.compile(
    r"[ \t]*[(–—-][^\n\d().!?]{0,20}?\b(?:account|acct|rekening|rek)\b", re.IGNORECASE
)
# BRI's account layout, branch-01-serial-product-check, with a savings product (50-59; a
# business's current account is 30): "0382-01-019457-50-3" is a person's account as written.
_BRI_SAVINGS_LAYOUT = re.compile(r"\d{4}(?P<sep>[ .-])\d{2}(?P=sep)\d{6}(?P=sep)5\d(?P=sep)\d")
# A long number given as a correction is a retyped account (a mobile is a phone by its own
# shape): "kebalik angkanya, yg bener 2750668143".
_CORRECTION = Keywords(
    r"y(?:an)?g\s?be?n[ea]r", "harusnya", "seharusnya", "should be", r"the (?:correct|right) one is"
)
# The bank named right after the number: "7820 1123 44 (BSI)", "1234567890 BCA a.n. ...",
# "0061-01-558812-30-3 at BRI", or on the next line ("5271093318\nBCA\nArif Kurniawan").
# (or named after a dash or a sentence's end: "1370 0177 2319 4. itu mandiri, a/n Sutopo",
# "5260778120 — itu rekening yang benar pak")
_BANK_NAMES = "|".join(b for b in BANKS if b != "bank")
_BANK_AFTER = re.compile(
    r"[ \t]*(?:\n[ \t]*)?[(\[,-]?[ \t]*(?:(?:at|di|in|on|via|itu|ini|is)[ \t]+)?(?:"
    + _BANK_NAMES
    + r"|bank)(?![A-Za-z\d])"
    r"|[ \t]*[.,—–-]?[ \t]*(?:itu|ini)[ \t]+(?:(?:no|nomor|nomer)[ \t]+)?(?:"
    + _BANK_NAMES
    # (not a question: "2024051700018823, itu no rek kah?")
    + r"|bank|rek|rekening|norek)(?![A-Za-z\d])(?![ \t]*(?:kah\b|\?))",
    re.IGNORECASE,
)
# Words of an identity document: a number after "SIM A", "KTP", "paspor" is that document's
# even when a holder's name ("a.n. Tri") or a transfer was mentioned before.
_DOCUMENT_WORDS = Keywords(
    r"sim(?!\s?card)",
    "ktp",
    "e-?ktp",
    "nik",
    "kk",
    "npwp",
    "paspor",
    "passport",
    "bpjs",
    "kitas",
    "kitap",
    "stnk",
    "bpkb",
    "licen[cs]e",
)

# A transfer's receipt names the accounts by a label at the start of a line ("Dari: 425 088
# 1290", "Rek. tujuan: ...", "From: ..."), maybe with the holder's name and a dash ("Dari
# ARDIANSYAH PUTRA - 1224...", "Sumber Dana: WAHYUDI - 0792-01-..."), the transfer further
# up in the message.
_RECEIPT_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?i:dari|ke|tujuan|sumber(?:[ \t]+dana)?|penerima|pengirim|from|to"
    r"|(?:rek(?:ening)?\.?|account)[ \t]+(?:tujuan|asal|sumber|pengirim|penerima))"
    r"(?:[ \t]*:(?:[ \t]*[A-Z][\w.']*(?:[ \t]+[A-Z][\w.']*){0,3})?"
    r"|[ \t]*:?[ \t]+[A-Z][\w.' ]{1,40}?[ \t]+[-–])[ \t]*(?:[A-Za-z]{2,12}[ \t]+)?\Z"
)
# An ATM transfer's bank code before the account: "masukkan 014 + 6045118392".
_BANK_CODE_BEFORE = re.compile(r"(?<![\d.,])\d{3}[ \t]*\+[ \t]*\Z")
_BANK_CODE_WINDOW = 120
_TRANSFER_WORDS = Keywords(
    "transfers?",
    "tf",
    "trf",
    "trsf",
    "mutasi",
    "kirim uang",
    "payment",
    "pembayaran",
    "setoran",
    "transaksi",
    "statement",
    # money paid out: "payroll sept: ... net to 5430 1122 88 (Yogi)"
    "payroll",
    "gaji",
    "salary",
    "refund",
    r"reimburse(?:ment)?",
    "pencairan",
    r"disburse(?:d|ment)?",
    "payout",
    # money taken out of a balance: "saldo sisa Rp 12.400 tarik aja ke ..."
    "tarik",
    r"withdraw(?:al)?",
)
_RECEIPT_WINDOW = 200

# Digits grouped by dots/dashes ("0123-01-012345-50-1", "14050-28391671"), by spaces as banks
# print them ("123 456 7890", "1270 0098 7766 5", "89 508 0915 2024 06", BRI's "0331 01 012345
# 53 1", a VA's company code and phone number "89508 085712349988"), or none.
_ACCOUNT_DIGITS = (
    NUMBER_START
    + NOT_AFTER_PLUS
    + r"(?:\d{1,7}(?:[.-]\d{1,8}){1,5}|\d{3,5}(?: \d{1,7}){2,4}|\d{3,5} \d{5,15}"
    # a last digit or two set apart: "0092447185 3", "8810202207034 1" (not a count: "... 2
    # kali")
    + r"|\d{6,15} \d{1,2}(?![ \t]+[^\W\d_])|\d{10,20}"
    # a short first group: "00 123 456 7890", "2 4120 0567 4" (no account starts after a "+")
    + r"|\d{1,2}(?: \d{3,7}){2,4}(?: \d{1,2})?)"
    + NUMBER_END
)
# An account's digits broken over lines, each line too short to be an account alone: a
# number retyped in pieces from a phone with a narrow screen ("Mandiri\n1400\n0188\n2297 3").
_ACCOUNT_OVER_LINES = (
    NUMBER_START
    # (dashed groups too, a dash left at a line's end: "137-00-\n2209183-6")
    + r"\d{2,8}(?:[ \t-]\d{1,6})*(?:-?[ \t]*\n[ \t]*\d{2,8}(?:[ \t-]\d{1,6})*){1,3}"
    + NUMBER_END
)
_LINE_MAX_DIGITS = 9
# ... and not a column of amounts: "150000\n250000".
_ROUND_AMOUNT = re.compile(r"\d+000")
# "1.250.000.000" is an amount of money, not an account number.
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _account_number(pattern_text: str, low: int, high: int) -> bool:
    number = digits(pattern_text)
    return (
        low <= len(number) <= high
        and len(set(number)) > 1
        and _THOUSANDS.fullmatch(pattern_text) is None
        and (
            "\n" not in pattern_text
            or all(_line_of_split_account(line) for line in pattern_text.splitlines())
        )
    )


def _line_of_split_account(line: str) -> bool:
    number = digits(line)
    return len(number) <= _LINE_MAX_DIGITS and _ROUND_AMOUNT.fullmatch(number) is None


_ACCOUNT_OR_DOCUMENT = {"account": _BANK_CONTEXT, "document": _DOCUMENT_WORDS}


# A tax's or a government fee's payment code ("bayar pajak ... kode bayar 3201 ..."): issued
# for one bill, it leads to no one's account (a billing code is a reference everywhere:
# ``after_reference``).
_PAYMENT_CODE_WORDS = Keywords(
    "kode bayar", "kode pembayaran", "nomor pembayaran", "no pembayaran"
)  # fmt: skip
_GOVERNMENT_BILL_WORDS = Keywords(
    "pajak", "e-?samsat", "samsat", "pbb", "pkb", "djp", "e-?billing", "bapenda", "pnbp",
    "retribusi", "e-?tilang", "tilang", "spt",
)  # fmt: skip
_GOVERNMENT_BILL_WINDOW = 120
_PAYMENT_CODE_WINDOW = 24


def _government_bill_code(text: str, start: int) -> bool:
    return _PAYMENT_CODE_WORDS.before(text, start, _PAYMENT_CODE_WINDOW) and (
        _GOVERNMENT_BILL_WORDS.before(text, start, _GOVERNMENT_BILL_WINDOW)
    )


# An account published for everyone or given as an example, not a person's: "rekening infaq
# yg tercantum di papan: BSI ...", "contoh: BCA ...", "(BNI ...) itu resmi rekening sekolah",
# "BCA ... is the official church account".
_PUBLISHED_BEFORE = re.compile(
    r"\b(?:contoh|example|misal(?:nya)?|tercantum|papan|flyer|brosur|poster|spanduk|banner"
    r"|pengumuman)\b(?:[ \t]+[\w.]+){0,2}?[ \t]*[:=(]?[ \t]*(?:" + "|".join(BANKS) + r")?[ \t]*\Z",
    re.IGNORECASE,
)
_PUBLISHED_BEFORE_WINDOW = 50
_PUBLISHED_AFTER = re.compile(
    r"[^\n.]{0,20}?\b(?:is|itu|adalah)[ \t]+(?:the[ \t]+|an?[ \t]+|cuma[ \t]+|hanya[ \t]+)?"
    r"(?:official|resmi|contoh|example|sample)\b",
    re.IGNORECASE,
)
_PUBLISHED_AFTER_WINDOW = 40


def _published_account(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _PUBLISHED_BEFORE_WINDOW) : start]
    after = text[end : end + _PUBLISHED_AFTER_WINDOW]
    return _PUBLISHED_BEFORE.search(before) is not None or _PUBLISHED_AFTER.match(after) is not None


class BankAccountRecognizer(ContextPatternRecognizer):
    """Bank account number: 10-16 digits after bank or transfer words, or before "a.n."."""

    ENTITY = "BANK_ACCOUNT"
    PATTERNS = (
        Pattern("Account number (10-16 digits)", _ACCOUNT_DIGITS, 0.3),
        Pattern("Account number (over lines)", _ACCOUNT_OVER_LINES, 0.3),
    )
    CONTEXT = _BANK_CONTEXT

    def validate_result(self, pattern_text: str) -> bool:
        return _account_number(pattern_text, 10, 16)

    def reject(self, text: str, start: int, end: int) -> bool:
        if after_reference_or_currency(text, start):
            return True
        if after_country_code(text, start):
            return True
        if _government_bill_code(text, start) or _published_account(text, start, end):
            return True
        return nearest(text, start, _ACCOUNT_OR_DOCUMENT) == "document"

    def has_context(self, text: str, start: int, end: int) -> bool:
        return (
            _BANK_CONTEXT.before(text, start)
            or _HOLDER_AFTER.after(text, end, _HOLDER_AFTER_WINDOW)
            or (
                (
                    _NAME_AFTER.match(text, end) is not None
                    or _RECIPIENT_BEFORE.search(text, max(0, start - 60), start) is not None
                    or _DESTINATION.right_before(text, start)
                )
                and _TRANSFER_WORDS.before(text, start, _RECEIPT_WINDOW)
            )
            or _sent_alone(text, start, end)
            or _BANK_AFTER.match(text, end) is not None
            or _CORRECTION.right_before(text, start)
            or _DIGIT_COUNT_AFTER.match(text, end) is not None
            or _ACCOUNT_WORD_AFTER.match(text, end) is not None
            or _after_bank_code(text, start)
            or _receipt_account(text, start)
            or _payment_source(text, start)
            or _after_account_of_same_layout(text, start, end)
            or _BRI_SAVINGS_LAYOUT.fullmatch(text, start, end) is not None
        )


# ... or "tujuan" (destination), "to" or "ke" right before it: "tf ke seabank ... ref 0202...,
# tujuan 9012 7746 3381", "transfer the rent of Rp 285.000.000 to 0123 4556 7789", "saldo sisa
# tarik aja ke 1090012233445".
_DESTINATION = Keywords("tujuan", "destination", "to", "into", "ke", "kepada")
_IP_SHAPE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# A number sent alone, or with a word or two of a reply around it that does not say what it
# is: "yes 8830417762 is correct", "oh iya, 0291847735", "lengkapnya 1370012988415 kak".
# (matched in place rather than by slicing: a long message holds many numbers)
_REPLY_BEFORE = re.compile(
    r"\s*(?:(?:yes|yup|ya+|iya+|y|oh|ok|oke|okay|betul|benar|bener|jadi|maksudnya|maksud\s+saya"
    r"|lengkapnya|yg\s+bener|yang\s+benar|sorry|maaf|eh|nah|it'?s|correct|kak|min)\b"
    r"[\s,.:!-]*){0,4}",
    re.IGNORECASE,
)
_REPLY_AFTER = re.compile(
    r"(?:[ \t,]*(?:(?:is|itu)\s+(?:correct|right|benar|bener|betul)|ya+|kak|min|pak|bu|gan|sis"
    r"|benar|bener|betul|correct|right|thanks|thank\s+you|makasih|tq)\b){0,3}[\s.!]*",
    re.IGNORECASE,
)


def _sent_alone(text: str, start: int, end: int) -> bool:
    """Whether the number is the whole message: the answer to a question asked before it,
    which only the conversation shows ("Silakan ketik nomor rekening tujuan" ... "8730412256").
    An account's reading keeps such a number out of sight; a mobile's or a card's shape gives
    it its own type, and an IP address or an identity card's valid number (a NIK, a KK, a BPJS
    card's 000...) is left to its own recognizer."""
    if not (_REPLY_BEFORE.fullmatch(text, 0, start) and _REPLY_AFTER.fullmatch(text, end)):
        return False
    number = digits(text[start:end])
    return not (
        _IP_SHAPE.fullmatch(text, start, end)
        or is_nik(number)
        or is_kk(number)
        or (len(number) == 13 and number.startswith("000"))
    )


_ACCOUNT_DIGITS_REGEX = regex.compile(_ACCOUNT_DIGITS)
_SAME_LAYOUT_WINDOW = 60


# A foreign account's number, shorter than any Indonesian bank's (an Australian one after
# its BSB, a British one after its sort code), only right after an account label: "account
# number 1067 3342", "acct: 0641-2277".
_ACCOUNT_NUMBER_LABEL = Keywords(
    r"acc(?:ount)?(?:\s?(?:no\.?|number|#))?", "acct", "a/c", r"(?:no\.?|nomor)\s?rek(?:ening)?",
    "savings", *_ACCOUNT_LABELS_ABROAD,
)  # fmt: skip


class ShortAccountRecognizer(ContextPatternRecognizer):
    """A 6-9 digit account number right after an account label."""

    ENTITY = "BANK_ACCOUNT"
    PATTERNS = (
        Pattern(
            "Account number (6-9 digits)",
            # (a last digit may stand apart: "acc 4411 3920 7", "savings 188-37261-4")
            NUMBER_START + r"\d{2,5}(?:[ -]?\d{2,5}){0,3}(?:[ -]\d)?" + NUMBER_END,
            0.3,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return _account_number(pattern_text, 6, 9)

    def has_context(self, text: str, start: int, end: int) -> bool:
        return (
            _ACCOUNT_NUMBER_LABEL.right_before(text, start)
            or _BANK_AFTER_LABEL.search(text, max(0, start - 40), start) is not None
            or _AFTER_BRANCH_CODE.search(text, max(0, start - 30), start) is not None
        )

    def reject(self, text: str, start: int, end: int) -> bool:
        return text[start - 1 : start] == "-"  # a code's number: "Account ID ACC-992017"


# ... or right after a bank abroad's name, with or without the label: "Sender acc: POSB
# 188-73340-6", "ANZ 4291 55806", "NAB 58-301-4472" (an Indonesian bank's accounts are
# longer: "rek BCA 123456789" is none); or right after the branch's code that goes before it
# abroad: "BSB 083-004 51-882-4417", "sort code 20-45-77 44182093".
_BANK_AFTER_LABEL = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:(?:acc(?:ount)?|acct|a/c|rek(?:ening)?)\.?(?:[ \t]+(?:no\.?|number|#))?"
    r"[ \t]*:?[ \t]*)?(?:" + "|".join(BANKS_ABROAD) + r")[ \t]*:?[ \t]*\Z"
)
_AFTER_BRANCH_CODE = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:bsb[ \t:#]*\d{3}[ -]?\d{3}|sort[ \t-]?code[ \t:#]*\d{2}-?\d{2}-?\d{2})"
    r"[ \t]*[,/]?[ \t]*(?:acc(?:ount)?(?:[ \t]+(?:no\.?|number))?[ \t]*:?[ \t]*)?\Z"
)


def _after_account_of_same_layout(text: str, start: int, end: int) -> bool:
    """Whether an account number in the same digit groups, with bank words before it, shortly
    precedes this one: a correction or an alternative ("harusnya ke rek 5410 2298 71 tp sy
    ketik 5410 2289 71"). Unbroken digits are too common a layout to say so."""
    shape = layout(text[start:end])
    if shape.isdigit():
        return False
    for match in _ACCOUNT_DIGITS_REGEX.finditer(text, max(0, start - _SAME_LAYOUT_WINDOW), start):
        if (
            layout(match.group()) == shape
            and _BANK_CONTEXT.before(text, match.start())
            and not after_reference(text, match.start())
        ):
            return True
    return False


def _after_bank_code(text: str, start: int) -> bool:
    return _BANK_CODE_BEFORE.search(text, max(0, start - 8), start) is not None and (
        _BANK_CONTEXT.before(text, start, _BANK_CODE_WINDOW)
    )


# Where a payment came from, in a log of payments: "Room 2 Fina IDR 1.3m from 1230 0054 9916 2
# paid" (not a mobile: "dari 0812...", someone's e-wallet or the sender's phone).
_SOURCE_BEFORE = re.compile(r"(?<![\w])(?i:from|dari)[ \t]+\Z")
_NOT_MOBILE = re.compile(r"(?!\+|08|62)")


def _payment_source(text: str, start: int) -> bool:
    return (
        _SOURCE_BEFORE.search(text, max(0, start - 6), start) is not None
        and _NOT_MOBILE.match(text, start) is not None
        and _TRANSFER_WORDS.before(text, start, _RECEIPT_WINDOW)
    )


def _receipt_account(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a receipt's account label ("Dari:")."""
    return _RECEIPT_LABEL_BEFORE.search(
        text, max(0, start - 70), start
    ) is not None and _TRANSFER_WORDS.before(text, start, _RECEIPT_WINDOW)


_VA_WINDOW = 100
_VA_MIN_DIGITS = 13
# An e-wallet's top-up VA, its wallet named after it on a statement's line: "TRSF E-BANKING DB
# ... 70001081234567890 SHOPEEPAY" ("dana", funds, only as the wallet's capitals).
_EWALLET_AFTER = re.compile(r"[ \t]*[(-]?[ \t]*(?:(?i:shopee[ \t]?pay|gopay|ovo|linkaja)|DANA)\b")
# An e-wallet's top-up code (a company code and the payer's mobile number) needs no VA word
# when the e-wallet is named before it: "top up GoPay ... contoh: 70001085771203349".
_EWALLET_BEFORE = Keywords(r"shopee ?pay", "gopay", "ovo", "linkaja", "dana")
_EWALLET_WINDOW = 120


class VirtualAccountRecognizer(ContextPatternRecognizer):
    """Virtual account / payment code: 10-20 digits after VA words ("VA BCA 3901...")."""

    ENTITY = "BANK_ACCOUNT"
    PATTERNS = (
        Pattern("Virtual account (10-20 digits)", _ACCOUNT_DIGITS, 0.3),
        # e-wallet top-up VAs are a company code and the customer's phone number; no phone
        # number starts after a space inside a longer number: evidence alone
        Pattern(
            "Virtual account (code + mobile number)",
            NUMBER_START + r"\d{3,5} 08\d{2}(?:[ .-]?\d{3,4}){2}\d?" + NUMBER_END,
            0.4,
        ),
        # a long code and a short one, as a bill shows them: "VA 393580878 12345530"
        Pattern(
            "Virtual account (two groups)", NUMBER_START + r"\d{6,16} \d{3,8}" + NUMBER_END, 0.3
        ),
    )
    CONTEXT = Keywords(
        "vas?",  # "VAs were regenerated ... 8277..."
        "virtual accounts?",
        "kode bayar",
        "kode pembayaran",
        "nomor pembayaran",
        "briva",
    )

    def validate_result(self, pattern_text: str) -> bool:
        return _account_number(pattern_text, 10, 20)

    def has_context(self, text: str, start: int, end: int) -> bool:
        # a VA's word may stand a sentence before a VA's long number in its line ("VA berubah
        # setiap periode tagihan. Untuk Desember gunakan 8528..."; not a BPJS card's number)
        if self.CONTEXT.before(text, start) or _EWALLET_AFTER.match(text, end):
            return True
        number = digits(text[start:end])
        if _MOBILE_IN_CODE.fullmatch(number) and _EWALLET_BEFORE.before(
            text, start, window=_EWALLET_WINDOW
        ):
            return True
        line_start = text.rfind("\n", 0, start) + 1
        return (
            len(number) >= _VA_MIN_DIGITS
            and not number.startswith("000")
            and self.CONTEXT.before(text, start, window=min(_VA_WINDOW, start - line_start))
        )

    def reject(self, text: str, start: int, end: int) -> bool:
        # a bill's payment code is a reference, unless it holds the payer's mobile number, as
        # an e-wallet's top-up code does ("kode bayar 70012 0813 2200 4411")
        return (
            after_currency(text, start)
            or (
                after_reference(text, start)
                and _MOBILE_IN_CODE.fullmatch(digits(text[start:end])) is None
            )
            or _government_bill_code(text, start)
        )


_MOBILE_IN_CODE = re.compile(r"\d{3,5}08[1-9]\d{7,10}")


# A card number's digits: unbroken, or in groups of 2-6 joined by spaces (one or more), dots,
# dashes, slashes or underscores: "4532.0151.1283.0366", "5512 - 3456 - 7890 - 1231",
# "3782 822463 10005", "6212 3456 7890 1234 569". Presidio's CreditCardRecognizer reads
# only some of these, and no Mastercard in the 2221-2720 range.
_CARD_SEP = r"(?: {1,3}| ?[-./_] ?)"
_CARD_GROUPS = rf"[2-6]\d{{3}}(?:{_CARD_SEP}\d{{2,6}}){{2,4}}"
_CARD_LINE = rf"\d{{2,6}}(?:{_CARD_SEP}\d{{2,6}})*"
_CARD_OVER_LINES = rf"[2-6]\d{{3}}(?:{_CARD_SEP}\d{{2,6}})*(?:[ \t]*\n[ \t]*{_CARD_LINE}){{1,3}}"
_MASTERCARD_2 = re.compile(r"2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)")


def _iban_checksum(compact: str) -> bool:
    """The IBAN check of an IBAN's letters and digits: mod 97 of their rearrangement is 1."""
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


class MistypedIbanRecognizer(ContextPatternRecognizer):
    """An IBAN whose check digits hold but whose length does not fit its country: a group
    dropped or doubled when typed ("FR49 2004 1010 0773 0002 K815 06"). A string of this shape
    passes the check by chance once in 97."""

    ENTITY = "IBAN_CODE"
    PATTERNS = (
        Pattern(
            "IBAN (check digits only)",
            r"(?<![\p{L}\d])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?"
            r"(?![\p{L}\d])",
            0.7,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        compact = "".join(ch for ch in pattern_text if ch.isalnum())
        return 15 <= len(compact) <= 34 and _iban_checksum(compact)


class CardNumberRecognizer(ContextPatternRecognizer):
    """Payment card number: 15-19 digits, Luhn-valid, in an issuer's range."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = (
        Pattern("Card (grouped)", NUMBER_START + _CARD_GROUPS + NUMBER_END, 0.6),
        # unbroken, 18-19 digits could be anything: card words are needed
        Pattern("Card (digits only)", NUMBER_START + r"[2-6]\d{14,18}" + NUMBER_END, 0.3),
        # typed over lines on a narrow screen ("Nomornya\n4512 7535\n4898 6915"): card words too
        Pattern("Card (over lines)", NUMBER_START + _CARD_OVER_LINES + NUMBER_END, 0.3),
        # in uneven groups ("49 1 0386 090788377"), after card words only
        Pattern("Card (uneven groups)", UNEVEN_GROUPS, 0.2),
    )
    CONTEXT = Keywords(
        "kartu", "card", "cc", "kredit", "credit", "debit", "visa", "mastercard", "maestro", "amex",
        "jcb", "unionpay", "discover",
    )  # fmt: skip

    def validate_result(self, pattern_text: str) -> bool:
        number = digits(pattern_text)
        if number[0] == "2" and not _MASTERCARD_2.match(number):
            return False
        if imei_shaped(pattern_text):
            return False
        return 15 <= len(number) <= 19 and luhn_valid(number)

    def reject(self, text: str, start: int, end: int) -> bool:
        return in_sim_registration(text, start) or super().reject(text, start, end)


def in_sim_registration(text: str, start: int) -> bool:
    """A field of the SMS that registers a SIM card ("kartu" perdana) is a NIK or a KK."""
    return sim_registration_field(text, start) is not None


def imei_shaped(value: str) -> bool:
    """Fifteen digits in one run are an American Express card's (34, 37) or an old JCB's
    (2131, 1800) only: a phone's IMEI has fifteen Luhn-valid digits too ("IMEI HP:
    356938035643809")."""
    return (
        len(value) == 15 and value.isdigit() and not value.startswith(("34", "37", "2131", "1800"))
    )


class PresidioCardRecognizer(CreditCardRecognizer):
    """Presidio's card recognizer (any Luhn-valid 12-19 digits), without IMEIs."""

    def validate_result(self, pattern_text: str) -> bool | None:
        if imei_shaped(pattern_text.strip()):
            return False
        return super().validate_result(pattern_text)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        # (Presidio's pattern recognizers have no reject hook: filter what they found)
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if not in_sim_registration(text, r.start)]


# A SWIFT transfer's (MT103) ordering customer's and beneficiary's accounts, each after a
# slash on its field's line: ":50K: /QA86QNBA...", ":59: /861995360194270".
_SWIFT_ACCOUNT_FIELD = re.compile(
    r"(?m)^[ \t]*:(?:50[AFK]?|59[AF]?):[ \t]*/(?P<account>[A-Z0-9]{6,34})[ \t]*$"
)
_SWIFT_SCORE = 0.85


class SwiftAccountRecognizer(SpanRecognizer):
    """The accounts of a SWIFT transfer message pasted as text."""

    ENTITY = "BANK_ACCOUNT"

    def spans(self, text: str) -> list[Span]:
        return [Span(*m.span("account"), _SWIFT_SCORE) for m in _SWIFT_ACCOUNT_FIELD.finditer(text)]


def recognizers() -> list[EntityRecognizer]:
    return [
        BankAccountRecognizer(),
        SwiftAccountRecognizer(),
        ShortAccountRecognizer(),
        VirtualAccountRecognizer(),
        CardNumberRecognizer(),
        PresidioCardRecognizer(),
        MistypedIbanRecognizer(),
    ]
