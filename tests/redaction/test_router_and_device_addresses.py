"""A router's factory address (192.168.1.1) is nobody's when the text speaks of a router,
modem or wifi, and so is any first host called a default; an office's own router or gateway
and a person's own device stay masked."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def addresses(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "IP_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("IP laptop saya 192.168.1.10, tolong whitelist", "192.168.1.10"),
        ("my PC's IP is 10.0.0.1 and it can't reach the share", "10.0.0.1"),
        ("ip komputer kasir 192.168.5.1 ga bisa ping", "192.168.5.1"),
        ("tolong remote 172.16.8.1 ya, itu laptop sy", "172.16.8.1"),
        ("My laptop shows 10.8.0.1 on the VPN", "10.8.0.1"),
        ("Router kantor juga sy restart, gateway 192.168.10.1.", "192.168.10.1"),
        ("gateway nya 192.168.5.254, tolong cek", "192.168.5.254"),
        ("setting: gateway 10.8.3.1, netmask 255.255.255.0", "10.8.3.1"),
        ("the access point is at 192.168.50.1 if you need to reboot it", "192.168.50.1"),
    ],
)
def test_a_devices_or_an_offices_router_address_is_masked(
    analyzer: Analyzer, text: str, address: str
) -> None:
    assert addresses(analyzer, text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Modem di rumah sy error, udh coba buka 192.168.100.1 tp ga bisa login",
        "alamat 192.168.0.1 itu halaman default router ya kak",
        "ketik 10.10.10.1 di browser buat setting wifi",
        "default gateway: 10.8.3.1, netmask 255.255.255.0",
        "Firmware version on the router is 1.0.3.14",
        "laptop dapat IP tapi ga bisa ping 192.168.1.1 (router)",
    ],
)
def test_a_routers_factory_or_default_address_is_not_masked(analyzer: Analyzer, text: str) -> None:
    assert addresses(analyzer, text) == []
