"""Transfers: what the proxy tells the ledger about each attempt to send data out.

The request path builds one ``Transfer`` per request, records it before anything
is sent (a failure there refuses the request), and completes it with the
outcome. ``TransferLog`` is what a ledger implements; ``NullTransferLog`` keeps
nothing (for tests of the proxy alone).
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from proxy import metrics
from proxy.config import Deployment, Subprocessor
from proxy.errors import ProxyError

log = logging.getLogger("tekino.transfers")
CLIENT_CLOSED = 499  # the client went away before the answer ended


@dataclass
class Transfer:
    request_id: str
    tenant_id: str
    key_id: str
    scope: str  # the conversation scope (already a hash)
    endpoint: str  # "chat.completions" | "embeddings" | "completions"
    model: str  # the alias the client asked for
    streamed: bool
    deployment: Deployment | None = None
    subprocessor: Subprocessor | None = None
    entity_counts: dict[str, int] = field(default_factory=dict)
    # (type, normal form) of each detected value: a ledger keeps keyed hashes only.
    identities: set[tuple[str, str]] = field(default_factory=set)
    chars_sent: int = 0
    started: float = field(default_factory=time.monotonic)


class TransferLog(Protocol):
    def start(self, transfer: Transfer) -> Any:
        """Record the attempt before sending; raise if it cannot be recorded."""

    def finish(
        self, handle: Any, outcome: str, status: int, usage: dict | None, latency_ms: float
    ) -> None:
        """Record how the attempt ended: outcome "sent" or "upstream_error"."""

    def refuse(self, transfer: Transfer, reason: str, status: int) -> None:
        """Record a request that was refused before anything was sent."""


class NullTransferLog:
    def start(self, transfer: Transfer) -> None:
        return None

    def finish(
        self, handle: Any, outcome: str, status: int, usage: dict | None, latency_ms: float
    ) -> None:
        return None

    def refuse(self, transfer: Transfer, reason: str, status: int) -> None:
        return None


class Recorder:
    """The async face of a ``TransferLog`` for one request."""

    def __init__(self, log: TransferLog, transfer: Transfer) -> None:
        self._log = log
        self.transfer = transfer
        self._handle: Any = None
        self._done = False

    async def refuse(self, error: ProxyError) -> None:
        # A refusal that cannot be recorded still refuses: nothing was sent.
        reason = error.code or "refused"
        metrics.BLOCKED.labels(reason).inc()
        try:
            await asyncio.to_thread(self._log.refuse, self.transfer, reason, error.status)
        except Exception as exc:  # noqa: BLE001
            log.error("could not record a refused transfer: %s", type(exc).__name__)

    async def start(self) -> None:
        try:
            self._handle = await asyncio.to_thread(self._log.start, self.transfer)
        except Exception:
            raise ProxyError(
                503, "The transfer could not be recorded; nothing was sent", "ledger_unavailable"
            ) from None

    async def finish(self, status: int, usage: dict | None = None) -> None:
        if self._done:
            return
        self._done = True
        if status == CLIENT_CLOSED:
            outcome = "client_closed"
        else:
            outcome = "sent" if status < 400 else "upstream_error"
        if outcome == "upstream_error":
            sub = self.transfer.subprocessor
            metrics.UPSTREAM_ERRORS.labels(sub.id if sub else "", str(status)).inc()
        latency_ms = (time.monotonic() - self.transfer.started) * 1000
        try:
            await asyncio.to_thread(
                self._log.finish, self._handle, outcome, status, usage, latency_ms
            )
        except Exception as exc:  # noqa: BLE001 - the record then says "outcome unknown"
            log.error("could not record a transfer's outcome: %s", type(exc).__name__)
