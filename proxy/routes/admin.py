"""Management API: the sub-processor catalogue, tenants' policies, keys and audit history."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from proxy.auth import Principal, Role
from proxy.config import ConfigError, Subprocessor, Tenant
from proxy.errors import ProxyError, bad_request
from proxy.routes.deps import require_role, services, tenant_scope
from proxy.routing import decision
from proxy.services import Services
from proxy.tenancy.policy import TenantPolicy
from proxy.tenancy.store import Conflict, NotFound

router = APIRouter(prefix="/admin", tags=["management"])
MAX_ROW_ID = 2**63 - 1  # row ids are 64-bit in both stores; a larger cursor is refused
ServicesDep = Annotated[Services, Depends(services)]
Anyone = Annotated[Principal, Depends(require_role(*Role))]
Operator = Annotated[Principal, Depends(require_role(Role.OPERATOR))]
TenantAdmin = Annotated[Principal, Depends(require_role(Role.TENANT_ADMIN))]
Reader = Annotated[
    Principal, Depends(require_role(Role.OPERATOR, Role.TENANT_ADMIN, Role.COMPLIANCE))
]


class SubprocessorIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, description="legal name")
    country: str = Field(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 of processing")
    region: str | None = None
    address: str | None = None
    contact: str | None = None
    safeguards: list[str] = Field(default_factory=list, description="dpa, scc, adequacy, ...")
    dpa_ref: str | None = None
    added: date | None = Field(None, description="entered the catalogue (default: today)")


class PolicyIn(BaseModel):
    """A tenant's policy; in a PATCH only the fields sent change."""

    model_config = ConfigDict(extra="forbid")
    authorisation: Literal["specific", "general"] | None = None
    approved_subprocessors: list[str] | None = None
    objected_subprocessors: list[str] | None = None
    allowed_countries: list[str] | None = Field(None, description="null: any country")
    domestic_only: bool | None = Field(None, description="shorthand for allowed_countries [ID]")
    entity_actions: dict[str, Literal["pseudonymize", "redact", "block", "allow"]] | None = None
    specific_data: Literal["pseudonymize", "block"] | None = None
    allow_media: bool | None = None
    notice_days: int | None = Field(None, ge=0)


class TenantIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")
    name: str | None = None
    policy: PolicyIn = Field(default_factory=PolicyIn)


class KeyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["service", "tenant-admin", "operator", "compliance"]
    tenant_id: str | None = Field(
        None,
        description="required except for operator keys; "
        "a compliance key without one reads all tenants",
    )
    label: str | None = Field(None, max_length=200)


def _actor(principal: Principal) -> str:
    return f"{principal.key_id} ({principal.role.value})"


async def _store(svc: Services, call, *args: Any) -> Any:
    """Runs a store call off the event loop and maps its errors; refreshes local state."""
    try:
        result = await asyncio.to_thread(call, *args)
    except NotFound as exc:
        raise ProxyError(404, str(exc), "not_found") from None
    except Conflict as exc:
        raise ProxyError(409, str(exc), "conflict") from None
    except (ValueError, ConfigError) as exc:
        raise bad_request(str(exc)) from None
    await svc.refresh()
    return result


def _view(svc: Services, tenant: Tenant) -> dict[str, Any]:
    subprocessors = []
    for sub in svc.catalogue.values():
        verdict = decision(svc.settings, svc.catalogue, tenant, sub.id)
        subprocessors.append(
            {
                "id": sub.id,
                "name": sub.name,
                "country": sub.country,
                "status": verdict.status.value,
                "usable_from": verdict.usable_from.isoformat() if verdict.usable_from else None,
            }
        )
    return {
        "id": tenant.id,
        "name": tenant.name,
        "policy": tenant.policy.to_json(),
        "subprocessors": sorted(subprocessors, key=lambda s: s["id"]),
    }


def _checked_policy(svc: Services, policy: TenantPolicy) -> TenantPolicy:
    if unknown := (policy.approved | policy.objected) - svc.catalogue.keys():
        raise bad_request(f"Unknown sub-processors: {', '.join(sorted(unknown))}")
    return policy


def _own(principal: Principal, svc: Services, tenant_id: str) -> Tenant:
    tenant_scope(principal, tenant_id)
    return svc.tenant(tenant_id)


# -- catalogue ----------------------------------------------------------------------


@router.get("/subprocessors", summary="The sub-processor catalogue")
async def list_subprocessors(_: Anyone, svc: ServicesDep) -> list[dict[str, Any]]:
    return [sub.to_json() for sub in sorted(svc.catalogue.values(), key=lambda s: s.id)]


@router.get("/subprocessors/{subprocessor_id}", summary="One sub-processor")
async def get_subprocessor(subprocessor_id: str, _: Anyone, svc: ServicesDep) -> dict[str, Any]:
    sub = svc.catalogue.get(subprocessor_id)
    if sub is None:
        raise ProxyError(404, f"No sub-processor '{subprocessor_id}'", "not_found")
    return sub.to_json()


@router.put("/subprocessors/{subprocessor_id}", summary="Add or change a sub-processor (operator)")
async def put_subprocessor(
    subprocessor_id: str, body: SubprocessorIn, principal: Operator, svc: ServicesDep
) -> dict[str, Any]:
    existing = svc.catalogue.get(subprocessor_id)
    raw = body.model_dump()
    raw["added"] = raw["added"] or (existing.added if existing else date.today())
    sub = Subprocessor.from_json({**raw, "id": subprocessor_id})
    await _store(svc, svc.store.put_subprocessor, sub, _actor(principal))
    return sub.to_json()


# -- tenants ------------------------------------------------------------------------


@router.get("/tenants", summary="Tenants (operator: all; others: their own)")
async def list_tenants(principal: Reader, svc: ServicesDep) -> list[dict[str, Any]]:
    tenants = sorted(svc.snapshot.tenants.values(), key=lambda t: t.id)
    return [_view(svc, t) for t in tenants if principal.tenant_id in (None, t.id)]


@router.post("/tenants", status_code=201, summary="Create a tenant (operator)")
async def create_tenant(body: TenantIn, principal: Operator, svc: ServicesDep) -> dict[str, Any]:
    policy = _checked_policy(svc, TenantPolicy.from_json(body.policy.model_dump(exclude_none=True)))
    tenant = Tenant(body.id, policy, body.name)
    await _store(svc, svc.store.create_tenant, tenant, _actor(principal))
    return _view(svc, svc.tenant(body.id))


@router.get("/tenants/{tenant_id}", summary="A tenant's effective policy")
async def get_tenant(tenant_id: str, principal: Reader, svc: ServicesDep) -> dict[str, Any]:
    return _view(svc, _own(principal, svc, tenant_id))


@router.patch("/tenants/{tenant_id}/policy", summary="Change the tenant's policy (tenant-admin)")
async def patch_policy(
    tenant_id: str, body: PolicyIn, principal: TenantAdmin, svc: ServicesDep
) -> dict[str, Any]:
    current = _own(principal, svc, tenant_id).policy
    try:
        merged = TenantPolicy.from_json(
            {**current.to_json(), **body.model_dump(exclude_unset=True)}
        )
    except ValueError as exc:
        raise bad_request(str(exc)) from None
    _checked_policy(svc, merged)
    await _store(
        svc,
        svc.store.change_policy,
        tenant_id,
        lambda _: merged,
        _actor(principal),
        "policy.changed",
    )
    return _view(svc, svc.tenant(tenant_id))


@router.post(
    "/tenants/{tenant_id}/subprocessors/{subprocessor_id}/{verdict}",
    summary="Approve a sub-processor now, or object to it (tenant-admin)",
)
async def approve_or_object(
    tenant_id: str,
    subprocessor_id: str,
    verdict: Literal["approve", "object"],
    principal: TenantAdmin,
    svc: ServicesDep,
) -> dict[str, Any]:
    _own(principal, svc, tenant_id)
    if subprocessor_id not in svc.catalogue:
        raise ProxyError(404, f"No sub-processor '{subprocessor_id}'", "not_found")

    def change(policy: TenantPolicy) -> TenantPolicy:
        if verdict == "approve":
            return policy.changed(
                approved=policy.approved | {subprocessor_id},
                objected=policy.objected - {subprocessor_id},
            )
        return policy.changed(
            approved=policy.approved - {subprocessor_id},
            objected=policy.objected | {subprocessor_id},
        )

    action = "subprocessor.approved" if verdict == "approve" else "subprocessor.objected"
    await _store(svc, svc.store.change_policy, tenant_id, change, _actor(principal), action)
    return _view(svc, svc.tenant(tenant_id))


@router.get("/tenants/{tenant_id}/audit", summary="The tenant's policy history, newest first")
async def tenant_audit(
    tenant_id: str,
    principal: Reader,
    svc: ServicesDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    before_id: Annotated[int | None, Query(ge=1, le=MAX_ROW_ID)] = None,
) -> list[dict[str, Any]]:
    _own(principal, svc, tenant_id)
    return await asyncio.to_thread(svc.store.audit, tenant_id, limit, before_id)


# -- keys ---------------------------------------------------------------------------


@router.post("/keys", status_code=201, summary="Issue a key; it is shown only in this answer")
async def issue_key(body: KeyIn, principal: Operator, svc: ServicesDep) -> dict[str, Any]:
    role = Role(body.role)
    if role in (Role.SERVICE, Role.TENANT_ADMIN) and body.tenant_id is None:
        raise bad_request(f"A {role.value} key needs a tenant_id", "tenant_id")
    if role is Role.OPERATOR and body.tenant_id is not None:
        raise bad_request("An operator key has no tenant", "tenant_id")
    key, identifier = await _store(
        svc, svc.store.issue_key, role, body.tenant_id, body.label, _actor(principal)
    )
    return {"id": identifier, "key": key, "role": role.value, "tenant_id": body.tenant_id}


@router.get("/keys", summary="Keys (ids and roles only; never the keys)")
async def list_keys(
    principal: Operator, svc: ServicesDep, tenant_id: str | None = None
) -> list[dict[str, Any]]:
    return await asyncio.to_thread(svc.store.keys, tenant_id)


@router.delete("/keys/{key_id}", summary="Revoke a key")
async def revoke_key(key_id: str, principal: Operator, svc: ServicesDep) -> dict[str, Any]:
    row = await _store(svc, svc.store.revoke_key, key_id, _actor(principal))
    return {"id": row["id"], "revoked": True}
