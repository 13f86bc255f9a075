"""The compliance page in a real headless Chromium: sign-in, totals, chart, report,
filters, the export download, verification and a data subject's trail; offline."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.ledger.ledger_support import (
    ACME_AUDITOR_KEY,
    AUDITOR_KEY,
    proxy_config,
    running_proxy,
    seed,
)

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not installed (CI installs it: .ci/run, apt-get install chromium)",
)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def site(fake_server, analyzer, tmp_path_factory) -> Iterator[str]:
    _, upstream = fake_server
    with running_proxy(proxy_config(upstream, tmp_path_factory.mktemp("data")), analyzer) as (
        url,
        app,
    ):
        seed(app.state.services.transfers)
        yield url


@pytest.fixture
def page(site):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(accept_downloads=True)
        page = context.new_page()
        page.elsewhere = []  # requests to anywhere but the proxy
        page.errors = []
        page.on(
            "request",
            lambda r: None if r.url.startswith(site) else page.elsewhere.append(r.url),
        )
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
        page.goto(site + "/compliance")
        yield page
        browser.close()


def _sign_in(page, key: str) -> None:
    page.fill("#key", key)
    page.click("#login-form button[type=submit]")


def _report_countries(page) -> list[str]:
    return page.locator("#report tbody tr").evaluate_all("rows => rows.map(r => r.dataset.country)")


def test_the_page_shows_totals_chart_and_report_and_filters_them(page):
    _sign_in(page, "tk-not-a-real-key")
    page.wait_for_selector("#login-error:has-text('not a compliance key')")
    page.errors.clear()  # the browser logs the refused key's 401
    _sign_in(page, AUDITOR_KEY)
    page.wait_for_selector("#chart svg rect[data-country]")
    assert page.text_content("#who") == "all tenants"
    assert page.text_content("[data-total=transfers] b") == "11"
    assert page.text_content("[data-total=blocked] b") == "1"
    bars = page.locator("#chart svg rect[data-country]").evaluate_all(
        "bars => bars.map(b => [b.dataset.month, b.dataset.country, +b.dataset.count])"
    )
    assert sorted(bars) == [
        ["2026-01", "US", 6],
        ["2026-02", "ID", 2],
        ["2026-02", "SG", 1],
        ["2026-02", "US", 1],
    ]
    assert page.locator("#chart .legend").inner_text().split() == ["ID", "SG", "US"]
    assert sorted(_report_countries(page)) == ["", "ID", "SG", "US", "US", "US"]
    assert page.locator("#transfers tbody tr").count() == 11

    page.fill("#filters [name=country]", "SG")
    page.click("#filters button[type=submit]")
    expect(page.locator("#report tbody tr")).to_have_count(1)
    assert _report_countries(page) == ["SG"]
    assert page.locator("#chart svg rect[data-country]").count() == 1
    assert page.text_content("[data-total=transfers] b") == "1"
    assert "Other Pte. Ltd." in page.inner_text("#report tbody")

    with page.expect_download() as waiting:
        page.click("#download-csv")
    download = waiting.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text())))
    assert [(r["tenant_id"], r["country"], r["outcome"]) for r in rows] == [("acme", "SG", "sent")]

    page.click("#verify")
    page.wait_for_selector("#verify-result.ok")
    assert page.text_content("#verify-result") == "2 chain(s) intact"

    page.fill("#subject", "+62 812 3456 7890")
    page.click("#subject-form button[type=submit]")
    page.wait_for_selector("#trail:not([hidden]) tbody tr")
    cells = page.locator("#trail tbody tr td").all_inner_texts()
    assert cells[:4] == ["acme", "Fake Provider Inc. (fake-us)", "US", "3"]
    assert cells[-1] == "PHONE_NUMBER"

    assert page.elsewhere == [] and page.errors == []


def test_a_tenant_key_sees_only_its_tenant(page):
    _sign_in(page, ACME_AUDITOR_KEY)
    page.wait_for_selector("#chart svg rect[data-country]")
    assert page.text_content("#who") == "tenant acme"
    assert page.locator("#f-tenant option").all_inner_texts() == ["acme"]
    assert page.text_content("[data-total=transfers] b") == "8"
    tenants = page.locator("#report tbody tr td:first-child").all_inner_texts()
    assert set(tenants) == {"acme"}
    assert page.elsewhere == [] and page.errors == []
