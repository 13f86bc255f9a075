"""Per-tenant sub-processor authorisation, policy management, roles and audit history."""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import httpx
import psycopg
import pytest

from proxy.app import create_app
from proxy.config import parse_settings
from proxy.keys import key_sha256
from tests.proxy.helpers import CARD, EMAIL, TEXT, chat
from tests.servers import ServerThread

PG = "postgresql://postgres@127.0.0.1:5432/test"
KEYS = {
    name: f"tk-test-{name}-key"
    for name in ("lokal", "global", "strict", "lokal-admin", "global-admin", "ops", "audit")
}


def config(upstream: str, data_dir: str, storage_url: str | None = None) -> dict:
    recent = (date.today() - timedelta(days=3)).isoformat()
    deployment = {"api_base": upstream + "/v1", "api_key_env": "TEKINO_TEST_UPSTREAM_KEY"}
    return {
        "server": {"data_dir": data_dir},
        "storage": {"url": storage_url} if storage_url else {},
        "policy": {"notice_days": 30, "poll_s": 0.2},
        "subprocessors": [
            {
                "id": "prov-us",
                "name": "Provider US Inc.",
                "country": "US",
                "safeguards": ["scc"],
                "added": "2025-01-01",
            },
            {
                "id": "prov-sg",
                "name": "Provider SG Pte. Ltd.",
                "country": "SG",
                "safeguards": ["dpa"],
                "added": "2025-01-01",
            },
            {"id": "newcomer", "name": "New Cloud LLC", "country": "US", "added": recent},
        ],
        "deployments": [
            {
                "model": "chat-x",
                "subprocessor": "prov-us",
                "litellm_model": "openai/x-us",
                **deployment,
            },
            {
                "model": "chat-x",
                "subprocessor": "prov-sg",
                "litellm_model": "openai/x-sg",
                **deployment,
            },
            {
                "model": "chat-new",
                "subprocessor": "newcomer",
                "litellm_model": "openai/x-new",
                **deployment,
            },
        ],
        "tenants": [
            {
                "id": "lokal",
                "api_keys_sha256": [key_sha256(KEYS["lokal"])],
                "approved_subprocessors": ["prov-us", "prov-sg"],
                "allowed_countries": ["ID", "SG"],
            },
            {
                "id": "global",
                "api_keys_sha256": [key_sha256(KEYS["global"])],
                "authorisation": "general",
            },
            {
                "id": "strict",
                "api_keys_sha256": [key_sha256(KEYS["strict"])],
                "approved_subprocessors": ["prov-us"],
                "entity_actions": {"EMAIL_ADDRESS": "block"},
                "specific_data": "block",
            },
        ],
        "access_keys": [
            {"sha256": key_sha256(KEYS["lokal-admin"]), "role": "tenant-admin", "tenant": "lokal"},
            {
                "sha256": key_sha256(KEYS["global-admin"]),
                "role": "tenant-admin",
                "tenant": "global",
            },
            {"sha256": key_sha256(KEYS["ops"]), "role": "operator"},
            {"sha256": key_sha256(KEYS["audit"]), "role": "compliance", "tenant": "lokal"},
        ],
    }


@contextlib.contextmanager
def proxy(raw: dict, analyzer) -> Iterator[str]:
    with ServerThread(create_app(parse_settings(raw), analyzer)) as server:
        yield server.url


def as_(url: str, who: str) -> httpx.Client:
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEYS[who]}"}, timeout=30)


@pytest.fixture
def running(fake_server, analyzer, tmp_path) -> Iterator[tuple[str, object]]:
    fake, upstream = fake_server
    fake.reset()
    with proxy(config(upstream, str(tmp_path)), analyzer) as url:
        yield url, fake


def test_tenant_limited_to_sg_is_routed_to_the_sg_deployment(running):
    url, fake = running
    with as_(url, "lokal") as client:
        response = client.post("/v1/chat/completions", json=chat(TEXT, model="chat-x"))
    assert response.status_code == 200
    assert fake.received[-1].json["model"] == "x-sg"


def test_no_allowed_deployment_is_403_and_nothing_leaves(running):
    url, fake = running
    with as_(url, "lokal") as client:
        response = client.post("/v1/chat/completions", json=chat(TEXT, model="chat-new"))
        models = {m["id"] for m in client.get("/v1/models").json()["data"]}
    error = response.json()["error"]
    assert response.status_code == 403 and error["code"] == "subprocessor_not_allowed"
    assert "chat-new" in error["message"] and "newcomer" in error["message"]
    assert fake.received == []
    assert models == {"chat-x"}


def test_notice_period_approval_and_objection(running):
    url, fake = running
    with as_(url, "global") as service, as_(url, "global-admin") as admin:
        pending = service.post("/v1/chat/completions", json=chat("hi", model="chat-new"))
        assert pending.status_code == 403 and "notice period" in pending.json()["error"]["message"]
        view = admin.get("/admin/tenants/global").json()
        newcomer = next(s for s in view["subprocessors"] if s["id"] == "newcomer")
        assert newcomer["status"] == "pending_notice" and newcomer["usable_from"]
        # Older catalogue entries are usable under general authorisation.
        assert (
            service.post("/v1/chat/completions", json=chat("hi", model="chat-x")).status_code == 200
        )

        assert admin.post("/admin/tenants/global/subprocessors/newcomer/approve").status_code == 200
        assert (
            service.post("/v1/chat/completions", json=chat("hi", model="chat-new")).status_code
            == 200
        )

        assert admin.post("/admin/tenants/global/subprocessors/prov-us/object").status_code == 200
        assert admin.post("/admin/tenants/global/subprocessors/prov-sg/object").status_code == 200
        fake.received.clear()
        blocked = service.post("/v1/chat/completions", json=chat("hi", model="chat-x"))
        assert blocked.status_code == 403 and "objected" in blocked.json()["error"]["message"]
        assert fake.received == []

        history = admin.get("/admin/tenants/global/audit").json()
    actions = [entry["action"] for entry in history]
    assert actions[:3] == [
        "subprocessor.objected",
        "subprocessor.objected",
        "subprocessor.approved",
    ]
    latest = history[0]
    assert (
        latest["actor"].endswith("(tenant-admin)") and KEYS["global-admin"] not in latest["actor"]
    )
    assert "prov-sg" not in latest["before"]["objected_subprocessors"]
    assert "prov-sg" in latest["after"]["objected_subprocessors"]


def test_tenant_admin_cannot_see_or_change_another_tenant(running):
    url, _ = running
    with as_(url, "lokal-admin") as admin:
        assert admin.get("/admin/tenants/global").status_code == 404
        assert (
            admin.patch("/admin/tenants/global/policy", json={"allow_media": True}).status_code
            == 404
        )
        assert admin.post("/admin/tenants/global/subprocessors/prov-us/approve").status_code == 404
        assert admin.get("/admin/tenants/global/audit").status_code == 404
        assert [t["id"] for t in admin.get("/admin/tenants").json()] == ["lokal"]
        # Management needs the right role, and a service key cannot manage at all.
        assert admin.post("/admin/keys", json={"role": "operator"}).status_code == 403
    with as_(url, "lokal") as service:
        assert service.get("/admin/tenants/lokal").status_code == 403
    with as_(url, "audit") as compliance:
        assert compliance.patch("/admin/tenants/lokal/policy", json={}).status_code == 403


def test_policy_changes_are_validated_and_audited(running):
    url, fake = running
    with as_(url, "lokal-admin") as admin, as_(url, "lokal") as service:
        bad = admin.patch("/admin/tenants/lokal/policy", json={"approved_subprocessors": ["nope"]})
        assert bad.status_code == 400
        assert admin.patch("/admin/tenants/lokal/policy", json={"colour": "red"}).status_code == 400
        ok = admin.patch("/admin/tenants/lokal/policy", json={"domestic_only": True})
        assert ok.status_code == 200
        assert ok.json()["policy"]["allowed_countries"] == ["ID"]
        refused = service.post("/v1/chat/completions", json=chat("hi", model="chat-x"))
        assert refused.status_code == 403
        assert "country SG not allowed" in refused.json()["error"]["message"]
        entry = admin.get("/admin/tenants/lokal/audit").json()[0]
    assert entry["action"] == "policy.changed"
    assert entry["before"]["allowed_countries"] == ["ID", "SG"]
    assert entry["after"]["allowed_countries"] == ["ID"]


def test_block_policy_refuses_with_4xx_and_sends_nothing(running):
    url, fake = running
    with as_(url, "strict") as service:
        email = service.post("/v1/chat/completions", json=chat(f"mail {EMAIL}", model="chat-x"))
        card = service.post("/v1/chat/completions", json=chat(f"card {CARD}", model="chat-x"))
        fine = service.post("/v1/chat/completions", json=chat("no personal data", model="chat-x"))
    for refused, kind in ((email, "EMAIL_ADDRESS"), (card, "CREDIT_CARD")):
        assert refused.status_code == 400
        error = refused.json()["error"]
        assert error["code"] == "entity_blocked" and kind in error["message"]
        assert EMAIL not in refused.text and "4111" not in refused.text
    assert fine.status_code == 200
    assert len(fake.received) == 1


def test_operator_manages_catalogue_tenants_and_keys(running, tmp_path, caplog):
    url, fake = running
    with as_(url, "ops") as ops:
        put = ops.put(
            "/admin/subprocessors/prov-id",
            json={
                "name": "PT Awan Lokal",
                "country": "ID",
                "safeguards": ["dpa"],
                "dpa_ref": "DPA-7",
            },
        )
        assert put.status_code == 200 and put.json()["cross_border"] is False
        created = ops.post(
            "/admin/tenants",
            json={
                "id": "baru",
                "name": "Toko Baru",
                "policy": {"approved_subprocessors": ["prov-us"]},
            },
        )
        assert created.status_code == 201
        assert ops.post("/admin/tenants", json={"id": "baru"}).status_code == 409
        issued = ops.post("/admin/keys", json={"role": "service", "tenant_id": "baru"})
        assert issued.status_code == 201
        key, key_id = issued.json()["key"], issued.json()["id"]
        listed = ops.get("/admin/keys", params={"tenant_id": "baru"}).json()
        assert [k["id"] for k in listed] == [key_id] and "sha256" not in listed[0]
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}) as baru:
            assert (
                baru.post("/v1/chat/completions", json=chat("hi", model="chat-x")).status_code
                == 200
            )
            assert ops.delete(f"/admin/keys/{key_id}").status_code == 200
            assert baru.get("/v1/models").status_code == 401
        catalogue = {s["id"] for s in ops.get("/admin/subprocessors").json()}
    assert {"prov-us", "prov-sg", "newcomer", "prov-id"} <= catalogue
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("tekino.db*"))
    assert key.encode() not in stored
    assert key not in caplog.text


def test_a_change_through_one_instance_is_enforced_by_another(fake_server, analyzer, tmp_path):
    fake, upstream = fake_server
    fake.reset()
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    storage = f"{PG}?options=-csearch_path%3D{schema}"
    try:
        raw = config(upstream, str(tmp_path), storage)
        with proxy(raw, analyzer) as url_a, proxy(raw, analyzer) as url_b:
            with as_(url_b, "lokal") as service_b:
                assert (
                    service_b.post(
                        "/v1/chat/completions", json=chat("hi", model="chat-x")
                    ).status_code
                    == 200
                )
            with as_(url_a, "lokal-admin") as admin_a:
                admin_a.post("/admin/tenants/lokal/subprocessors/prov-sg/object")
            with as_(url_b, "lokal") as service_b:
                started = time.monotonic()
                while time.monotonic() - started < 1.0:
                    status = service_b.post(
                        "/v1/chat/completions", json=chat("hi", model="chat-x")
                    ).status_code
                    if status == 403:
                        break
                    time.sleep(0.05)
                assert status == 403, "instance B still routes to an objected sub-processor"
        # A restart on the same store keeps the change (persistence in PostgreSQL).
        with proxy(raw, analyzer) as url_c, as_(url_c, "lokal-admin") as admin_c:
            tenant = admin_c.get("/admin/tenants/lokal").json()
        assert "prov-sg" in tenant["policy"]["objected_subprocessors"]
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f"SET search_path TO {schema}")
            with pytest.raises(psycopg.errors.RaiseException):
                conn.execute("UPDATE tenancy_audit SET actor = 'someone else'")
    finally:
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_instances_starting_together_on_postgresql_seed_the_store_once(pg_url, tmp_path):
    # Each start adds what the config lists and the store lacks; two at once must not
    # both add a row (one of them would fail to start).
    from concurrent.futures import ThreadPoolExecutor

    from proxy.db import Database
    from proxy.tenancy.store import TenancyStore
    from tests.conftest import settings_for

    settings = settings_for("http://127.0.0.1:9", tmp_path)
    stores = [TenancyStore(Database(pg_url)) for _ in range(4)]
    try:
        stores[0].migrate()
        with ThreadPoolExecutor(len(stores)) as pool:
            list(pool.map(lambda store: store.seed(settings), stores))
        count = stores[0].db.fetchone("SELECT COUNT(*) AS n FROM tenancy_subprocessors")["n"]
        assert count == len(settings.subprocessors)
    finally:
        for store in stores:
            store.db.close()
