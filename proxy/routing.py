"""Routing: a model alias to the first deployment the tenant may send data to today."""

from __future__ import annotations

from datetime import UTC, date, datetime

from proxy.config import Deployment, Settings, Subprocessor, Tenant
from proxy.errors import ProxyError
from proxy.tenancy.policy import Decision, Status, decide


def today() -> date:
    return datetime.now(UTC).date()


def decision(
    settings: Settings, catalogue: dict[str, Subprocessor], tenant: Tenant, subprocessor_id: str
) -> Decision:
    sub = catalogue.get(subprocessor_id)
    if sub is None:  # a deployment whose sub-processor left the catalogue
        return Decision(Status.NOT_AUTHORISED)
    return decide(tenant.policy, sub.id, sub.country, sub.added, today(), settings.notice_days)


class NotAllowed(ProxyError):
    """No deployment of the model goes to a sub-processor the tenant allows. The first one
    refused is kept, so that the refusal's ledger record names where the data would have
    gone."""

    def __init__(self, message: str, deployment: Deployment, sub: Subprocessor | None) -> None:
        super().__init__(403, message, "subprocessor_not_allowed", "model")
        self.deployment = deployment
        self.subprocessor = sub


def route(
    settings: Settings, catalogue: dict[str, Subprocessor], tenant: Tenant, model: str
) -> tuple[Deployment, Subprocessor]:
    candidates = settings.deployments_for(model)
    if not candidates:
        raise ProxyError(404, f"The model '{model}' does not exist", "model_not_found", "model")
    reasons = []
    for deployment in candidates:
        verdict = decision(settings, catalogue, tenant, deployment.subprocessor)
        if verdict.allowed:
            return deployment, catalogue[deployment.subprocessor]
        sub = catalogue.get(deployment.subprocessor)
        reasons.append(verdict.explain(deployment.subprocessor, sub.country if sub else "?"))
    raise NotAllowed(
        f"The model '{model}' is not served by any sub-processor this tenant allows: "
        + "; ".join(reasons),
        candidates[0],
        catalogue.get(candidates[0].subprocessor),
    )


def visible_models(
    settings: Settings, catalogue: dict[str, Subprocessor], tenant: Tenant
) -> list[str]:
    seen: dict[str, None] = {}
    for deployment in settings.deployments:
        if decision(settings, catalogue, tenant, deployment.subprocessor).allowed:
            seen.setdefault(deployment.model)
    return list(seen)
