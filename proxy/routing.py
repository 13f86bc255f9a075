"""Routing: a model alias to the first deployment the tenant may send data to."""

from __future__ import annotations

from proxy.config import Deployment, Settings, Subprocessor, Tenant
from proxy.errors import ProxyError


def allowed_deployments(settings: Settings, tenant: Tenant, model: str) -> list[Deployment]:
    return [
        d for d in settings.deployments_for(model) if d.subprocessor in tenant.allowed_subprocessors
    ]


def route(settings: Settings, tenant: Tenant, model: str) -> tuple[Deployment, Subprocessor]:
    candidates = settings.deployments_for(model)
    if not candidates:
        raise ProxyError(404, f"The model '{model}' does not exist", "model_not_found", "model")
    allowed = allowed_deployments(settings, tenant, model)
    if not allowed:
        names = ", ".join(sorted({d.subprocessor for d in candidates}))
        raise ProxyError(
            403,
            f"The model '{model}' is served only by sub-processors this tenant has not "
            f"authorised ({names})",
            "subprocessor_not_allowed",
            "model",
        )
    deployment = allowed[0]
    return deployment, settings.subprocessors[deployment.subprocessor]


def visible_models(settings: Settings, tenant: Tenant) -> list[str]:
    seen: dict[str, None] = {}
    for deployment in settings.deployments:
        if deployment.subprocessor in tenant.allowed_subprocessors:
            seen.setdefault(deployment.model)
    return list(seen)
