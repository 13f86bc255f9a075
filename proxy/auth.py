"""Authentication: an API key in the ``Authorization`` header identifies a tenant."""

from __future__ import annotations

from proxy.config import Tenant
from proxy.errors import ProxyError
from proxy.keys import key_sha256


class Authenticator:
    def __init__(self, tenants: tuple[Tenant, ...]) -> None:
        self._by_hash = {h: tenant for tenant in tenants for h in tenant.api_keys_sha256}

    def authenticate(self, authorization: str | None) -> Tenant:
        scheme, _, key = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            raise ProxyError(
                401, "Missing API key: send 'Authorization: Bearer <key>'", "missing_api_key"
            )
        # Looked up by digest: the lookup's timing says nothing about the key itself.
        tenant = self._by_hash.get(key_sha256(key.strip()))
        if tenant is None:
            raise ProxyError(401, "Invalid API key", "invalid_api_key")
        return tenant
