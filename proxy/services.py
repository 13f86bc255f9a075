"""What every request needs, built once per process."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

from proxy.auth import Authenticator
from proxy.config import Settings, Subprocessor, Tenant
from proxy.db import Database, default_url
from proxy.errors import ProxyError
from proxy.keys import load_master_key, tenant_key
from proxy.ledger import build_ledger
from proxy.ratelimit import RateLimiter
from proxy.tenancy.store import Snapshot, TenancyStore
from proxy.transfers import NullTransferLog, TransferLog
from redaction import Analyzer, EntityPolicy

log = logging.getLogger("tekino.services")


@dataclass
class Services:
    settings: Settings
    analyzer: Analyzer
    master_key: bytes
    store: TenancyStore
    transfers: TransferLog = field(default_factory=NullTransferLog)
    redis: Any = None  # redis.asyncio.Redis when configured
    owns_analyzer: bool = False  # built here (then closed here), not handed in
    limiter: RateLimiter = field(init=False)
    authenticator: Authenticator = field(init=False)
    snapshot: Snapshot = field(init=False)
    _tenant_keys: dict[str, bytes] = field(default_factory=dict, init=False)
    _policies: dict[str, EntityPolicy] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.authenticator = Authenticator(())
        self.limiter = RateLimiter(self.settings.requests_per_minute, self.redis)
        self.apply(self.store.load())

    @classmethod
    def build(cls, settings: Settings, analyzer: Analyzer | None = None) -> Services:
        master = load_master_key(settings.secret_key_env, settings.data_dir)
        store = TenancyStore(Database(settings.storage_url or default_url(settings.data_dir)))
        store.migrate()
        store.seed(settings)
        ledger = build_ledger(settings, master)
        shared = None
        if settings.redis_url:
            from redis.asyncio import Redis

            shared = Redis.from_url(
                settings.redis_url, socket_timeout=0.5, socket_connect_timeout=0.5
            )
        return cls(
            settings,
            analyzer or Analyzer(helpers=settings.helper_processes),
            master,
            store,
            transfers=ledger,
            redis=shared,
            owns_analyzer=analyzer is None,
        )

    def close(self) -> None:
        """Stops what this process started for its requests (the analyzer's helpers)."""
        if self.owns_analyzer:
            self.analyzer.close()

    # -- tenancy state ------------------------------------------------------------

    def apply(self, snapshot: Snapshot) -> None:
        """Switches every request from now on to this view of tenants, keys and catalogue."""
        self._policies = {t.id: t.policy.entity_policy() for t in snapshot.tenants.values()}
        self.snapshot = snapshot
        self.authenticator.replace(snapshot.keys)

    async def refresh(self) -> None:
        """Reloads the tenancy state if it changed (here or on another instance)."""
        version = await asyncio.to_thread(self.store.version)
        if version != self.snapshot.version:
            self.apply(await asyncio.to_thread(self.store.load))

    async def watch(self) -> None:
        """Keeps this instance within ``policy_poll_s`` of changes made anywhere."""
        while True:
            await asyncio.sleep(self.settings.policy_poll_s)
            try:
                await self.refresh()
            except Exception as exc:  # noqa: BLE001 - keep the last good state, try again
                log.warning("could not refresh tenancy state: %s", type(exc).__name__)

    @property
    def catalogue(self) -> dict[str, Subprocessor]:
        return self.snapshot.subprocessors

    def tenant(self, tenant_id: str | None) -> Tenant:
        tenant = self.snapshot.tenants.get(tenant_id or "")
        if tenant is None:
            raise ProxyError(404, f"No tenant '{tenant_id}'", "tenant_not_found")
        return tenant

    def policy(self, tenant: Tenant) -> EntityPolicy:
        return self._policies.get(tenant.id) or tenant.policy.entity_policy()

    def tenant_key(self, tenant_id: str) -> bytes:
        key = self._tenant_keys.get(tenant_id)
        if key is None:
            key = self._tenant_keys[tenant_id] = tenant_key(self.master_key, tenant_id)
        return key
