"""Calls to sub-processors through litellm, and the mapping of their failures.

Imported only when a deployment needs litellm (``proxy.upstream``): litellm takes
about three seconds to import, which instances serving only OpenAI-compatible
deployments (called directly) need not pay at start-up.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from typing import Any

# litellm downloads its model-cost map at import unless told to use its bundled copy.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import httpx  # noqa: E402
import litellm  # noqa: E402
import openai  # noqa: E402

from proxy import echo  # noqa: E402
from proxy import upstream_errors as errors  # noqa: E402
from proxy.config import Deployment  # noqa: E402
from proxy.errors import ProxyError  # noqa: E402

litellm.suppress_debug_info = True
litellm.telemetry = False
# litellm logs request bodies at debug level; those are pseudonymized, but keep it quiet.
logging.getLogger("LiteLLM").setLevel(logging.WARNING)
echo.register()


def _params(deployment: Deployment, body: dict[str, Any]) -> dict[str, Any]:
    params = {k: v for k, v in body.items() if k != "model"}
    params["model"] = deployment.litellm_model
    params["timeout"] = deployment.timeout_s
    params["num_retries"] = 0
    if deployment.api_base:
        params["api_base"] = deployment.api_base
    if deployment.api_key:
        params["api_key"] = deployment.api_key
    elif deployment.litellm_model.startswith(echo.PROVIDER + "/"):
        params["api_key"] = "local"
    return params


def as_dict(response: Any) -> dict[str, Any]:
    return (
        response.model_dump(exclude_none=True)
        if hasattr(response, "model_dump")
        else dict(response)
    )


async def chat(deployment: Deployment, body: dict[str, Any]) -> dict[str, Any]:
    with translate_errors():
        return as_dict(await litellm.acompletion(**_params(deployment, body)))


async def chat_stream(deployment: Deployment, body: dict[str, Any]) -> AsyncIterator[dict]:
    with translate_errors():
        stream = await litellm.acompletion(**_params(deployment, body))

    async def chunks() -> AsyncIterator[dict]:
        try:
            with translate_errors():
                async for chunk in stream:
                    yield as_dict(chunk)
        finally:  # also when the client went away: the provider's request ends too
            if hasattr(stream, "aclose"):
                await stream.aclose()

    return chunks()


async def embeddings(deployment: Deployment, body: dict[str, Any]) -> dict[str, Any]:
    with translate_errors():
        return as_dict(await litellm.aembedding(**_params(deployment, body)))


async def completions(deployment: Deployment, body: dict[str, Any]) -> dict[str, Any]:
    with translate_errors():
        return as_dict(await litellm.atext_completion(**_params(deployment, body)))


class translate_errors:
    """Turns litellm's exceptions into client errors that name no provider internals."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type | None, exc: BaseException | None, tb: Any) -> bool:
        if exc is None or isinstance(exc, ProxyError | GeneratorExit):
            return False
        if not isinstance(exc, Exception):
            return False
        raise upstream_error(exc) from exc


def upstream_error(exc: Exception) -> ProxyError:
    if isinstance(exc, litellm.Timeout):
        return errors.timed_out()
    if isinstance(exc, litellm.RateLimitError):
        return errors.rate_limited()
    if isinstance(exc, litellm.APIConnectionError) or _connection_failed(exc):
        return errors.unreachable()
    status = getattr(exc, "status_code", None)
    if isinstance(exc, litellm.BadRequestError) or status in (400, 422):
        return errors.rejected(str(getattr(exc, "message", "") or ""))
    if isinstance(status, int) and status >= 500:
        return errors.failed(status)
    return errors.unusable()


def _connection_failed(exc: BaseException) -> bool:
    """Whether the call failed at the transport (refused, reset, cut mid-answer): litellm
    reports these as HTTP 500 errors, with the transport error further down the chain."""
    cause = exc.__cause__ or exc.__context__
    for _ in range(10):  # the chain is short; never follow a cycle for long
        if cause is None:
            return False
        if isinstance(cause, httpx.TransportError | openai.APIConnectionError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False
