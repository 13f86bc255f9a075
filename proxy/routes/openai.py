"""The OpenAI-compatible endpoints."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.background import BackgroundTask

from proxy import upstream
from proxy.answers import ChunkRestorer, restore_chat, restore_completion
from proxy.config import Deployment, Tenant
from proxy.errors import ProxyError, bad_request
from proxy.payloads import Outgoing, chat_outgoing, completions_outgoing, embeddings_outgoing
from proxy.pipeline import EntityBlocked, pseudonymize
from proxy.routes.deps import services, tenant
from proxy.routing import NotAllowed, route, visible_models
from proxy.schemas import ChatCompletionRequest, CompletionRequest, EmbeddingRequest
from proxy.scope import HEADER, conversation_scope
from proxy.services import Services
from proxy.streaming import EventStream, relay
from proxy.transfers import Recorder, Transfer
from redaction import Restorer

router = APIRouter(prefix="/v1", tags=["openai"])
TenantDep = Annotated[Tenant, Depends(tenant)]
ServicesDep = Annotated[Services, Depends(services)]


async def _prepare(
    request: Request,
    svc: Services,
    who: Tenant,
    body: dict,
    endpoint: str,
    outgoing_of: Callable[[dict], Outgoing],
) -> tuple[Deployment, Restorer, Recorder]:
    """Route, pseudonymize and record the transfer; afterwards the body may leave."""
    transfer = Transfer(
        request_id=request.scope["state"]["request_id"],
        tenant_id=who.id,
        key_id=request.state.principal.key_id,
        scope=conversation_scope(request.headers.get(HEADER), body),
        endpoint=endpoint,
        model=body["model"],
        streamed=bool(body.get("stream")),
    )
    recorder = Recorder(svc.transfers, transfer)
    try:
        deployment, transfer.subprocessor = route(svc.settings, svc.catalogue, who, body["model"])
        transfer.deployment = deployment
        outgoing = outgoing_of(body)
        redactor = await pseudonymize(svc, who.id, transfer.scope, outgoing, svc.policy(who))
    except ProxyError as exc:
        if isinstance(exc, EntityBlocked):
            transfer.entity_counts = exc.counts
        if isinstance(exc, NotAllowed):  # the destination refused, for the record
            transfer.deployment, transfer.subprocessor = exc.deployment, exc.subprocessor
        if exc.code != "model_not_found":
            await recorder.refuse(exc)
        raise
    transfer.entity_counts = dict(redactor.counts)
    transfer.identities = redactor.identities
    transfer.chars_sent = sum(len(text) for text in outgoing.texts())
    if isinstance(body.get("user"), str):
        # The end-user id may itself be an e-mail or phone: send an opaque stand-in.
        digest = hmac.new(svc.tenant_key(who.id), body["user"].encode(), hashlib.sha256)
        body["user"] = "user-" + digest.hexdigest()[:24]
    await recorder.start()
    return deployment, Restorer(redactor.mapping), recorder


async def _call(recorder: Recorder, call: Awaitable[dict[str, Any]]) -> dict[str, Any]:
    try:
        return await call
    except ProxyError as exc:
        await recorder.finish(exc.status)
        raise


def _answer(recorder: Recorder, response: dict[str, Any]) -> JSONResponse:
    """The answer, with the transfer's outcome recorded once it has been sent: the
    record written before sending is the one that must precede the transfer."""
    outcome = BackgroundTask(recorder.finish, 200, response.get("usage"))
    return JSONResponse(response, background=outcome)


@router.post("/chat/completions")
async def chat_completions(
    payload: ChatCompletionRequest, request: Request, who: TenantDep, svc: ServicesDep
):
    body = payload.model_dump(exclude_unset=True)
    deployment, restorer, recorder = await _prepare(
        request,
        svc,
        who,
        body,
        "chat.completions",
        lambda b: chat_outgoing(b, who.policy.allow_media),
    )
    if not body.get("stream"):
        response = await _call(recorder, upstream.chat(deployment, body))
        return _answer(recorder, restore_chat(response, restorer))
    try:
        chunks = await upstream.chat_stream(deployment, body)
    except ProxyError as exc:
        await recorder.finish(exc.status)
        raise
    return EventStream(relay(chunks, ChunkRestorer(restorer), recorder.finish))


@router.post("/completions")
async def completions(
    payload: CompletionRequest, request: Request, who: TenantDep, svc: ServicesDep
):
    body = payload.model_dump(exclude_unset=True)
    if body.get("stream"):
        raise bad_request("Streaming is not supported on the legacy completions endpoint", "stream")
    deployment, restorer, recorder = await _prepare(
        request, svc, who, body, "completions", completions_outgoing
    )
    response = await _call(recorder, upstream.completions(deployment, body))
    return _answer(recorder, restore_completion(response, restorer))


@router.post("/embeddings")
async def embeddings(payload: EmbeddingRequest, request: Request, who: TenantDep, svc: ServicesDep):
    body = payload.model_dump(exclude_unset=True)
    deployment, _, recorder = await _prepare(
        request, svc, who, body, "embeddings", embeddings_outgoing
    )
    return _answer(recorder, await _call(recorder, upstream.embeddings(deployment, body)))


@router.get("/models")
async def list_models(who: TenantDep, svc: ServicesDep):
    created = int(time.time())
    data = [
        {"id": model, "object": "model", "created": created, "owned_by": "tekino-proxy"}
        for model in visible_models(svc.settings, svc.catalogue, who)
    ]
    return {"object": "list", "data": data}
