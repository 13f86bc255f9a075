"""Persistence of the catalogue, tenants, keys and the append-only policy audit history."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from proxy.auth import KeyRecord, Role, key_id
from proxy.config import Settings, Subprocessor, Tenant
from proxy.db import Database, Row
from proxy.keys import key_sha256, new_api_key
from proxy.tenancy.policy import TenantPolicy

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS tenancy_subprocessors (
        id TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS tenancy_tenants (
        id TEXT PRIMARY KEY, name TEXT, policy TEXT NOT NULL, created_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS tenancy_keys (
        id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, role TEXT NOT NULL, tenant_id TEXT,
        label TEXT, created_at TEXT NOT NULL, revoked_at TEXT)""",
    """CREATE TABLE IF NOT EXISTS tenancy_audit (
        id {id}, tenant_id TEXT, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
        target TEXT, before TEXT, after TEXT)""",
    """CREATE TABLE IF NOT EXISTS tenancy_version (
        id INTEGER PRIMARY KEY, version BIGINT NOT NULL)""",
)
# The audit history can be added to, never changed.
APPEND_ONLY = {
    "sqlite": (
        """CREATE TRIGGER IF NOT EXISTS tenancy_audit_no_update BEFORE UPDATE ON tenancy_audit
           BEGIN SELECT RAISE(ABORT, 'the audit history is append-only'); END""",
        """CREATE TRIGGER IF NOT EXISTS tenancy_audit_no_delete BEFORE DELETE ON tenancy_audit
           BEGIN SELECT RAISE(ABORT, 'the audit history is append-only'); END""",
    ),
    "postgresql": (
        """CREATE OR REPLACE FUNCTION tenancy_audit_append_only() RETURNS trigger
           LANGUAGE plpgsql AS $$
           BEGIN RAISE EXCEPTION 'the audit history is append-only'; END $$""",
        "DROP TRIGGER IF EXISTS tenancy_audit_append_only ON tenancy_audit",
        """CREATE TRIGGER tenancy_audit_append_only BEFORE UPDATE OR DELETE ON tenancy_audit
           FOR EACH ROW EXECUTE FUNCTION tenancy_audit_append_only()""",
    ),
}


class NotFound(LookupError):
    pass


class Conflict(ValueError):
    pass


@dataclass(frozen=True)
class Snapshot:
    """Everything the request path needs, read at once from the store."""

    version: int
    subprocessors: dict[str, Subprocessor]
    tenants: dict[str, Tenant]
    keys: tuple[KeyRecord, ...]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


class TenancyStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def migrate(self) -> None:
        self.db.create([*SCHEMA, *APPEND_ONLY[self.db.dialect]])
        with self.db.transaction():
            if self.db.fetchone("SELECT version FROM tenancy_version WHERE id = 1") is None:
                self.db.execute("INSERT INTO tenancy_version (id, version) VALUES (1, 0)")

    # -- reading ---------------------------------------------------------------

    def version(self) -> int:
        row = self.db.fetchone("SELECT version FROM tenancy_version WHERE id = 1")
        return int(row["version"]) if row else 0

    def load(self) -> Snapshot:
        with self.db.transaction():  # one consistent view
            version = self.version()
            subs = self.db.fetchall("SELECT data FROM tenancy_subprocessors")
            tenants = self.db.fetchall("SELECT id, name, policy FROM tenancy_tenants")
            keys = self.db.fetchall(
                "SELECT sha256, role, tenant_id FROM tenancy_keys WHERE revoked_at IS NULL"
            )
        return Snapshot(
            version=version,
            subprocessors={
                s.id: s for s in (Subprocessor.from_json(json.loads(r["data"])) for r in subs)
            },
            tenants={r["id"]: _tenant(r) for r in tenants},
            keys=tuple(KeyRecord(r["sha256"], Role(r["role"]), r["tenant_id"]) for r in keys),
        )

    def tenant(self, tenant_id: str) -> Tenant:
        row = self.db.fetchone(
            "SELECT id, name, policy FROM tenancy_tenants WHERE id = ?", (tenant_id,)
        )
        if row is None:
            raise NotFound(f"No tenant '{tenant_id}'")
        return _tenant(row)

    def keys(self, tenant_id: str | None = None) -> list[Row]:
        sql = "SELECT id, role, tenant_id, label, created_at, revoked_at FROM tenancy_keys"
        if tenant_id is None:
            return self.db.fetchall(sql + " ORDER BY created_at, id")
        return self.db.fetchall(sql + " WHERE tenant_id = ? ORDER BY created_at, id", (tenant_id,))

    def audit(
        self, tenant_id: str | None, limit: int = 100, before_id: int | None = None
    ) -> list[Row]:
        clauses, params = [], []
        if tenant_id is not None:
            clauses.append("tenant_id = ?")
            params.append(tenant_id)
        if before_id is not None:
            clauses.append("id < ?")
            params.append(before_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.fetchall(
            f"SELECT * FROM tenancy_audit {where} ORDER BY id DESC LIMIT ?", (*params, limit)
        )
        for row in rows:
            row["before"] = json.loads(row["before"]) if row["before"] else None
            row["after"] = json.loads(row["after"]) if row["after"] else None
        return rows

    # -- changing (each in one transaction, audited, version bumped) ----------

    def seed(self, settings: Settings) -> None:
        """Adds what the config lists and the store lacks; never overwrites the store."""
        with self.db.transaction():
            self.db.take_turns()  # instances starting together would both add a row
            for sub in settings.subprocessors.values():
                if not self._exists("tenancy_subprocessors", sub.id):
                    self._write_subprocessor(sub, "config", "subprocessor.added")
            for tenant in settings.tenants:
                if not self._exists("tenancy_tenants", tenant.id):
                    self._insert_tenant(tenant, "config")
                for digest in tenant.api_keys_sha256:
                    self._insert_key(digest, Role.SERVICE, tenant.id, "from config", "config")
            for key in settings.access_keys:
                self._insert_key(key.sha256, Role(key.role), key.tenant, "from config", "config")

    def put_subprocessor(self, sub: Subprocessor, actor: str) -> None:
        with self.db.transaction():
            action = (
                "subprocessor.updated"
                if self._exists("tenancy_subprocessors", sub.id)
                else ("subprocessor.added")
            )
            self._write_subprocessor(sub, actor, action)

    def create_tenant(self, tenant: Tenant, actor: str) -> None:
        with self.db.transaction():
            if self._exists("tenancy_tenants", tenant.id):
                raise Conflict(f"Tenant '{tenant.id}' already exists")
            self._insert_tenant(tenant, actor)

    def change_policy(
        self,
        tenant_id: str,
        change: Callable[[TenantPolicy], TenantPolicy],
        actor: str,
        action: str,
    ) -> TenantPolicy:
        """Applies ``change`` to the stored policy; records before and after."""
        with self.db.transaction():
            if self.db.dialect == "postgresql":
                self.db.execute(
                    "SELECT id FROM tenancy_tenants WHERE id = ? FOR UPDATE", (tenant_id,)
                )
            before = self.tenant(tenant_id).policy
            after = change(before)
            if after == before:
                return before
            self.db.execute(
                "UPDATE tenancy_tenants SET policy = ? WHERE id = ?",
                (_dump(after.to_json()), tenant_id),
            )
            self._audit(tenant_id, actor, action, tenant_id, before.to_json(), after.to_json())
            return after

    def issue_key(
        self, role: Role, tenant_id: str | None, label: str | None, actor: str
    ) -> tuple[str, str]:
        """A new key: (the key itself, shown once, never stored; its id)."""
        if tenant_id is not None and not self._exists("tenancy_tenants", tenant_id):
            raise NotFound(f"No tenant '{tenant_id}'")
        key = new_api_key()
        with self.db.transaction():
            self._insert_key(key_sha256(key), role, tenant_id, label, actor)
        return key, key_id(key_sha256(key))

    def revoke_key(self, identifier: str, actor: str) -> Row:
        with self.db.transaction():
            row = self.db.fetchone("SELECT * FROM tenancy_keys WHERE id = ?", (identifier,))
            if row is None:
                raise NotFound(f"No key '{identifier}'")
            if row["revoked_at"] is None:
                self.db.execute(
                    "UPDATE tenancy_keys SET revoked_at = ? WHERE id = ?", (_now(), identifier)
                )
                summary = {"role": row["role"], "label": row["label"]}
                self._audit(row["tenant_id"], actor, "key.revoked", identifier, summary, None)
        return row

    # -- internals -------------------------------------------------------------

    def _exists(self, table: str, identifier: str) -> bool:
        return (
            self.db.fetchone(f"SELECT 1 AS x FROM {table} WHERE id = ?", (identifier,)) is not None
        )

    def _write_subprocessor(self, sub: Subprocessor, actor: str, action: str) -> None:
        row = self.db.fetchone("SELECT data FROM tenancy_subprocessors WHERE id = ?", (sub.id,))
        before = json.loads(row["data"]) if row else None
        data = sub.to_json()
        if row:
            self.db.execute(
                "UPDATE tenancy_subprocessors SET data = ?, updated_at = ? WHERE id = ?",
                (_dump(data), _now(), sub.id),
            )
        else:
            self.db.execute(
                "INSERT INTO tenancy_subprocessors (id, data, updated_at) VALUES (?, ?, ?)",
                (sub.id, _dump(data), _now()),
            )
        self._audit(None, actor, action, sub.id, before, data)

    def _insert_tenant(self, tenant: Tenant, actor: str) -> None:
        policy = tenant.policy.to_json()
        self.db.execute(
            "INSERT INTO tenancy_tenants (id, name, policy, created_at) VALUES (?, ?, ?, ?)",
            (tenant.id, tenant.name, _dump(policy), _now()),
        )
        self._audit(tenant.id, actor, "tenant.created", tenant.id, None, policy)

    def _insert_key(
        self, digest: str, role: Role, tenant_id: str | None, label: str | None, actor: str
    ) -> None:
        identifier = key_id(digest)
        if self._exists("tenancy_keys", identifier):
            return
        self.db.execute(
            "INSERT INTO tenancy_keys (id, sha256, role, tenant_id, label, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (identifier, digest, role.value, tenant_id, label, _now()),
        )
        self._audit(
            tenant_id, actor, "key.issued", identifier, None, {"role": role.value, "label": label}
        )

    def _audit(
        self,
        tenant_id: str | None,
        actor: str,
        action: str,
        target: str | None,
        before: Any,
        after: Any,
    ) -> None:
        self.db.execute(
            "INSERT INTO tenancy_audit (tenant_id, at, actor, action, target, before, after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                tenant_id,
                _now(),
                actor,
                action,
                target,
                None if before is None else _dump(before),
                None if after is None else _dump(after),
            ),
        )
        self.db.execute("UPDATE tenancy_version SET version = version + 1 WHERE id = 1")


def _tenant(row: Row) -> Tenant:
    return Tenant(row["id"], TenantPolicy.from_json(json.loads(row["policy"])), row["name"])
