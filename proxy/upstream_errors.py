"""The client errors for a sub-processor that failed, shared by both upstream paths.

Messages name the kind of failure and at most the provider's own (pseudonymized)
explanation of a rejected request, never provider internals or request text.
"""

from __future__ import annotations

from proxy.errors import ProxyError

MAX_PROVIDER_MESSAGE = 500


def timed_out() -> ProxyError:
    return ProxyError(504, "The sub-processor did not answer in time", "upstream_timeout")


def unreachable(message: str = "The sub-processor could not be reached") -> ProxyError:
    return ProxyError(502, message, "upstream_unreachable")


def rate_limited() -> ProxyError:
    return ProxyError(429, "The sub-processor is rate limiting requests", "upstream_rate_limited")


def rejected(detail: str) -> ProxyError:
    detail = detail[:MAX_PROVIDER_MESSAGE]
    return ProxyError(400, f"The sub-processor rejected the request: {detail}", "upstream_rejected")


def failed(status: int) -> ProxyError:
    return ProxyError(502, f"The sub-processor failed (HTTP {status})", "upstream_error")


def unusable(message: str = "The sub-processor's answer could not be used") -> ProxyError:
    return ProxyError(502, message, "upstream_error")
