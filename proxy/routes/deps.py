"""Request dependencies shared by the routes."""

from __future__ import annotations

from fastapi import Header, Request

from proxy.config import Tenant
from proxy.services import Services


def services(request: Request) -> Services:
    return request.app.state.services


def tenant(request: Request, authorization: str | None = Header(default=None)) -> Tenant:
    return services(request).authenticator.authenticate(authorization)
