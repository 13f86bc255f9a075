"""The compliance API: roles and tenant scope, filters, paging, exports, report, verify."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import httpx
import pytest

from proxy.db import Database
from proxy.ledger import Filters, Ledger
from tests.conftest import ACME_KEY
from tests.ledger.ledger_support import (
    ACME_AUDITOR_KEY,
    AUDITOR_KEY,
    US,
    auth,
    ledger_at,
    proxy_config,
    running_proxy,
    seed,
    transfer,
)


@pytest.fixture(scope="module")
def api(fake_server, analyzer, tmp_path_factory) -> Iterator[tuple[str, Ledger]]:
    _, upstream = fake_server
    config = proxy_config(upstream, tmp_path_factory.mktemp("data"))
    with running_proxy(config, analyzer) as (url, app):
        ledger = app.state.services.transfers
        seed(ledger)
        yield url, ledger


def _get(url: str, path: str, key: str = AUDITOR_KEY, **params) -> httpx.Response:
    return httpx.get(url + "/compliance/api" + path, headers=auth(key), params=params, timeout=30)


def _rows(url: str, key: str = AUDITOR_KEY, **params) -> list[dict]:
    response = _get(url, "/transfers", key, limit=1000, **params)
    assert response.status_code == 200, response.text
    return response.json()["data"]


def test_only_compliance_keys_may_read(api):
    url, _ = api
    assert httpx.get(url + "/compliance/api/transfers").status_code == 401
    response = _get(url, "/transfers", ACME_KEY)  # a service key
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "insufficient_role"


def test_a_tenant_compliance_key_sees_only_its_tenant(api):
    url, _ = api
    assert {r["tenant_id"] for r in _rows(url)} == {"acme", "globex"}
    assert {r["tenant_id"] for r in _rows(url, ACME_AUDITOR_KEY)} == {"acme"}
    assert _get(url, "/transfers", ACME_AUDITOR_KEY, tenant="globex").status_code == 404
    assert _get(url, "/report", ACME_AUDITOR_KEY, tenant="globex").status_code == 404
    assert _get(url, "/verify", ACME_AUDITOR_KEY, tenant="globex").status_code == 404
    report = _get(url, "/report", ACME_AUDITOR_KEY).json()
    assert report["totals"]["tenants"] == ["acme"]
    me = _get(url, "/me", ACME_AUDITOR_KEY).json()
    assert (me["tenant_id"], me["tenants"]) == ("acme", ["acme"])
    assert {"acme", "globex", "strict"} <= set(_get(url, "/me").json()["tenants"])
    trail = httpx.post(
        url + "/compliance/api/subjects",
        headers=auth(ACME_AUDITOR_KEY),
        json={"value": "Budi", "tenant": "globex"},
    )
    assert trail.status_code == 404


def test_filters(api):
    url, _ = api
    assert len(_rows(url)) == 11
    assert {r["country"] for r in _rows(url, country="sg")} == {"SG"}
    assert len(_rows(url, country="SG")) == 1
    blocked = _rows(url, outcome="blocked")
    assert [(r["tenant_id"], r["reason"]) for r in blocked] == [
        ("acme", "subprocessor_not_allowed")
    ]
    assert [r["tenant_id"] for r in _rows(url, outcome="unknown")] == ["globex"]
    assert len(_rows(url, outcome="upstream_error")) == 1
    phones = _rows(url, entity_type="PHONE_NUMBER")
    assert len(phones) == 4 and all("PHONE_NUMBER" in r["entity_counts"] for r in phones)
    assert _rows(url, entity_type="ID_NIK") == []
    assert len(_rows(url, since="2026-02")) == 4
    assert len(_rows(url, until="2026-01")) == 7
    assert len(_rows(url, since="2026-01-05", until="2026-01-05")) == 7
    assert len(_rows(url, since="2026-02-07T00:00:00Z", tenant="acme", subprocessor="fake-us")) == 1
    for bad in ({"country": "USA"}, {"since": "last week"}, {"outcome": "lost"}):
        response = _get(url, "/transfers", **bad)
        assert response.status_code == 400, bad
        (name,) = bad
        assert response.json()["error"]["param"].endswith(name)


def test_cursor_paging_visits_every_transfer_once_newest_first(api):
    url, _ = api
    seen, cursor = [], None
    while True:
        page = _get(url, "/transfers", limit=3, **({"cursor": cursor} if cursor else {})).json()
        seen += [r["id"] for r in page["data"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(seen, reverse=True) and len(seen) == len(set(seen)) == 11


def test_the_report_counts_per_tenant_month_country_and_subprocessor(api):
    url, _ = api
    report = _get(url, "/report").json()
    rows = {(r["tenant_id"], r["month"], r["country"]): r for r in report["rows"]}
    us = rows[("acme", "2026-01", "US")]
    assert (us["transfers"], us["sent"], us["blocked"], us["cross_border"]) == (3, 3, 0, True)
    assert us["categories"] == {
        "PERSON": {"transfers": 3, "values": 3},
        "PHONE_NUMBER": {"transfers": 3, "values": 3},
    }
    assert us["safeguards"] == ["dpa", "scc"] and us["subprocessor_name"] == "Fake Provider Inc."
    refused = rows[("acme", "2026-01", None)]
    assert (refused["blocked"], refused["categories"]) == (1, {})  # nothing left
    domestic = rows[("acme", "2026-02", "ID")]
    assert domestic["cross_border"] is False
    assert domestic["categories"]["PERSON"] == {"transfers": 2, "values": 4}
    failed = rows[("acme", "2026-02", "US")]
    assert (failed["upstream_error"], failed["sent"]) == (1, 0)
    globex = rows[("globex", "2026-01", "US")]
    assert (globex["sent"], globex["unknown"], globex["with_specific_data"]) == (2, 1, 1)
    assert globex["specific_categories"] == {"financial": 1}
    totals = report["totals"]
    assert (totals["transfers"], totals["sent"], totals["blocked"]) == (11, 8, 1)
    assert totals["cross_border"] == 8 and totals["countries"] == ["ID", "SG", "US"]
    only_sg = _get(url, "/report", country="SG").json()["rows"]
    assert [(r["tenant_id"], r["month"], r["subprocessor_id"]) for r in only_sg] == [
        ("acme", "2026-02", "other-sg")
    ]


def test_csv_and_json_lines_exports(api):
    url, _ = api
    response = _get(url, "/transfers.csv", tenant="acme", country="US")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 4 and {r["country"] for r in rows} == {"US"}
    assert rows[0]["entity_counts"] == "PERSON=1;PHONE_NUMBER=1"
    assert rows[0]["recorded_at"] < rows[-1]["recorded_at"]  # oldest first
    lines = _get(url, "/transfers.jsonl", ACME_AUDITOR_KEY).text.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 8 and {r["tenant_id"] for r in records} == {"acme"}


def test_a_download_link_streams_the_export_without_the_key(api):
    url, _ = api
    link = httpx.post(
        url + "/compliance/api/exports",
        headers=auth(ACME_AUDITOR_KEY),
        params={"format": "jsonl", "outcome": "sent"},
    ).json()
    assert link["url"].startswith("/compliance/api/exports/") and link["expires_in"] > 0
    response = httpx.get(url + link["url"])  # no Authorization header
    records = [json.loads(line) for line in response.text.splitlines()]
    assert len(records) == 6 and {(r["tenant_id"], r["outcome"]) for r in records} == {
        ("acme", "sent")
    }
    forged = link["url"][:-4] + ("AAAA" if not link["url"].endswith("AAAA") else "BBBB")
    assert httpx.get(url + forged).status_code == 404


def test_verify_reports_intact_chains_then_the_first_broken_link(api, tmp_path):
    url, ledger = api
    result = _get(url, "/verify").json()
    assert result["ok"] and {c["tenant_id"] for c in result["chains"]} == {"acme", "globex"}
    db = Database(ledger.store.db.url)
    try:
        db.execute("DROP TRIGGER ledger_records_no_update")
        db.execute(
            "UPDATE ledger_records SET country = 'ID' WHERE tenant_id = 'globex' AND seq = 3"
        )
    finally:
        db.close()
    result = _get(url, "/verify").json()
    chains = {c["tenant_id"]: c for c in result["chains"]}
    assert not result["ok"] and chains["acme"]["ok"]
    assert chains["globex"]["first_break"]["problem"] == "altered"
    assert chains["globex"]["first_break"]["seq"] == 3


def test_the_api_is_documented(api):
    url, _ = api
    paths = httpx.get(url + "/openapi.json").json()["paths"]
    for path in ("transfers", "transfers.csv", "transfers.jsonl", "report", "verify", "subjects"):
        assert "/compliance/api/" + path in paths
    schema = paths["/compliance/api/report"]["get"]["responses"]["200"]["content"]
    assert "ReportOut" in json.dumps(schema)


def test_the_page_is_served_self_contained(api):
    url, _ = api
    page = httpx.get(url + "/compliance")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for name in ("compliance.js", "compliance.css"):
        asset = httpx.get(f"{url}/compliance/assets/{name}")
        assert asset.status_code == 200
        # No CDN or other host: the only URL is the SVG namespace name.
        text = asset.text.replace("http://www.w3.org/2000/svg", "")
        assert "http://" not in text and "https://" not in text and "//" + "cdn" not in text
    assert httpx.get(url + "/compliance/assets/..%2Fcompliance.html").status_code == 404
    assert httpx.get(url + "/compliance/assets/secret.key").status_code == 404


def test_the_api_knows_every_outcome_a_transfer_can_have():
    from typing import get_args

    from proxy.ledger.records import RESULTS
    from proxy.routes.compliance import OutcomeName

    assert set(get_args(OutcomeName)) == {str(r) for r in RESULTS}


def test_a_client_leaving_early_is_recorded_as_client_closed(tmp_path):
    ledger = ledger_at(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger.ping()
    handle = ledger.start(transfer("acme", US, {"PERSON": ["Siti"]}))
    ledger.finish(handle, "client_closed", 499, None, 10.0)
    (row,) = ledger.transfers(Filters(outcome="client_closed"))[0]
    assert (row["outcome"], row["http_status"]) == ("client_closed", 499)
    (line,) = ledger.report(Filters())["rows"]
    assert (line["client_closed"], line["categories"]["PERSON"]["values"]) == (1, 1)
