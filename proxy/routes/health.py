"""Liveness, readiness and metrics."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, Response

from proxy import metrics
from proxy.routes.deps import services
from proxy.services import Services

router = APIRouter(tags=["health"])
CHECK_TIMEOUT_S = 3.0


@router.get("/healthz", summary="Liveness: the process answers")
async def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: detection, stores and Redis work")
async def readyz(svc: Annotated[Services, Depends(services)]) -> JSONResponse:
    checks = {
        "analyzer": asyncio.to_thread(svc.analyzer.analyze_many, ["readiness check"]),
        "tenancy_store": asyncio.to_thread(svc.store.version),
    }
    if (ping := getattr(svc.transfers, "ping", None)) is not None:
        checks["ledger"] = asyncio.to_thread(ping)
    if svc.redis is not None:
        checks["redis"] = svc.redis.ping()
    results = {}
    for name, check in checks.items():
        try:
            await asyncio.wait_for(check, CHECK_TIMEOUT_S)
            results[name] = "ok"
        except Exception as exc:  # noqa: BLE001 - report, do not raise
            results[name] = f"failing: {type(exc).__name__}"
    ready = all(v == "ok" for v in results.values())
    body = {"status": "ready" if ready else "not ready", "checks": results}
    return JSONResponse(body, status_code=200 if ready else 503)


@router.get("/metrics", summary="Prometheus metrics (no personal data in labels)")
async def prometheus() -> Response:
    body, content_type = metrics.exposition()
    return Response(body, media_type=content_type)
