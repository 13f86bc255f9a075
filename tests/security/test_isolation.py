"""Tenant isolation of the ledger and of policies: a key bound to tenant A never reads B's.

(Pseudonym isolation between tenants and tenant-admin isolation are proved in
tests/proxy/test_conversations.py and tests/proxy/test_tenancy.py.)
"""

from __future__ import annotations

import base64
import json

import pytest

from tests.proxy.helpers import chat
from tests.security.conftest import Proxy

SHARED_PHONE = "0813-2468-1357"  # sent by both tenants
GLOBEX_ONLY = "3273014609880003"  # a NIK only globex sent


@pytest.fixture(scope="module")
def ledgered(module_proxy: Proxy, fake_server) -> Proxy:
    """One transfer per tenant in the ledger, both carrying the same phone number."""
    fake_server[0].reset()
    with module_proxy.client("acme") as acme, module_proxy.client("globex") as globex:
        sent = chat(f"HP {SHARED_PHONE}")
        assert acme.post("/v1/chat/completions", json=sent).status_code == 200
        sent = chat(f"HP {SHARED_PHONE}, NIK saya {GLOBEX_ONLY}")
        assert globex.post("/v1/chat/completions", json=sent).status_code == 200
    return module_proxy


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/compliance/api/transfers?tenant=globex", None),
        ("GET", "/compliance/api/transfers.csv?tenant=globex", None),
        ("GET", "/compliance/api/transfers.jsonl?tenant=globex", None),
        ("GET", "/compliance/api/report?tenant=globex", None),
        ("GET", "/compliance/api/verify?tenant=globex", None),
        ("POST", "/compliance/api/exports?tenant=globex", None),
        ("POST", "/compliance/api/subjects", {"value": SHARED_PHONE, "tenant": "globex"}),
        ("GET", "/admin/tenants/globex", None),
        ("GET", "/admin/tenants/globex/audit", None),
    ],
)
def test_a_tenant_bound_compliance_key_cannot_name_another_tenant(ledgered, method, path, body):
    with ledgered.client("acme-compliance") as compliance:
        response = compliance.request(method, path, json=body)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "tenant_not_found"
    assert GLOBEX_ONLY not in response.text


def test_without_a_tenant_filter_a_bound_key_sees_only_its_own_tenant(ledgered):
    with ledgered.client("acme-compliance") as compliance:
        me = compliance.get("/compliance/api/me").json()
        transfers = compliance.get("/compliance/api/transfers").json()["data"]
        csv = compliance.get("/compliance/api/transfers.csv").text
        report = compliance.get("/compliance/api/report").json()
        chains = compliance.get("/compliance/api/verify").json()["chains"]
        trail = compliance.post("/compliance/api/subjects", json={"value": SHARED_PHONE}).json()
        nik_trail = compliance.post("/compliance/api/subjects", json={"value": GLOBEX_ONLY}).json()
        tenants = compliance.get("/admin/tenants").json()
    assert me["tenants"] == ["acme"]
    assert {t["tenant_id"] for t in transfers} == {"acme"} and len(transfers) == 1
    assert "globex" not in csv and "acme" in csv
    assert {row["tenant_id"] for row in report["rows"]} == {"acme"}
    assert [c["tenant_id"] for c in chains] == ["acme"]
    assert {m["tenant_id"] for m in trail["matches"]} == {"acme"}
    assert nik_trail["matches"] == [] and nik_trail["destinations"] == []
    assert [t["id"] for t in tenants] == ["acme"]
    # The all-tenants compliance key does see both (so the filter above is what hid globex).
    assert {t["tenant_id"] for t in ledgered.transfers("compliance")} == {"acme", "globex"}


def test_a_download_link_cannot_be_widened_to_another_tenant(ledgered):
    with ledgered.client("acme-compliance") as compliance:
        link = compliance.post("/compliance/api/exports", params={"format": "jsonl"}).json()
    with ledgered.client(None) as anonymous:
        rows = [json.loads(line) for line in anonymous.get(link["url"]).text.splitlines()]
        assert {row["tenant_id"] for row in rows} == {"acme"}
        # Rewrite the link's filters to globex (or to all tenants): its signature breaks.
        token = link["url"].rsplit("/", 1)[1]
        data, _, mac = token.partition(".")
        payload = json.loads(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
        for tenant in ("globex", None):
            payload["filters"]["tenant_id"] = tenant
            forged = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
            response = anonymous.get(f"/compliance/api/exports/{forged}.{mac}")
            assert response.status_code == 404 and "globex" not in response.text


@pytest.mark.parametrize("who", ["acme", "acme-admin"])
def test_service_and_admin_keys_cannot_read_any_ledger(ledgered, who):
    with ledgered.client(who) as client:
        for path in ("/compliance/api/transfers", "/compliance/api/report", "/compliance/api/me"):
            response = client.get(path)
            assert response.status_code == 403, (path, response.text)
            assert response.json()["error"]["code"] == "insufficient_role"


def test_a_service_key_cannot_read_or_change_policies(ledgered):
    with ledgered.client("acme") as service:
        assert service.get("/admin/tenants/acme").status_code == 403
        assert service.get("/admin/tenants/globex").status_code == 403
        assert service.get("/admin/tenants").status_code == 403
        changed = service.patch("/admin/tenants/acme/policy", json={"allow_media": True})
        assert changed.status_code == 403
