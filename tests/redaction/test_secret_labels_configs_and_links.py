"""SECRET: passwords after the label of what they open (Wi-Fi, admin panel, login with a
service's name), old and current passwords named after their keyword, forms with the value
on the next line, digits after "pw atm" / "pw wifi", SSH passphrases and Wi-Fi keys,
credentials in configuration entries (PHP, JSON, snake case), vendor keys (Twilio, Mailgun),
webhook and query tokens, authenticator secrets; and none in network names, version numbers,
settings, hotlines, tickets or links without a key."""

from __future__ import annotations

import pytest

from tests.redaction.test_secrets import values


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # after the label of what the password opens
        ("Wi-Fi (tamu): RuangRapat2027", "RuangRapat2027"),
        ("wifi lt 4 = lantaiempat44", "lantaiempat44"),
        ("admin panel CCTV: Cctv#Gudang9", "Cctv#Gudang9"),
        ("router admin: Adm1n!Rumah", "Adm1n!Rumah"),
        ("login nas kantor lama: root / N4s!Backup", "N4s!Backup"),
        # the old or current password, its keyword earlier in the message
        ("pw email sy ga bisa, yg lama jerukmanis77 udah ga jalan", "jerukmanis77"),
        ("She forgot her password. Her old one was Kitty2019 maybe", "Kitty2019"),
        ("tolong reset pass server, skrg masih admin2020!", "admin2020!"),
        ("password lama: Lama2023, baru: Mangga!24", "Mangga!24"),
        # a form's label on its line, the value on the next
        ("Username\nrina.s\nPassword\nRina2024!", "Rina2024!"),
        # digits after what they unlock
        ("pw wifi 20202020 ya", "20202020"),
        ("pw atm sy 908172 jgn bilang2", "908172"),
        # an SSH key's passphrase, a Wi-Fi network's key
        ("passphrase key nya sunsetBali!88", "sunsetBali!88"),
        ("WPA key: kopi8899susu", "kopi8899susu"),
        # an e-mail address and its password with an "@" in it, credentials of a VPN
        ("Email/pass: rudi.h@mail.id / Rudi@2024", "Rudi@2024"),
        ("VPN creds: vpnkantor / Vpn!Kantor7", "Vpn!Kantor7"),
        # a password given to a command
        ("coba mysql -u admin -pGudang2024 dari server", "Gudang2024"),
        ("sshpass -p 'Srv!9pass' ssh deploy@host", "Srv!9pass"),
        ("pg_restore --password=Pg#Restore1 db.dump", "Pg#Restore1"),
        # configuration entries
        ("define('SMTP_PASSWORD', 'Mail#Srv2024');", "Mail#Srv2024"),
        ("'secret_key' => 'z8Kp2LmQ9xWv',", "z8Kp2LmQ9xWv"),
        ('{"password": "Json!Pass77"}', "Json!Pass77"),
        ("smtp_pass: ku7Rb2Lq", "ku7Rb2Lq"),
        ("TOKEN=c2a9e17f4b08d3e6a5f1", "c2a9e17f4b08d3e6a5f1"),
        ('API_KEY: "Qm4Zx8Lp2Vb7Nc1Wt"', "Qm4Zx8Lp2Vb7Nc1Wt"),
        # a key's own word after the service's name
        (
            "the mailgun api key is 7c1e9a3f5b2d4f6a8c0e1b3d5f7a9c2e",
            "7c1e9a3f5b2d4f6a8c0e1b3d5f7a9c2e",
        ),
        ("secret: Hq7#zP2x", "Hq7#zP2x"),
        # vendor prefixes
        ("sid twilio AC0a1b2c3d4e5f60718293a4b5c6d7e8f9", "AC0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
        ("key-0a9b8c7d6e5f40312a3b4c5d6e7f8091", "key-0a9b8c7d6e5f40312a3b4c5d6e7f8091"),
        # webhook tokens and keys in a query
        (
            "https://discord.com/api/webhooks/998877665544332211/Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1",
            "Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1",
        ),
        ("https://api.example.com/v1/report?api_key=Zx9Lm2Qp7Rt4&fmt=csv", "Zx9Lm2Qp7Rt4"),
        # an authenticator app's secret
        ("2FA secret: MFRGGZDFMZTWQ2LK", "MFRGGZDFMZTWQ2LK"),
        ("setup key: k2m4 p7qx z3ab d6ef", "k2m4 p7qx z3ab d6ef"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert secret in values(text)


@pytest.mark.parametrize(
    "text",
    [
        # network names, bandwidth, hardware, a user name, a handle, times
        "wifi kos: KosMawar_3 pass nya tanya ibu kos",
        "wifi: Rumah2Lantai pass: ada di router",
        "wifi kantor: GEDUNG-B-5G, tanya resepsionis",
        "Wifi: 100Mbps unlimited, harga Rp 350.000",
        "Router: TP-Link Archer C6 v3.0",
        "admin: @tokobaju_88 ya kak",
        "login: budi_88",
        "login: 08.00 - 17.00 WIB",
        "the admin panel: v2.3.1 build 4471",
        "hotspot: pakai HP kakak aja",
        # no password after "yg lama" / "masih"
        "password lama sy udah lupa, hp yg lama Samsung A52",
        "password harus 8 karakter, yg lama cuma 6",
        "pw baru nanti sy kirim, yg lama udah diganti 2 hari lalu",
        # no password on the line after a question
        "Lupa password\nGimana caranya reset?",
        # a hotline, a ticket, a label before the colon
        "Jika bukan Anda, segera ganti password dan hubungi 1500-321.",
        "password reset ticket INC-20240812 sudah ditutup",
        # an e-mail address after another, a database named to mysql, an option alone
        "cc: rudi.h@mail.id / sari.k@mail.id",
        "mysql -u root -p tokodb",
        "pg_dump --password",
        # a time or a report about a password
        "sy ganti password jam 10.30 tadi",
        "password reset bug: commit 9f2c1ab, PR #442",
        # settings of a credential, not one
        "PASSWORD_POLICY=strict",
        "password_min_length: 12",
        "ACCESS_TOKEN_TTL=3600s",
        # a quoted name in the next sentence, links without a key
        'Never tell anyone your password. A message from "Helpdesk" is fake.',
        "https://shop.example.com/search?key=sepatu&page=2",
        "dashboard: https://grafana.example.com/d/abc123",
        # no authenticator secret in a plain word
        "2FA key nya hilang, gimana dong",
    ],
)
def test_not_found(text: str) -> None:
    assert values(text) == []


def test_a_value_that_is_a_label_is_not_the_password() -> None:
    assert values("password wifi lt5: Ruang!Lt5_2027") == ["Ruang!Lt5_2027"]


def test_a_token_starts_with_its_first_letter_or_digit() -> None:
    assert values("AUTH_TOKEN=9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f") == [
        "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f"
    ]
    assert values('"password": "Q!uote99x"') == ["Q!uote99x"]
