"""Request dependencies shared by the routes."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Header, Request

from proxy.auth import Principal, Role
from proxy.config import Tenant
from proxy.errors import ProxyError
from proxy.services import Services


def services(request: Request) -> Services:
    return request.app.state.services


def require_role(*roles: Role) -> Callable[..., Principal]:
    """A dependency that authenticates the caller and checks its role."""

    async def dependency(
        request: Request, authorization: str | None = Header(default=None)
    ) -> Principal:
        svc = services(request)
        principal = svc.authenticator.authenticate(authorization, *roles)
        await svc.limiter.check(principal.key_id)
        request.state.principal = principal
        return principal

    return dependency


def tenant_scope(principal: Principal, tenant_id: str) -> None:
    """A tenant-bound principal may act only on its own tenant (operators on any)."""
    if principal.tenant_id is not None and principal.tenant_id != tenant_id:
        raise ProxyError(404, f"No tenant '{tenant_id}'", "tenant_not_found")


_service = require_role(Role.SERVICE)


async def tenant(request: Request, authorization: str | None = Header(default=None)) -> Tenant:
    """The tenant of a service key (the OpenAI-compatible endpoints)."""
    principal = await _service(request, authorization)
    return services(request).tenant(principal.tenant_id)
