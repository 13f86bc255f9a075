"""What every request needs, built once per process."""

from __future__ import annotations

from dataclasses import dataclass, field

from proxy.auth import Authenticator, KeyRecord, Role
from proxy.config import Settings, Tenant
from proxy.keys import load_master_key, tenant_key
from proxy.transfers import NullTransferLog, TransferLog
from redaction import Analyzer, EntityPolicy


@dataclass
class Services:
    settings: Settings
    analyzer: Analyzer
    master_key: bytes
    transfers: TransferLog = field(default_factory=NullTransferLog)
    authenticator: Authenticator = field(init=False)
    _tenant_keys: dict[str, bytes] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.authenticator = Authenticator(config_keys(self.settings))
        self._tenants = {t.id: t for t in self.settings.tenants}

    def tenant(self, tenant_id: str | None) -> Tenant:
        return self._tenants[tenant_id]

    @classmethod
    def build(cls, settings: Settings, analyzer: Analyzer | None = None) -> Services:
        master = load_master_key(settings.secret_key_env, settings.data_dir)
        return cls(settings, analyzer or Analyzer(), master)

    def tenant_key(self, tenant_id: str) -> bytes:
        key = self._tenant_keys.get(tenant_id)
        if key is None:
            key = self._tenant_keys[tenant_id] = tenant_key(self.master_key, tenant_id)
        return key

    @staticmethod
    def policy(tenant: Tenant) -> EntityPolicy:
        return EntityPolicy.from_mapping(tenant.entity_actions)


def config_keys(settings: Settings) -> list[KeyRecord]:
    keys = [
        KeyRecord(digest, Role.SERVICE, tenant.id)
        for tenant in settings.tenants
        for digest in tenant.api_keys_sha256
    ]
    keys += [KeyRecord(k.sha256, Role(k.role), k.tenant) for k in settings.access_keys]
    return keys
