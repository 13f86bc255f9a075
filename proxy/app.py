"""The FastAPI application."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

from fastapi import FastAPI

from proxy import direct, logs, upstream
from proxy.config import Settings
from proxy.errors import install_handlers
from proxy.middleware import BodyLimit, RequestLog
from proxy.routes import admin, compliance, health, openai
from proxy.services import Services
from redaction import Analyzer


def create_app(settings: Settings, analyzer: Analyzer | None = None) -> FastAPI:
    services = Services.build(settings, analyzer)
    upstream.prepare(settings.deployments)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        watcher = asyncio.create_task(services.watch())
        yield
        watcher.cancel()
        await direct.close()
        services.close()

    app = FastAPI(
        lifespan=lifespan,
        title="tekino-proxy",
        version="0.1.0",
        description="OpenAI-compatible proxy that pseudonymizes personal data before it "
        "reaches AI sub-processors and restores it in the answer.",
    )
    app.state.services = services
    install_handlers(app)
    app.include_router(openai.router)
    app.include_router(admin.router)
    app.include_router(compliance.router)

    app.include_router(health.router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestLog)
    return app


CONFIG_ENV = "TEKINO_PROXY_CONFIG"


def app_from_env() -> FastAPI:
    """Factory for uvicorn's worker processes: the config path comes from the environment."""
    import os

    from proxy.config import load_settings

    settings = load_settings(os.environ[CONFIG_ENV])
    logs.configure(settings.log_level)
    return create_app(settings)
