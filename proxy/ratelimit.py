"""Per-key rate limits: a fixed one-minute window, shared through Redis when configured.

Without Redis (or while it is unreachable) each instance counts on its own, so
requests keep flowing; when Redis answers again the shared count takes over.
"""

from __future__ import annotations

import logging
import math
import time
from collections import defaultdict

from proxy.errors import ProxyError

log = logging.getLogger("tekino.ratelimit")
WINDOW_S = 60
RETRY_REDIS_AFTER_S = 2.0  # after a Redis failure, count locally this long before trying again


class RateLimiter:
    def __init__(self, per_minute: int, redis=None) -> None:  # redis: redis.asyncio.Redis
        self.per_minute = per_minute
        self._redis = redis
        self._local: dict[tuple[str, int], int] = defaultdict(int)
        self._redis_down_until = 0.0

    async def check(self, key_id: str) -> None:
        if self.per_minute <= 0:
            return
        now = time.time()
        window = int(now // WINDOW_S)
        count = await self._shared_count(key_id, window, now)
        if count is None:
            count = self._local_count(key_id, window)
        if count > self.per_minute:
            retry_after = max(1, math.ceil((window + 1) * WINDOW_S - now))
            raise ProxyError(
                429,
                f"Rate limit of {self.per_minute} requests per minute for this key exceeded",
                "rate_limit_exceeded",
                headers={"Retry-After": str(retry_after)},
            )

    async def _shared_count(self, key_id: str, window: int, now: float) -> int | None:
        if self._redis is None or now < self._redis_down_until:
            return None
        key = f"tekino:ratelimit:{key_id}:{window}"
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                count, _ = await pipe.incr(key).expire(key, 2 * WINDOW_S).execute()
            return int(count)
        except Exception as exc:  # noqa: BLE001 - any Redis failure: count locally
            self._redis_down_until = now + RETRY_REDIS_AFTER_S
            log.warning(
                "Redis unavailable for rate limits, counting locally: %s", type(exc).__name__
            )
            return None

    def _local_count(self, key_id: str, window: int) -> int:
        if len(self._local) > 10_000:  # forget finished windows
            for stale in [k for k in self._local if k[1] < window]:
                del self._local[stale]
        self._local[(key_id, window)] += 1
        return self._local[(key_id, window)]
