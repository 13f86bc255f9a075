"""The proxy's configuration: one YAML file, read into frozen dataclasses."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from proxy.tenancy.policy import DEFAULT_NOTICE_DAYS, TenantPolicy

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
DOMESTIC_COUNTRY = "ID"
ACCESS_ROLES = frozenset({"tenant-admin", "operator", "compliance"})


class ConfigError(ValueError):
    """The configuration file is missing, unreadable or inconsistent."""


@dataclass(frozen=True)
class Subprocessor:
    """A provider company that receives data, as the catalogue describes it."""

    id: str
    name: str  # legal name
    country: str  # ISO 3166-1 alpha-2 of where data is processed
    region: str | None = None
    address: str | None = None
    contact: str | None = None
    safeguards: tuple[str, ...] = ()  # transfer basis: dpa, scc, adequacy, consent, ...
    dpa_ref: str | None = None
    added: date | None = None  # when it entered the catalogue (starts the notice period)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "country": self.country,
            "region": self.region,
            "address": self.address,
            "contact": self.contact,
            "safeguards": list(self.safeguards),
            "dpa_ref": self.dpa_ref,
            "added": self.added.isoformat() if self.added else None,
            "cross_border": self.cross_border,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Subprocessor:
        """From config, storage or the API; raises ConfigError on bad values."""
        country = _str(raw, "country").upper()
        if not _COUNTRY.match(country):
            raise ConfigError("country must be an ISO 3166-1 alpha-2 code")
        safeguards = raw.get("safeguards") or ()
        if not isinstance(safeguards, list | tuple) or not all(
            isinstance(s, str) for s in safeguards
        ):
            raise ConfigError("safeguards must be a list of strings")
        added = raw.get("added")
        try:
            added = date.fromisoformat(str(added)) if added is not None else None
        except ValueError:
            raise ConfigError("added must be a date (YYYY-MM-DD)") from None
        return cls(
            id=_str(raw, "id"),
            name=_str(raw, "name"),
            country=country,
            region=_optional_str(raw, "region"),
            address=_optional_str(raw, "address"),
            contact=_optional_str(raw, "contact"),
            safeguards=tuple(safeguards),
            dpa_ref=_optional_str(raw, "dpa_ref"),
            added=added,
        )

    @property
    def cross_border(self) -> bool:
        return self.country != DOMESTIC_COUNTRY


@dataclass(frozen=True)
class Deployment:
    model: str
    subprocessor: str
    litellm_model: str
    api_base: str | None = None
    api_key_env: str | None = None
    timeout_s: float = 60.0
    # OpenAI-compatible (litellm_model "openai/..."): call it directly instead of via litellm.
    direct: bool = True

    @property
    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) if self.api_key_env else None


@dataclass(frozen=True)
class Tenant:
    id: str
    policy: TenantPolicy = field(default_factory=TenantPolicy)
    name: str | None = None
    api_keys_sha256: tuple[str, ...] = ()  # service keys from the config (seeded into the store)


@dataclass(frozen=True)
class AccessKey:
    """A management or compliance key from the config (service keys sit on their tenant)."""

    sha256: str
    role: str
    tenant: str | None = None


@dataclass(frozen=True)
class LedgerSettings:
    """Where the transfer ledger is kept, and for how many months (per tenant)."""

    url: str | None = None  # default: the SQLite file ledger.db under data_dir
    retention_months: int = 60
    tenant_retention_months: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> LedgerSettings:
        default = raw.get("retention_months", 60)
        per_tenant = dict(raw.get("tenant_retention_months") or {})
        if not all(isinstance(m, int) and m >= 1 for m in (default, *per_tenant.values())):
            raise ConfigError("ledger: retention months must be whole numbers of at least 1")
        return cls(_optional_str(raw, "url"), default, per_tenant)


@dataclass(frozen=True)
class Settings:
    subprocessors: dict[str, Subprocessor]
    deployments: tuple[Deployment, ...]
    tenants: tuple[Tenant, ...]
    access_keys: tuple[AccessKey, ...] = ()
    data_dir: Path = Path("data")
    secret_key_env: str = "TEKINO_SECRET_KEY"
    max_body_bytes: int = 4 * 1024 * 1024
    analysis_timeout_s: float = 10.0
    helper_processes: int = 1  # per worker: they share long analyses (0: none)
    storage_url: str | None = None  # tenants, keys, audit; default: SQLite under data_dir
    notice_days: int = DEFAULT_NOTICE_DAYS
    policy_poll_s: float = 0.5  # how often an instance checks for changes made elsewhere
    redis_url: str | None = None  # optional: shared rate limits and analysis cache
    requests_per_minute: int = 0  # per key; 0: no limit
    log_level: str = "info"
    ledger: LedgerSettings = field(default_factory=LedgerSettings)

    def deployments_for(self, model: str) -> list[Deployment]:
        return [d for d in self.deployments if d.model == model]


def _helper_processes(redaction: dict) -> int:
    count = redaction.get("helper_processes", 1)
    if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= 16:
        raise ConfigError("redaction.helper_processes must be a whole number from 0 to 16")
    return count


def load_settings(path: str | Path) -> Settings:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read config {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"config {path} must be a YAML mapping")
    return parse_settings(raw)


def parse_settings(raw: dict[str, Any]) -> Settings:
    subprocessors = {}
    for item in _list(raw, "subprocessors"):
        try:
            sub = Subprocessor.from_json(item)
        except ConfigError as exc:
            raise ConfigError(f"subprocessor {item.get('id')}: {exc}") from None
        subprocessors[sub.id] = sub
    deployments = []
    for item in _list(raw, "deployments"):
        deployment = Deployment(
            model=_str(item, "model"),
            subprocessor=_str(item, "subprocessor"),
            litellm_model=_str(item, "litellm_model"),
            api_base=item.get("api_base"),
            api_key_env=item.get("api_key_env"),
            timeout_s=float(item.get("timeout_s", 60.0)),
            direct=bool(item.get("direct", True)),
        )
        if deployment.subprocessor not in subprocessors:
            raise ConfigError(
                f"deployment {deployment.model}: unknown subprocessor {deployment.subprocessor}"
            )
        deployments.append(deployment)
    tenants = []
    for item in _list(raw, "tenants"):
        keys = tuple(str(k).lower() for k in item.get("api_keys_sha256") or ())
        tenant_id = _str(item, "id")
        if not all(_SHA256.match(k) for k in keys):
            raise ConfigError(f"tenant {tenant_id}: api_keys_sha256 must be hex SHA-256 digests")
        try:
            policy = TenantPolicy.from_json(item)
        except ValueError as exc:
            raise ConfigError(f"tenant {tenant_id}: {exc}") from None
        if unknown := (policy.approved | policy.objected) - subprocessors.keys():
            raise ConfigError(f"tenant {tenant_id}: unknown subprocessors {sorted(unknown)}")
        tenants.append(Tenant(tenant_id, policy, item.get("name"), keys))
    access_keys = []
    tenant_ids = {t.id for t in tenants}
    for item in _list(raw, "access_keys"):
        key = AccessKey(_str(item, "sha256").lower(), _str(item, "role"), item.get("tenant"))
        if not _SHA256.match(key.sha256):
            raise ConfigError("access_keys: sha256 must be a hex SHA-256 digest")
        if key.role not in ACCESS_ROLES:
            raise ConfigError(f"access_keys: role must be one of {sorted(ACCESS_ROLES)}")
        if key.tenant is not None and key.tenant not in tenant_ids:
            raise ConfigError(f"access_keys: unknown tenant {key.tenant}")
        if key.tenant is None and key.role == "tenant-admin":
            raise ConfigError("access_keys: a tenant-admin key needs a tenant")
        access_keys.append(key)
    server = raw.get("server") or {}
    redaction = raw.get("redaction") or {}
    storage = raw.get("storage") or {}
    policy = raw.get("policy") or {}
    return Settings(
        subprocessors=subprocessors,
        deployments=tuple(deployments),
        tenants=tuple(tenants),
        access_keys=tuple(access_keys),
        data_dir=Path(server.get("data_dir", "data")),
        secret_key_env=server.get("secret_key_env", "TEKINO_SECRET_KEY"),
        max_body_bytes=int(server.get("max_body_bytes", 4 * 1024 * 1024)),
        analysis_timeout_s=float(redaction.get("analysis_timeout_s", 10.0)),
        helper_processes=_helper_processes(redaction),
        storage_url=storage.get("url"),
        notice_days=int(policy.get("notice_days", DEFAULT_NOTICE_DAYS)),
        policy_poll_s=float(policy.get("poll_s", 0.5)),
        redis_url=(raw.get("redis") or {}).get("url"),
        requests_per_minute=int((raw.get("limits") or {}).get("requests_per_minute", 0)),
        log_level=str(server.get("log_level", "info")),
        ledger=LedgerSettings.from_json(raw.get("ledger") or {}),
    )


def _list(raw: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"'{key}' must be a list of mappings")
    return value


def _optional_str(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"'{key}' must be a string")
    return value


def _str(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"missing or empty '{key}' in {item!r}")
    return value
