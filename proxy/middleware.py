"""ASGI middleware: the body size limit, and the request id, log line and metrics."""

from __future__ import annotations

import json
import logging
import re
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from proxy import logs, metrics
from proxy.errors import ProxyError

log = logging.getLogger("tekino.requests")


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


# A client's request id is kept (echoed, logged, stored) only if it cannot be a phone
# number, an identity or account number or an e-mail address by mistake: a UUID, a hex
# trace id (16-64 hex digits, at least one a-f: a NIK is 16 decimal digits), or up to 64
# of [A-Za-z0-9._:-] with at most 6 decimal digits.
_UUID_OR_TRACE = re.compile(
    rb"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|(?=[0-9]*[a-f])[0-9a-f]{16,64}", re.I
)
_PLAIN = re.compile(rb"[A-Za-z0-9._:-]{1,64}")


def _plain_id(value: bytes) -> bool:
    if _UUID_OR_TRACE.fullmatch(value):
        return True
    return bool(_PLAIN.fullmatch(value)) and sum(ch in b"0123456789" for ch in value) <= 6


class RequestLog:
    """Gives every response an ``X-Request-Id`` (the client's if ``_plain_id``, else a new
    one), and logs and counts each request once it has ended (for a stream: at its last
    byte)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"")
        request_id = incoming if _plain_id(incoming) else uuid.uuid4().hex.encode()
        state = scope.setdefault("state", {})
        state["request_id"] = request_id.decode()
        token = logs.request_id.set(state["request_id"])
        started = time.perf_counter()
        status = 500

        async def with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id)]
            await send(message)

        try:
            await self.app(scope, receive, with_id)
        finally:
            elapsed = time.perf_counter() - started
            # The route template, never the raw path.
            route = getattr(scope.get("route"), "path", "unmatched")
            metrics.REQUESTS.labels(route, str(status)).inc()
            metrics.LATENCY.labels(route).observe(elapsed)
            principal = state.get("principal")
            log.info(
                "request",
                extra={
                    "method": scope["method"],
                    "route": route,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 1),
                    "tenant": getattr(principal, "tenant_id", None),
                    "key_id": getattr(principal, "key_id", None),
                },
            )
            logs.request_id.reset(token)
