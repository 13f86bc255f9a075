"""Authentication: an API key identifies a principal (a role, and a tenant for most roles)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from proxy.errors import ProxyError
from proxy.keys import key_sha256


class Role(StrEnum):
    SERVICE = "service"  # calls the OpenAI-compatible endpoints for its tenant
    TENANT_ADMIN = "tenant-admin"  # manages its own tenant's allowlist and policy
    OPERATOR = "operator"  # manages tenants, keys and the sub-processor catalogue
    COMPLIANCE = "compliance"  # reads the transfer ledger (one tenant, or all if no tenant)


@dataclass(frozen=True)
class Principal:
    key_id: str  # a short, non-secret id derived from the key's digest
    role: Role
    tenant_id: str | None


@dataclass(frozen=True)
class KeyRecord:
    sha256: str
    role: Role
    tenant_id: str | None


def key_id(sha256: str) -> str:
    return "key_" + sha256[:12]


class Authenticator:
    def __init__(self, keys: Iterable[KeyRecord]) -> None:
        self._by_hash = {k.sha256: k for k in keys}

    def replace(self, keys: Iterable[KeyRecord]) -> None:
        self._by_hash = {k.sha256: k for k in keys}

    def authenticate(self, authorization: str | None, *roles: Role) -> Principal:
        scheme, _, key = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            raise ProxyError(
                401, "Missing API key: send 'Authorization: Bearer <key>'", "missing_api_key"
            )
        # Looked up by digest: the lookup's timing says nothing about the key itself.
        digest = key_sha256(key.strip())
        record = self._by_hash.get(digest)
        if record is None:
            raise ProxyError(401, "Invalid API key", "invalid_api_key")
        if roles and record.role not in roles:
            allowed = " or ".join(r.value for r in roles)
            raise ProxyError(
                403, f"This endpoint needs a key with the role {allowed}", "insufficient_role"
            )
        return Principal(key_id(digest), record.role, record.tenant_id)
