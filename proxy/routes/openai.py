"""The OpenAI-compatible endpoints."""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, StreamingResponse

from proxy import upstream
from proxy.answers import ChunkRestorer, restore_chat, restore_completion
from proxy.config import Tenant
from proxy.errors import bad_request
from proxy.payloads import Outgoing, chat_outgoing, completions_outgoing, embeddings_outgoing
from proxy.pipeline import pseudonymize
from proxy.routes.deps import services, tenant
from proxy.routing import route, visible_models
from proxy.schemas import ChatCompletionRequest, CompletionRequest, EmbeddingRequest
from proxy.scope import HEADER, conversation_scope
from proxy.services import Services
from proxy.streaming import relay
from redaction import Redactor, Restorer

router = APIRouter(prefix="/v1", tags=["openai"])
TenantDep = Annotated[Tenant, Depends(tenant)]
ServicesDep = Annotated[Services, Depends(services)]


async def _prepare(
    svc: Services, who: Tenant, request: Request, body: dict, outgoing: Outgoing
) -> tuple[Redactor, Restorer]:
    scope = conversation_scope(request.headers.get(HEADER), body)
    redactor = await pseudonymize(svc, who.id, scope, outgoing, svc.policy(who))
    if isinstance(body.get("user"), str):
        # The end-user id may itself be an e-mail or phone: send an opaque stand-in.
        digest = hmac.new(svc.tenant_key(who.id), body["user"].encode(), hashlib.sha256)
        body["user"] = "user-" + digest.hexdigest()[:24]
    return redactor, Restorer(redactor.mapping)


@router.post("/chat/completions")
async def chat_completions(
    payload: ChatCompletionRequest, request: Request, who: TenantDep, svc: ServicesDep
):
    body = payload.model_dump(exclude_unset=True)
    deployment, _ = route(svc.settings, who, body["model"])
    outgoing = chat_outgoing(body, svc.settings.allow_media)
    _, restorer = await _prepare(svc, who, request, body, outgoing)
    if body.get("stream"):
        chunks = await upstream.chat_stream(deployment, body)
        return StreamingResponse(
            relay(chunks, ChunkRestorer(restorer)),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    return JSONResponse(restore_chat(await upstream.chat(deployment, body), restorer))


@router.post("/completions")
async def completions(
    payload: CompletionRequest, request: Request, who: TenantDep, svc: ServicesDep
):
    body = payload.model_dump(exclude_unset=True)
    if body.get("stream"):
        raise bad_request("Streaming is not supported on the legacy completions endpoint", "stream")
    deployment, _ = route(svc.settings, who, body["model"])
    _, restorer = await _prepare(svc, who, request, body, completions_outgoing(body))
    return JSONResponse(restore_completion(await upstream.completions(deployment, body), restorer))


@router.post("/embeddings")
async def embeddings(payload: EmbeddingRequest, request: Request, who: TenantDep, svc: ServicesDep):
    body = payload.model_dump(exclude_unset=True)
    deployment, _ = route(svc.settings, who, body["model"])
    await _prepare(svc, who, request, body, embeddings_outgoing(body))
    return JSONResponse(await upstream.embeddings(deployment, body))


@router.get("/models")
async def list_models(who: TenantDep, svc: ServicesDep):
    created = int(time.time())
    data = [
        {"id": model, "object": "model", "created": created, "owned_by": "tekino-proxy"}
        for model in visible_models(svc.settings, who)
    ]
    return {"object": "list", "data": data}
