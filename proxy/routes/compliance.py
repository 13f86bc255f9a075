"""Compliance: the transfer ledger's API (role ``compliance``) and its web page.

A compliance key bound to a tenant sees only that tenant; one without a tenant sees
all. Values for data-subject lookups travel only in a POST body, never in a URL.
"""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from proxy.auth import Principal, Role
from proxy.errors import ProxyError, bad_request
from proxy.ledger import Filters, Ledger, links
from proxy.ledger.exports import FORMATS
from proxy.ledger.queries import parse_time
from proxy.routes.deps import require_role, services, tenant_scope
from proxy.services import Services

router = APIRouter(prefix="/compliance", tags=["compliance"])
# A transfer's outcome (records.RESULTS; a test keeps the two in step).
OutcomeName = Literal["sent", "client_closed", "upstream_error", "unknown", "blocked"]
ServicesDep = Annotated[Services, Depends(services)]
Compliance = Annotated[Principal, Depends(require_role(Role.COMPLIANCE))]
STATIC = Path(__file__).resolve().parent.parent / "static"
PAGE_FILES = {"compliance.js": "text/javascript", "compliance.css": "text/css"}
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


# -- response shapes (for the OpenAPI document) --------------------------------------


class TransferOut(BaseModel):
    id: int = Field(description="row id; the cursor for paging")
    transfer_id: str
    tenant_id: str
    seq: int = Field(description="position in the tenant's hash chain")
    recorded_at: str = Field(description="written before sending (UTC)")
    completed_at: str | None = Field(description="when the outcome was recorded")
    request_id: str | None
    key_id: str | None
    scope_hash: str | None
    endpoint: str | None
    model: str | None
    deployment: str | None
    subprocessor_id: str | None
    subprocessor_name: str | None
    country: str | None = Field(description="ISO 3166-1 alpha-2 destination")
    region: str | None
    cross_border: bool | None = Field(description="destination outside Indonesia")
    safeguards: list[str]
    dpa_ref: str | None
    entity_counts: dict[str, int] = Field(description="values sent per entity type")
    specific_categories: list[str] = Field(description="UU PDP specific data present")
    chars_sent: int | None
    prompt_tokens: int | None
    completion_tokens: int | None
    streamed: bool | None
    outcome: OutcomeName
    reason: str | None = Field(description="why a request was blocked")
    http_status: int | None
    latency_ms: int | None


class TransferPage(BaseModel):
    data: list[TransferOut]
    next_cursor: str | None = Field(description="pass as cursor for the next (older) page")


class CategoryCount(BaseModel):
    transfers: int
    values: int


class ReportRowOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    tenant_id: str
    month: str
    country: str | None
    cross_border: bool | None
    subprocessor_id: str | None
    subprocessor_name: str | None
    safeguards: list[str]
    transfers: int
    sent: int
    client_closed: int
    upstream_error: int
    unknown: int
    blocked: int
    chars_sent: int
    prompt_tokens: int
    completion_tokens: int
    categories: dict[str, CategoryCount]
    specific_categories: dict[str, int]
    with_specific_data: int


class ReportOut(BaseModel):
    rows: list[ReportRowOut]
    totals: dict[str, Any]


class BreakOut(BaseModel):
    problem: Literal["altered", "missing", "broken_link", "truncated", "no_head", "beyond_head"]
    seq: int | None
    record_id: int | None
    detail: str


class ChainOut(BaseModel):
    tenant_id: str
    ok: bool
    records: int
    head_seq: int | None
    head_hash: str | None
    first_break: BreakOut | None


class VerifyOut(BaseModel):
    ok: bool
    chains: list[ChainOut]


class SubjectIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: str = Field(min_length=1, max_length=500, description="e.g. a phone number or NIK")
    tenant: str | None = Field(None, description="default: every tenant the key may see")


class SubjectMatch(TransferOut):
    matched_types: list[str]


class Destination(BaseModel):
    tenant_id: str
    subprocessor_id: str | None
    subprocessor_name: str | None
    country: str | None
    cross_border: bool | None
    transfers: int
    first: str
    last: str
    entity_types: list[str]


class TrailOut(BaseModel):
    destinations: list[Destination]
    matches: list[SubjectMatch]


class MeOut(BaseModel):
    key_id: str
    tenant_id: str | None = Field(description="null: this key sees every tenant")
    tenants: list[str]


class LinkOut(BaseModel):
    url: str
    expires_in: int


# -- dependencies ---------------------------------------------------------------------


def _ledger(svc: Services) -> Ledger:
    if not isinstance(svc.transfers, Ledger):
        raise ProxyError(503, "No transfer ledger is configured", "ledger_unavailable")
    return svc.transfers


def _scope(principal: Principal, tenant: str | None) -> str | None:
    if tenant is None:
        return principal.tenant_id
    tenant_scope(principal, tenant)
    return tenant


def _time(value: str | None, name: str, *, end: bool = False) -> str | None:
    try:
        return parse_time(value, end=end)
    except ValueError:
        message = f"'{name}' must be YYYY-MM, YYYY-MM-DD or an ISO datetime"
        raise bad_request(message, name) from None


def filters(
    principal: Compliance,
    tenant: Annotated[str | None, Query(description="default: all the key may see")] = None,
    since: Annotated[str | None, Query(description="inclusive: YYYY-MM[-DD] or ISO")] = None,
    until: Annotated[str | None, Query(description="through this month/day, or before")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
    subprocessor: str | None = None,
    outcome: OutcomeName | None = None,
    entity_type: Annotated[str | None, Query(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,63}$")] = None,
) -> Filters:
    return Filters(
        tenant_id=_scope(principal, tenant or None),
        since=_time(since, "since"),
        until=_time(until, "until", end=True),
        country=country.upper() if country else None,
        subprocessor_id=subprocessor or None,
        outcome=outcome,
        entity_type=entity_type.upper() if entity_type else None,
    )


FiltersDep = Annotated[Filters, Depends(filters)]


def _download(ledger: Ledger, chosen: Filters, fmt: str) -> StreamingResponse:
    name = f"transfers-{datetime.now(UTC):%Y%m%d-%H%M%S}.{fmt}"
    return StreamingResponse(
        ledger.export(chosen, fmt),
        media_type=FORMATS[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


# -- the page -------------------------------------------------------------------------


@router.get("", include_in_schema=False)
async def page() -> FileResponse:
    return FileResponse(STATIC / "compliance.html", media_type="text/html", headers=PAGE_HEADERS)


@router.get("/assets/{name}", include_in_schema=False)
async def asset(name: str) -> FileResponse:
    if name not in PAGE_FILES:
        raise ProxyError(404, "Not found", "not_found")
    return FileResponse(STATIC / name, media_type=PAGE_FILES[name], headers=PAGE_HEADERS)


# -- the API --------------------------------------------------------------------------


@router.get("/api/me", summary="Who this compliance key is, and which tenants it sees")
async def me(principal: Compliance, svc: ServicesDep) -> MeOut:
    if principal.tenant_id is not None:
        tenants = [principal.tenant_id]
    else:
        in_ledger = await asyncio.to_thread(_ledger(svc).store.tenants)
        tenants = sorted(set(svc.snapshot.tenants) | set(in_ledger))
    return MeOut(key_id=principal.key_id, tenant_id=principal.tenant_id, tenants=tenants)


@router.get("/api/transfers", summary="Transfers, newest first, filtered and paged")
async def list_transfers(
    chosen: FiltersDep,
    svc: ServicesDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: Annotated[int | None, Query(ge=1, le=2**63 - 1, description="next_cursor")] = None,
) -> TransferPage:
    rows, next_id = await asyncio.to_thread(_ledger(svc).transfers, chosen, limit, cursor)
    return TransferPage(data=rows, next_cursor=None if next_id is None else str(next_id))


@router.get("/api/transfers.csv", summary="Export as CSV (streamed)")
async def export_csv(chosen: FiltersDep, svc: ServicesDep) -> StreamingResponse:
    return _download(_ledger(svc), chosen, "csv")


@router.get("/api/transfers.jsonl", summary="Export as JSON Lines (streamed)")
async def export_jsonl(chosen: FiltersDep, svc: ServicesDep) -> StreamingResponse:
    return _download(_ledger(svc), chosen, "jsonl")


@router.post(
    "/api/exports",
    summary="A short-lived download link for an export (for browsers)",
    description="The link carries the filters, already limited to what the key may see, "
    "and expires after two minutes; it needs no Authorization header.",
)
async def export_link(
    chosen: FiltersDep, svc: ServicesDep, format: Literal["csv", "jsonl"] = "csv"
) -> LinkOut:
    token = links.sign(
        links.link_key(svc.master_key), {"format": format, "filters": asdict(chosen)}
    )
    return LinkOut(url=f"/compliance/api/exports/{token}", expires_in=links.LIFETIME_S)


@router.get("/api/exports/{token}", summary="Download an export through a link")
async def export_by_link(token: str, svc: ServicesDep) -> StreamingResponse:
    payload = links.open_link(links.link_key(svc.master_key), token)
    if payload is None:
        raise ProxyError(404, "This download link is invalid or has expired", "link_expired")
    return _download(_ledger(svc), Filters(**payload["filters"]), payload["format"])


@router.get(
    "/api/report",
    summary="Cross-border transfer record (UU PDP Art. 56)",
    description="Per tenant x month x destination country x sub-processor: transfers by "
    "outcome, and per data category how many transfers carried it and how many values.",
)
async def get_report(chosen: FiltersDep, svc: ServicesDep) -> ReportOut:
    return ReportOut(**await asyncio.to_thread(_ledger(svc).report, chosen))


@router.get("/api/verify", summary="Check each tenant's hash chain; the first broken link")
async def verify(principal: Compliance, svc: ServicesDep, tenant: str | None = None) -> VerifyOut:
    reports = await asyncio.to_thread(_ledger(svc).verify, _scope(principal, tenant))
    chains = [ChainOut(**r.to_json()) for r in reports]
    return VerifyOut(ok=all(c.ok for c in chains), chains=chains)


@router.post(
    "/api/subjects",
    summary="A data subject's processing trail (UU PDP Art. 32)",
    description="Where data about a value (phone, NIK, e-mail, name, ...) went, and when. "
    "The value is normalised and compared by keyed hash; the ledger never holds it.",
)
async def subject_trail(body: SubjectIn, principal: Compliance, svc: ServicesDep) -> TrailOut:
    tenant = _scope(principal, body.tenant)
    return TrailOut(**await asyncio.to_thread(_ledger(svc).trail, body.value, tenant))
