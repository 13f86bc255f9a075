"""The fake provider for the speed benchmark, in its own process.

``tests.fake_upstream.FakeUpstream`` (it answers a chat with the text of the last
message, streamed or not) served by uvicorn, so that it does not share a GIL with the
load generator. Two extra routes let the harness check what a provider received:
``GET /_bench/last`` (the last chat body, as received) and ``GET /_bench/health``.
Only the last few requests are kept, so that a long run does not grow in memory::

    python -m benchmarks.speed_upstream --port 5900 --stream-chunks 30
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fake_upstream import FakeUpstream  # noqa: E402

KEPT = 4


def split_evenly(text: str, pieces: int) -> list[str]:
    """``text`` cut into ``pieces`` consecutive parts of (nearly) equal length."""
    if not text:
        return [""]
    pieces = max(1, min(pieces, len(text)))
    size, extra = divmod(len(text), pieces)
    parts, start = [], 0
    for index in range(pieces):
        end = start + size + (1 if index < extra else 0)
        parts.append(text[start:end])
        start = end
    return parts


@dataclass
class BenchUpstream(FakeUpstream):
    """A ``FakeUpstream`` that keeps only its last few recordings."""

    async def _record(self, request: Request) -> dict:
        body = await super()._record(request)
        del self.received[:-KEPT]
        if hasattr(self, "stream_endings"):
            del self.stream_endings[:-KEPT]
        return body

    def app(self) -> Starlette:
        app = super().app()
        app.router.routes.append(Route("/_bench/last", self._last, methods=["GET"]))
        app.router.routes.append(Route("/_bench/health", self._health, methods=["GET"]))
        return app

    async def _last(self, request: Request) -> Response:
        if not self.received:
            return JSONResponse({"error": "nothing received yet"}, 404)
        return Response(self.received[-1].raw, media_type="application/json")

    async def _health(self, request: Request) -> Response:
        return PlainTextResponse("ok")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--stream-chunks", type=int, default=30)
    args = parser.parse_args(argv)
    import uvicorn

    chunks = args.stream_chunks
    upstream = BenchUpstream(stream_split=lambda text: split_evenly(text, chunks))
    uvicorn.run(upstream.app(), host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
