"""Regex pieces the secret recognizers share: keyword endings, fillers, hotline numbers."""

from __future__ import annotations

import regex

# Up to four words between a keyword and its value: "kode OTP kamu adalah 482913",
# "password wifi nya: abc". Lazy, so the value is the first token that qualifies.
FILLERS = r"(?:[ \t]+\p{L}{1,15}){0,4}?"


# An Indonesian enclitic may follow the keyword ("passwordnya", "OTP-nya"), but no other
# letters ("passport" is no "pass").
ENCLITIC = r"(?:-?(?:nya|ku|mu))?(?!\p{L})"


# A service number, not a code: "call center 1500-888", "hubungi 14045".
HOTLINE_BEFORE = regex.compile(
    r"(?i:\b(?:call|hotline|hubungi|telp|telepon|tlp|nomor|no|cs|kontak|contact"
    r"|halo|layanan|resmi|official|info))\b"
    # "WA" names the app a code is for right after the code's keyword ("kode verifikasi WA
    # kamu 123-456") or the channel it went by ("minta OTP via WA"), elsewhere a number to
    # call ("WA kami 0812...")
    r"|(?<!(?i:otp|kode|code|verifikasi|verification|verif|aktivasi|pin|via|lewat|lwt|melalui"
    r"|by)[ \t]{1,3})"
    r"(?i:\b(?:wa|whatsapp))\b"
)
