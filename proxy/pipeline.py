"""The outbound half of a request: detect, apply the tenant's policy, rewrite the texts."""

from __future__ import annotations

import asyncio
import logging

from proxy.errors import ProxyError
from proxy.payloads import Outgoing
from proxy.services import Services
from redaction import EntityPolicy, Pseudonymizer, Redactor

log = logging.getLogger("tekino.pipeline")


async def pseudonymize(
    services: Services, tenant_id: str, scope: str, outgoing: Outgoing, policy: EntityPolicy
) -> Redactor:
    """Rewrite ``outgoing`` in place; fail closed if detection cannot run."""
    texts = outgoing.texts()
    try:
        results = await asyncio.wait_for(
            asyncio.to_thread(services.analyzer.analyze_many, texts),
            services.settings.analysis_timeout_s,
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
    redactor = Redactor(Pseudonymizer(services.tenant_key(tenant_id), scope), policy)
    rewritten = [redactor.redact(text, found) for text, found in zip(texts, results, strict=True)]
    if redactor.blocked:
        types = ", ".join(sorted(redactor.blocked))
        raise ProxyError(
            400,
            f"The request contains personal data this tenant's policy does not let leave: {types}",
            "entity_blocked",
        )
    outgoing.write(rewritten)
    return redactor
