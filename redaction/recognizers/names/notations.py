"""Names in fixed notations: tickets, Korean given names, user names, devices."""

from __future__ import annotations

import re

from redaction.recognizers.mrz import zone_names
from redaction.recognizers.names.tokens import NameSpan, Token, free
from redaction.recognizers.names.vocabulary import (
    FAMILY_NAMES,
    FOREIGN_NAMES,
    HONORIFICS,
    NAMES,
    ORG_WORDS,
    STOPWORDS,
    blocked,
    english_word,
    is_sure_name,
)

# A user name made of two names: "andre.kurniawan", "@rina_putri".
_HANDLE = re.compile(r"(?<![\w.@/])@?([a-z]+)[._]([a-z]+)\d{0,4}(?![\w@]|\.\w)", re.IGNORECASE)
# A passenger on a ticket: "SARAGIH/RONALDO MR" (SURNAME/GIVEN NAMES and a title), or
# without the title after a passenger's or a cardholder's label ("Passenger: LESTARI/NI
# KADEK AYU", "Cardholder HALIM/KEVIN").
_TICKET_NAME = re.compile(
    r"\b[A-Z]{2,}(?:[ \t][A-Z]{2,})*/[A-Z]{2,}(?:[ \t][A-Z]{2,})*?"
    r"(?=[ \t]+(?:MR|MRS|MS|MSTR|MISS)\b)"
)
_LABELLED_TICKET_NAME = re.compile(
    r"\b(?i:passenger|penumpang|pax|cardholder|card[ \t]holder|name|nama)(?:[ \t]*\d{1,2})?"
    r"[ \t]*:?[ \t]+(?:(?:MR|MRS|MS|MSTR|MISS)[ \t]+)?"
    r"(?P<name>[A-Z]{2,}(?:[ \t][A-Z]{2,})*/[A-Z]{2,}(?:[ \t][A-Z]{2,})*)(?![\w/])"
)
_TICKET_NAME_SCORE = 0.85
_HANDLE_SCORE = 0.6
# A mention of one name: "cc @budi", "@Fajar tolong cek".
_MENTION = re.compile(r"(?<![\w.@/])@([A-Za-z]{3,20})(?![\w@]|\.\w)")
_HANDLE_LABEL = re.compile(
    r"(?i:\b(?:ig|instagram|tiktok|twitter|x|fb|facebook|username|user(?:[ \t]*id)?|akun|id"
    r"|telegram|tele|line))[ \t]*:?[ \t]*\Z"
)
# A user name after its label, a possessive or a qualifier or two between, in any case and
# at the end of a sentence: "User ID rizkyananda", "username: dewiputri88", "User ID aku
# rizkyamalia93", "username e-learning anak saya alya.syahputri", "my username is
# rkurniawan.", "user id sy ANTONIUSHA1205", "panel login andriyani".
_LABELLED_HANDLE = re.compile(
    r"(?i:\b(?:ig|instagram|tiktok|twitter|username|user(?:[ \t]*id)?|akun|telegram|login))"
    r"(?i:[ \t]+(?:aku|saya|sy|gw|gue|gua|ku|dia|anak|istri|suami|e-?learning|login|baru|lama"
    r"|nya|is|adalah|yaitu)){0,3}"
    r"[ \t]*:?[ \t]*@?"
    r"(?P<handle>[A-Za-z][A-Za-z0-9]{2,23}(?:[._][A-Za-z0-9]{1,12}){0,2})(?![\w@]|\.\w)"
)
_NETWORK_LABEL = re.compile(
    r"(?i:\b(?:wi-?fi|ssid|hotspot|network|jaringan)(?:[ \t]*(?:nya|name|nama|network)){0,2})"
    r"[ \t]*:?[ \t]*\Z"
)
_HANDLE_PARTS = re.compile(r"[._\d]+")
_AT_HANDLE = re.compile(r"(?<![\w.@/])@(?P<handle>[A-Za-z][A-Za-z0-9._]{2,29}(?<!\.))(?![\w@])")
# A computer or phone named after its user: "LAPTOP-FAHRIZAL", "PC-Rina" (not "PC-KASIR").
_DEVICE_NAME = re.compile(
    r"\b(?i:laptop|desktop|pc|notebook|macbook|iphone|ipad)[-_](?P<name>[A-Z][A-Za-z]{2,19})\b(?![-.]\w)"
)
# Syllables of romanised Korean given names, written with a hyphen: "Ji-hoon", "Seo-yeon".
_KOREAN_SYLLABLES = (
    "ah|bin|bo|bum|chae|chan|cheol|chul|dae|do|dong|eun|geun|gi|gyu|ha|hae|han|hee|ho|hoon|hun"
    "|hwa|hwan|hye|hyo|hyuk|hyun|in|jae|je|ji|jin|jong|joo|ju|jun|jung|kwang|kyu|kyung|mi|min"
    "|myung|na|nam|ra|ri|rin|sang|se|seo|seok|seon|seong|seul|seung|so|sol|soo|sook|su|suk|sun"
    "|sung|tae|won|woo|wook|woong|yeol|yeon|yeong|yong|young|yu|yul|yun"
)
# A Korean given name, after its family name when there is one: "Park Ji-hoon", "Hye-jin".
_KOREAN_NAME = re.compile(
    r"(?<![\w-])(?:(?:Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon"
    r"|Hwang|Ahn|Song|Yoo|Hong|Moon|Baek|Ryu|Nam|Bae)[ \t]+)?"
    rf"(?P<first>(?i:{_KOREAN_SYLLABLES}))-(?P<second>{_KOREAN_SYLLABLES})(?![\w-])"
)
_KOREAN_NAME_SCORE = 0.75


def written_names(text: str) -> list[NameSpan]:
    """Names in fixed notations: tickets ("SARAGIH/RONALDO MR"), a passport's machine-readable
    zone, Korean given names with their hyphen ("Ji-hoon"), user names of two names, names in
    Chinese, Japanese or Korean script after a name's label ("Name: 林怡婷") and names with a
    Japanese honorific ("Tanaka-san")."""
    found = [NameSpan(*m.span(), _TICKET_NAME_SCORE) for m in _TICKET_NAME.finditer(text)]
    found += [
        NameSpan(*m.span("name"), _TICKET_NAME_SCORE)
        for m in _LABELLED_TICKET_NAME.finditer(text)
        if free(found, *m.span("name"))
    ]
    found += [NameSpan(s.start, s.end, _TICKET_NAME_SCORE) for s in zone_names(text)]
    for match in _KOREAN_NAME.finditer(text):
        # "Min-jun", not "so-so" nor a lower-case compound
        if match["first"][0].isupper() and match["first"].lower() != match["second"]:
            found.append(NameSpan(*match.span(), _KOREAN_NAME_SCORE))
    for match in _HANDLE.finditer(text):
        if _NETWORK_LABEL.search(text, max(0, match.start() - 20), match.start()):
            continue  # a wifi network's name: "Wifi: SANTIKA_GUEST"
        first, last = match.group(1).lower(), match.group(2).lower()
        known = first in NAMES and last in NAMES
        # "@yuliana.piliang", "IG: rina_putri": a user name after "@" or a user-name label
        marked = match.group().startswith("@") or _HANDLE_LABEL.search(
            text, max(0, match.start() - 16), match.start()
        )
        sure = is_sure_name(first) or is_sure_name(last)
        # a sure first name, an underscore and any word: "rendi_keren", "sinta_cantik99"
        named = is_sure_name(first) and "_" in match.group() and len(last) >= 3
        # after "@" a gazetteer name that is also a word is a user's name: "@ayu_lestari"
        if (sure and (known or marked)) or named or (match.group().startswith("@") and known):
            start = match.start() + match.group().startswith("@")
            found.append(NameSpan(start, match.end(), _HANDLE_SCORE))
    for match in _AT_HANDLE.finditer(text):
        # "@nabilaputri", "@dewi.ayu.arisan": a user name holding a name after "@"
        if _user_name(match["handle"]) and free(found, *match.span("handle")):
            found.append(NameSpan(*match.span("handle"), _HANDLE_SCORE))
    for match in _MENTION.finditer(text):
        word = match.group(1).lower()
        if (word in NAMES or word in FOREIGN_NAMES) and not (
            word in STOPWORDS or word in ORG_WORDS or word in HONORIFICS
        ):
            found.append(NameSpan(*match.span(1), _HANDLE_SCORE))
    for match in _DEVICE_NAME.finditer(text):
        owner = Token(*match.span("name"), match["name"])
        if owner.lower in NAMES or not (blocked(owner) or english_word(owner)):
            found.append(NameSpan(owner.start, owner.end, _HANDLE_SCORE))
    for match in _HAN_NAME.finditer(text):
        before = match["before"]
        if before[0].isupper() and (before.lower() in NAMES or before.lower() in FOREIGN_NAMES):
            found.append(NameSpan(*match.span("name"), _HANDLE_SCORE))
    for match in _LABELLED_HANDLE.finditer(text):
        if _user_name(match["handle"]) and free(found, *match.span("handle")):
            found.append(NameSpan(*match.span("handle"), _HANDLE_SCORE))
    found += [
        NameSpan(*m.span("name"), _HANDLE_SCORE)
        for m in _LABELLED_SCRIPT_NAME.finditer(text)
        if free(found, *m.span("name"))
    ]
    found += [
        NameSpan(*m.span("name"), _HONORIFIC_SUFFIX_NAME_SCORE)
        for m in _JAPANESE_HONORIFIC_NAME.finditer(text)
        if not english_word(Token(*m.span("name"), m["name"]))
        and m["name"].lower() not in HONORIFICS
        and m["name"].lower() not in _JAPANESE_HONORIFICS
    ]
    return found


# A name with a Japanese honorific glued after it: "Tanaka-san", "Kenji-kun".
_JAPANESE_HONORIFICS = ("san", "sama", "kun", "chan", "sensei", "senpai")
_JAPANESE_HONORIFIC_NAME = re.compile(
    rf"(?<![\w-])(?P<name>[A-Z][a-z]{{2,}})-(?:{'|'.join(_JAPANESE_HONORIFICS)})(?![\w-])"
)
_HONORIFIC_SUFFIX_NAME_SCORE = 0.75
# A name in Chinese characters, katakana or Hangul after a name's or an account holder's
# label, as migrant workers pass on employers' and friends' bank details: "Name: 林怡婷",
# "name 張家豪", "口座名義 グナワン プラセティヨ", "예금주: 김민수".
_LABELLED_SCRIPT_NAME = re.compile(
    r"(?:\b(?i:name|nama|beneficiary|penerima|holder)|姓名|名前|氏名|口座名義|受取人|收款人|户名"
    r"|戶名|이름|예금주)[ \t]*[:：]?[ \t]*"
    r"(?P<name>[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])"
    r"|[\u30a1-\u30fa\u30fc]{2,}(?:[ \t\u3000\u30fb][\u30a1-\u30fa\u30fc]{2,}){0,3}"
    r"|[\uac00-\ud7a3]{2,4}(?![\uac00-\ud7a3]))"
)
# A name in Chinese characters in brackets after its romanised form: "Zhang Wei (张伟)".
_HAN_NAME = re.compile(r"(?P<before>[A-Za-z]+)[ \t]*\((?P<name>[\u4e00-\u9fff]{2,4})\)")


def _named_handle(handle: str) -> bool:
    """A user name holding a name: "rizkyananda", "dewiputri88", "nadiaputri_sp", "budi.s"."""
    if "." not in handle and "_" not in handle and len(handle.rstrip("0123456789")) < 6:
        return False
    return any(
        is_sure_name(part) or _two_names(part)
        for part in _HANDLE_PARTS.split(handle)
        if len(part) >= 3
    )


def _user_name(handle: str) -> bool:
    """A user name after "@" or a user-name label that holds a name (not a word: "password
    login dikirim via email")."""
    if handle.isalpha() and blocked(Token(0, len(handle), handle)):
        return False
    handle = handle.lower()
    return _named_handle(handle) or _labelled_name(handle)


def _labelled_name(handle: str) -> bool:
    """A user name that holds a name once a label or "@" says it is a user's: a name that
    is also a word ("melati_ps"), a sure first name run into more letters ("nindyoktav",
    "sitinurhaliza88"), or an initial and a family name ("rsiregar")."""
    parts = [p for p in _HANDLE_PARTS.split(handle) if p]
    if not parts:
        return False
    if len(parts) > 1 and any(
        len(p) >= 3 and p in NAMES and p not in STOPWORDS and p not in HONORIFICS for p in parts
    ):
        return True
    word = parts[0]
    if len(word) >= 6 and word[1:] in FAMILY_NAMES:
        return True
    return any(is_sure_name(word[:cut]) and len(word) - cut >= 3 for cut in range(4, len(word) - 2))


def _two_names(word: str) -> bool:
    """A user name made of two names written together: "rizkyananda", "dewiputri88"."""
    word = word.rstrip("0123456789")
    for cut in range(3, len(word) - 2):
        first, last = word[:cut], word[cut:]
        if first in NAMES and last in NAMES and (is_sure_name(first) or is_sure_name(last)):
            return True
    return False
