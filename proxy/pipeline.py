"""The outbound half of a request: detect, apply the tenant's policy, rewrite the texts."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator

from proxy import metrics
from proxy.errors import ProxyError
from proxy.payloads import Outgoing
from proxy.services import Services
from redaction import EntityPolicy, Pseudonymizer, Redactor

log = logging.getLogger("tekino.pipeline")


class EntityBlocked(ProxyError):
    """The tenant's policy keeps some of the request's personal data from leaving; the
    counts per type (never the values) go into the refusal's ledger record."""

    def __init__(self, blocked: set[str], counts: dict[str, int]) -> None:
        types = ", ".join(sorted(blocked))
        super().__init__(
            400,
            f"The request contains personal data this tenant's policy does not let leave: {types}",
            "entity_blocked",
        )
        self.counts = dict(counts)


async def pseudonymize(
    services: Services, tenant_id: str, scope: str, outgoing: Outgoing, policy: EntityPolicy
) -> Redactor:
    """Rewrite ``outgoing`` in place; fail closed if detection cannot run."""
    texts = outgoing.texts()
    started = time.perf_counter()
    timeout = services.settings.analysis_timeout_s
    try:
        results = await asyncio.wait_for(
            asyncio.to_thread(
                services.analyzer.analyze_many, _until(time.monotonic() + timeout, texts)
            ),
            timeout,
        )
    except TimeoutError:
        raise ProxyError(
            503, "Personal-data detection timed out; nothing was sent", "redaction_unavailable"
        ) from None
    except Exception as exc:
        # The exception text may quote the input: log its type only.
        log.error("analysis failed: %s", type(exc).__name__)
        raise ProxyError(
            503, "Personal-data detection failed; nothing was sent", "redaction_unavailable"
        ) from None
    metrics.ANALYSIS.observe(time.perf_counter() - started)
    redactor = Redactor(Pseudonymizer(services.tenant_key(tenant_id), scope), policy)
    rewritten = [redactor.redact(text, found) for text, found in zip(texts, results, strict=True)]
    for entity_type, count in redactor.counts.items():
        metrics.ENTITIES.labels(entity_type).inc(count)
    if redactor.blocked:
        raise EntityBlocked(redactor.blocked, redactor.counts)
    outgoing.write(rewritten)
    return redactor


def _until(deadline: float, texts: list[str]) -> Iterator[str]:
    """``texts`` one by one until ``deadline`` (monotonic): a request that timed out
    stops its analysis at the next text instead of keeping a core busy to the end."""
    for text in texts:
        if time.monotonic() > deadline:
            raise TimeoutError("personal-data detection passed its deadline")
        yield text
