"""Keys are stored hashed and never logged; every management, compliance and OpenAI
endpoint needs its role (rate limits per key: tests/proxy/test_operations.py)."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from proxy.app import create_app
from proxy.keys import key_sha256
from tests.proxy.helpers import chat
from tests.security.conftest import KEYS, Proxy, dump_schema, running, security_settings

SERVICE, ADMIN, OPERATOR, COMPLIANCE = "service", "tenant-admin", "operator", "compliance"
ANY = frozenset({SERVICE, ADMIN, OPERATOR, COMPLIANCE})
READERS = frozenset({ADMIN, OPERATOR, COMPLIANCE})
# Who may call each operation (no key: 401 everywhere; any other role: 403).
ALLOWED = {
    ("POST", "/v1/chat/completions"): {SERVICE},
    ("POST", "/v1/completions"): {SERVICE},
    ("POST", "/v1/embeddings"): {SERVICE},
    ("GET", "/v1/models"): {SERVICE},
    ("GET", "/admin/subprocessors"): ANY,
    ("GET", "/admin/subprocessors/{subprocessor_id}"): ANY,
    ("PUT", "/admin/subprocessors/{subprocessor_id}"): {OPERATOR},
    ("GET", "/admin/tenants"): READERS,
    ("POST", "/admin/tenants"): {OPERATOR},
    ("GET", "/admin/tenants/{tenant_id}"): READERS,
    ("PATCH", "/admin/tenants/{tenant_id}/policy"): {ADMIN},
    ("POST", "/admin/tenants/{tenant_id}/subprocessors/{subprocessor_id}/{verdict}"): {ADMIN},
    ("GET", "/admin/tenants/{tenant_id}/audit"): READERS,
    ("POST", "/admin/keys"): {OPERATOR},
    ("GET", "/admin/keys"): {OPERATOR},
    ("DELETE", "/admin/keys/{key_id}"): {OPERATOR},
    ("GET", "/compliance/api/me"): {COMPLIANCE},
    ("GET", "/compliance/api/transfers"): {COMPLIANCE},
    ("GET", "/compliance/api/transfers.csv"): {COMPLIANCE},
    ("GET", "/compliance/api/transfers.jsonl"): {COMPLIANCE},
    ("POST", "/compliance/api/exports"): {COMPLIANCE},
    ("GET", "/compliance/api/report"): {COMPLIANCE},
    ("GET", "/compliance/api/verify"): {COMPLIANCE},
    ("POST", "/compliance/api/subjects"): {COMPLIANCE},
}
# Open by design: health and metrics, and signed short-lived export links.
OPEN = {
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
    ("GET", "/compliance/api/exports/{token}"),
}
CALLERS = {
    SERVICE: "acme",
    ADMIN: "acme-admin",
    OPERATOR: "operator",
    COMPLIANCE: "acme-compliance",
}
PATH_VALUES = {
    "tenant_id": "acme",
    "subprocessor_id": "fake-us",
    "verdict": "approve",
    "key_id": "key_000000000000",
}


def test_every_operation_is_in_the_role_table(upstream, analyzer, tmp_path):
    _, url = upstream
    schema = create_app(security_settings(url, tmp_path), analyzer).openapi()
    operations = {
        (method.upper(), path) for path, item in schema["paths"].items() for method in item
    }
    assert operations == set(ALLOWED) | OPEN


@pytest.mark.parametrize(("method", "path"), sorted(ALLOWED))
def test_each_endpoint_needs_its_role(module_proxy, method, path):
    url = path.format(**PATH_VALUES)
    body = {} if method in ("POST", "PUT", "PATCH") else None
    with module_proxy.client(None) as anonymous:
        assert anonymous.request(method, url, json=body).status_code == 401
    for role, who in CALLERS.items():
        with module_proxy.client(who) as client:
            response = client.request(method, url, json=body)
        if role in ALLOWED[(method, path)]:
            assert response.status_code not in (401, 403), (role, response.text)
        else:
            assert response.status_code == 403, (role, response.text)
            assert response.json()["error"]["code"] == "insufficient_role"


def issue_and_use_keys(proxy: Proxy) -> list[str]:
    """A key of every role issued through the API and used once; the plaintext keys."""
    with proxy.client("operator") as operator:
        issued = [
            operator.post("/admin/keys", json={"role": role, "tenant_id": tenant}).json()["key"]
            for role, tenant in (
                (SERVICE, "acme"),
                (ADMIN, "acme"),
                (COMPLIANCE, "acme"),
                (OPERATOR, None),
            )
        ]
    for key, path in zip(
        issued,
        ("/v1/models", "/admin/tenants/acme", "/compliance/api/me", "/admin/keys"),
        strict=True,
    ):
        response = httpx.get(proxy.url + path, headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 200, response.text
    with proxy.client("acme") as service:
        assert service.post("/v1/chat/completions", json=chat("hi")).status_code == 200
    return issued


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_keys_are_stored_hashed_and_never_logged(store, request, upstream, analyzer, tmp_path):
    caplog = request.getfixturevalue("caplog")
    _, url = upstream
    pg_url = request.getfixturevalue("pg_url") if store == "postgresql" else None
    settings = security_settings(url, tmp_path, storage_url=pg_url, ledger_url=pg_url)
    with caplog.at_level(logging.DEBUG), running(settings, analyzer) as proxy:
        issued = issue_and_use_keys(proxy)
        metrics = httpx.get(proxy.url + "/metrics").text
    stored = b"".join(p.read_bytes() for p in Path(tmp_path).rglob("*") if p.is_file())
    if pg_url is not None:
        stored += dump_schema(pg_url).encode()
    places = {"store": stored.decode("utf-8", "replace"), "logs": caplog.text, "metrics": metrics}
    assert all(key_sha256(key) in places["store"] for key in issued)  # scanned where keys live
    assert caplog.text
    for key in [*issued, *KEYS.values()]:
        for place, data in places.items():
            assert key not in data, f"a plaintext key in the {place}"
