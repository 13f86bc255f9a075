"""The FastAPI application."""

from __future__ import annotations

import asyncio
import json
import uuid
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from proxy.config import Settings
from proxy.errors import ProxyError, install_handlers
from proxy.routes import admin, openai
from proxy.services import Services
from redaction import Analyzer


class BodyLimit:
    """Refuses bodies over the configured size with 413, before they are parsed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        # Read the whole body here (bounded), then hand it to the app in one piece.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # client went away before the body arrived
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                await self._refuse(send)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        error = ProxyError(
            413, f"Request body larger than {self.max_bytes} bytes", "request_too_large"
        )
        body = json.dumps(error.body()).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class RequestId:
    """Gives every response an ``X-Request-Id`` (the client's, or a new one)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"")
        request_id = incoming[:64] if incoming.isascii() and incoming else uuid.uuid4().hex.encode()
        scope.setdefault("state", {})["request_id"] = request_id.decode()

        async def with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id)]
            await send(message)

        await self.app(scope, receive, with_id)


def create_app(settings: Settings, analyzer: Analyzer | None = None) -> FastAPI:
    services = Services.build(settings, analyzer)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        watcher = asyncio.create_task(services.watch())
        yield
        watcher.cancel()

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

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict:
        return {"status": "ok"}

    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestId)
    return app


CONFIG_ENV = "TEKINO_PROXY_CONFIG"


def app_from_env() -> FastAPI:
    """Factory for uvicorn's worker processes: the config path comes from the environment."""
    import os

    from proxy.config import load_settings

    return create_app(load_settings(os.environ[CONFIG_ENV]))
