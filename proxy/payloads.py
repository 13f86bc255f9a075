"""Finding every text in an OpenAI request body that would leave, and writing it back.

The walk is deliberately exhaustive: known text fields (message content and its
parts, names, tool-call arguments, tool results, embeddings input, prompts) and
the string leaves of any field the proxy does not know. Fields that only carry
settings or schemas (``tools``, ``response_format``) are left as written.
Anything that cannot be checked for personal data (token arrays, media parts
when not allowed) is refused, so nothing unchecked leaves.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from proxy.errors import ProxyError, bad_request

# Top-level fields whose values are settings, schemas or routing, not content.
SETTINGS_FIELDS = frozenset(
    {
        "model",
        "stream",
        "stream_options",
        "n",
        "temperature",
        "top_p",
        "max_tokens",
        "max_completion_tokens",
        "presence_penalty",
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "top_logprobs",
        "seed",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "response_format",
        "modalities",
        "reasoning_effort",
        "service_tier",
        "store",
        "encoding_format",
        "dimensions",
        "best_of",
        "echo",
        "functions",
        "function_call",
        "user",
    }
)
MAX_DEPTH = 32  # deeper values are refused rather than walked
TEXT_PART_TYPES = frozenset({"text", "input_text", "output_text", "refusal"})
MEDIA_PART_TYPES = frozenset({"image_url", "input_image", "input_audio", "file", "input_file"})


@dataclass
class _Slot:
    holder: Any
    key: str | int


class Outgoing:
    """The texts of one request body, in a fixed order, and how to write them back."""

    def __init__(self, allow_media: bool = False) -> None:
        self.allow_media = allow_media
        self._slots: list[_Slot] = []
        self._after_write: list[Callable[[], None]] = []

    def texts(self) -> list[str]:
        return [slot.holder[slot.key] for slot in self._slots]

    def write(self, texts: list[str]) -> None:
        for slot, text in zip(self._slots, texts, strict=True):
            slot.holder[slot.key] = text
        for step in self._after_write:
            step()

    # -- collecting ---------------------------------------------------------

    def text(self, holder: Any, key: str | int, param: str) -> None:
        value = holder[key]
        if not isinstance(value, str):
            raise bad_request(f"'{param}' must be a string", param)
        _check_unicode(value, param)
        if value:
            self._slots.append(_Slot(holder, key))

    def leaves(self, holder: Any, key: str | int, param: str, depth: int = 0) -> None:
        """Every string inside ``holder[key]`` (any JSON value)."""
        if depth > MAX_DEPTH:
            raise _too_deep(param)
        value = holder[key]
        if isinstance(value, str):
            self.text(holder, key, param)
        elif isinstance(value, dict):
            for k in value:
                self.leaves(value, k, f"{param}.{k}", depth + 1)
        elif isinstance(value, list):
            for i in range(len(value)):
                self.leaves(value, i, f"{param}[{i}]", depth + 1)

    def json_text(self, holder: Any, key: str, param: str) -> None:
        """A string holding JSON (tool-call arguments): its string leaves, re-encoded after."""
        raw = holder[key]
        if not isinstance(raw, str):
            raise bad_request(f"'{param}' must be a string", param)
        try:
            parsed = json.loads(raw)
        except ValueError:
            self.text(holder, key, param)  # not JSON: checked as plain text
            return
        except RecursionError:  # nested deeper than the parser goes: never walked
            raise _too_deep(param) from None
        box = [parsed]
        self.leaves(box, 0, param)

        def reencode() -> None:
            holder[key] = json.dumps(box[0], ensure_ascii=False)

        self._after_write.append(reencode)

    def content(self, message: dict, param: str) -> None:
        content = message.get("content")
        if content is None:
            return
        if isinstance(content, str):
            self.text(message, "content", param)
            return
        if not isinstance(content, list):
            raise bad_request(f"'{param}' must be a string or a list of parts", param)
        for i, part in enumerate(content):
            part_param = f"{param}[{i}]"
            if not isinstance(part, dict) or not isinstance(part.get("type"), str):
                raise bad_request(f"'{part_param}' must be an object with a 'type'", part_param)
            kind = part["type"]
            if kind in TEXT_PART_TYPES:
                field = "refusal" if kind == "refusal" else "text"
                if field not in part:
                    raise bad_request(f"'{part_param}.{field}' is required", part_param)
                self.text(part, field, f"{part_param}.{field}")
            elif kind in MEDIA_PART_TYPES:
                if not self.allow_media:
                    raise bad_request(
                        f"'{part_param}' is a {kind} part: images, audio and files cannot be "
                        "checked for personal data and are not allowed by this proxy's policy",
                        part_param,
                        "media_not_allowed",
                    )
            else:
                raise bad_request(f"'{part_param}' has an unsupported type '{kind}'", part_param)

    def extra_fields(self, body: dict, known: frozenset[str]) -> None:
        for key in body:
            if key not in known and key not in SETTINGS_FIELDS:
                self.leaves(body, key, key)


def chat_outgoing(body: dict, allow_media: bool) -> Outgoing:
    out = Outgoing(allow_media)
    for i, message in enumerate(body["messages"]):
        param = f"messages[{i}]"
        out.content(message, f"{param}.content")
        for field in ("name", "refusal"):
            if message.get(field) is not None:
                out.text(message, field, f"{param}.{field}")
        for j, call in enumerate(message.get("tool_calls") or ()):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and "arguments" in function:
                out.json_text(function, "arguments", f"{param}.tool_calls[{j}].function.arguments")
        function_call = message.get("function_call")
        if isinstance(function_call, dict) and "arguments" in function_call:
            out.json_text(function_call, "arguments", f"{param}.function_call.arguments")
        for key in message:
            if key not in CHAT_MESSAGE_FIELDS:
                out.leaves(message, key, f"{param}.{key}")
    out.extra_fields(body, frozenset({"messages"}))
    return out


CHAT_MESSAGE_FIELDS = frozenset(
    {"role", "content", "name", "refusal", "tool_calls", "function_call", "tool_call_id"}
)


def embeddings_outgoing(body: dict) -> Outgoing:
    out = Outgoing()
    _strings_only(out, body, "input")
    out.extra_fields(body, frozenset({"input"}))
    return out


def completions_outgoing(body: dict) -> Outgoing:
    out = Outgoing()
    _strings_only(out, body, "prompt")
    if body.get("suffix") is not None:
        out.text(body, "suffix", "suffix")
    out.extra_fields(body, frozenset({"prompt", "suffix"}))
    return out


def _strings_only(out: Outgoing, body: dict, key: str) -> None:
    """A string or a non-empty list of strings; token arrays cannot be checked and are
    refused, and an empty list has nothing to send."""
    value = body.get(key)
    if isinstance(value, str):
        out.text(body, key, key)
    elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        for i in range(len(value)):
            out.text(value, i, f"{key}[{i}]")
    else:
        raise bad_request(
            f"'{key}' must be a string or a non-empty list of strings (token arrays cannot "
            "be checked for personal data)",
            key,
        )


def _too_deep(param: str) -> ProxyError:
    return bad_request(f"'{param}' is nested more than {MAX_DEPTH} levels deep", param)


def _check_unicode(value: str, param: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise bad_request(
            f"'{param}' contains invalid Unicode (unpaired surrogate)", param
        ) from None
