"""A tenant's policy and the authorisation decision it gives for a sub-processor."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from redaction import Action, EntityPolicy
from redaction.categories import SPECIFIC_CATEGORY

DEFAULT_NOTICE_DAYS = 30


class Authorisation(StrEnum):
    SPECIFIC = "specific"  # only the sub-processors the tenant approved
    GENERAL = "general"  # any catalogued one, after a notice period, unless objected to


@dataclass(frozen=True)
class TenantPolicy:
    authorisation: Authorisation = Authorisation.SPECIFIC
    approved: frozenset[str] = frozenset()  # sub-processors explicitly approved
    objected: frozenset[str] = frozenset()  # sub-processors objected to (always blocked)
    countries: frozenset[str] | None = None  # destination countries allowed; None: any
    entity_actions: Mapping[str, Action] = field(default_factory=dict)
    specific_data: Action = Action.PSEUDONYMIZE  # UU PDP specific data: pseudonymize or block
    allow_media: bool = False
    notice_days: int | None = None  # None: the service default

    def entity_policy(self) -> EntityPolicy:
        """Per-type actions; specific data follows ``specific_data`` unless set per type."""
        actions = dict(self.entity_actions)
        if self.specific_data is not Action.PSEUDONYMIZE:
            for entity_type in SPECIFIC_CATEGORY:
                actions.setdefault(entity_type, self.specific_data)
        return EntityPolicy(actions)

    def to_json(self) -> dict[str, Any]:
        return {
            "authorisation": self.authorisation.value,
            "approved_subprocessors": sorted(self.approved),
            "objected_subprocessors": sorted(self.objected),
            "allowed_countries": None if self.countries is None else sorted(self.countries),
            "entity_actions": {k: v.value for k, v in sorted(self.entity_actions.items())},
            "specific_data": self.specific_data.value,
            "allow_media": self.allow_media,
            "notice_days": self.notice_days,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> TenantPolicy:
        """From stored JSON or a config/API mapping; raises ValueError on bad values."""
        countries = raw.get("allowed_countries")
        if raw.get("domestic_only"):
            countries = ["ID"]
        specific = Action(raw.get("specific_data", "pseudonymize"))
        if specific not in (Action.PSEUDONYMIZE, Action.BLOCK):
            raise ValueError("specific_data must be 'pseudonymize' or 'block'")
        notice = raw.get("notice_days")
        if notice is not None and (not isinstance(notice, int) or notice < 0):
            raise ValueError("notice_days must be a non-negative integer")
        return cls(
            authorisation=Authorisation(raw.get("authorisation", "specific")),
            approved=frozenset(_strings(raw, "approved_subprocessors", "allowed_subprocessors")),
            objected=frozenset(_strings(raw, "objected_subprocessors")),
            countries=None if countries is None else frozenset(c.upper() for c in countries),
            entity_actions={
                str(k): Action(v) for k, v in (raw.get("entity_actions") or {}).items()
            },
            specific_data=specific,
            allow_media=bool(raw.get("allow_media", False)),
            notice_days=notice,
        )

    def changed(self, **changes: Any) -> TenantPolicy:
        return replace(self, **changes)


def _strings(raw: Mapping[str, Any], *keys: str) -> list[str]:
    for key in keys:
        if key in raw and raw[key] is not None:
            value = raw[key]
            if not isinstance(value, list | tuple | set | frozenset) or not all(
                isinstance(v, str) for v in value
            ):
                raise ValueError(f"{key} must be a list of strings")
            return list(value)
    return []


class Status(StrEnum):
    ALLOWED = "allowed"
    NOT_AUTHORISED = "not_authorised"
    PENDING_NOTICE = "pending_notice"
    OBJECTED = "objected"
    COUNTRY_NOT_ALLOWED = "country_not_allowed"


@dataclass(frozen=True)
class Decision:
    status: Status
    usable_from: date | None = None  # for PENDING_NOTICE: the day it becomes usable

    @property
    def allowed(self) -> bool:
        return self.status is Status.ALLOWED

    def explain(self, subprocessor_id: str, country: str) -> str:
        if self.status is Status.PENDING_NOTICE:
            return f"{subprocessor_id}: in its notice period until {self.usable_from}"
        if self.status is Status.COUNTRY_NOT_ALLOWED:
            return f"{subprocessor_id}: destination country {country} not allowed"
        if self.status is Status.OBJECTED:
            return f"{subprocessor_id}: objected to by the tenant"
        if self.status is Status.NOT_AUTHORISED:
            return f"{subprocessor_id}: not authorised by the tenant"
        return f"{subprocessor_id}: allowed"


def decide(
    policy: TenantPolicy,
    subprocessor_id: str,
    country: str,
    added: date | None,
    today: date,
    default_notice_days: int = DEFAULT_NOTICE_DAYS,
) -> Decision:
    """May this tenant's data go to this sub-processor today?"""
    if subprocessor_id in policy.objected:
        return Decision(Status.OBJECTED)
    if policy.countries is not None and country not in policy.countries:
        return Decision(Status.COUNTRY_NOT_ALLOWED)
    if subprocessor_id in policy.approved:
        return Decision(Status.ALLOWED)
    if policy.authorisation is Authorisation.GENERAL:
        notice = policy.notice_days if policy.notice_days is not None else default_notice_days
        usable_from = added + timedelta(days=notice) if added else date.min
        if today >= usable_from:
            return Decision(Status.ALLOWED)
        return Decision(Status.PENDING_NOTICE, usable_from)
    return Decision(Status.NOT_AUTHORISED)
