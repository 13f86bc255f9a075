"""Putting original values back into answers: whole responses and streamed chunks."""

from __future__ import annotations

from typing import Any

from redaction import Restorer, StreamRestorer, json_string_escape


def restore_chat(response: dict[str, Any], restorer: Restorer) -> dict[str, Any]:
    for choice in response.get("choices") or ():
        message = choice.get("message") or {}
        for field in ("content", "refusal"):
            if isinstance(message.get(field), str):
                message[field] = restorer.restore(message[field])
        calls = list(message.get("tool_calls") or ())
        if isinstance(message.get("function_call"), dict):
            calls.append({"function": message["function_call"]})
        for call in calls:
            function = call.get("function") or {}
            if isinstance(function.get("arguments"), str):
                function["arguments"] = restorer.restore(function["arguments"], json_string_escape)
    return response


def restore_completion(response: dict[str, Any], restorer: Restorer) -> dict[str, Any]:
    for choice in response.get("choices") or ():
        if isinstance(choice.get("text"), str):
            choice["text"] = restorer.restore(choice["text"])
    return response


class ChunkRestorer:
    """Restores a chat stream chunk by chunk.

    Each choice's content, and each of its tool calls' arguments, has its own
    incremental restorer, so a pseudonym split over any number of chunks is put
    back whole while everything before it is released at once.
    """

    def __init__(self, restorer: Restorer) -> None:
        self._restorer = restorer
        self._streams: dict[tuple[int, str, int], StreamRestorer] = {}

    def _stream(self, choice: int, field: str, call: int = 0) -> StreamRestorer:
        key = (choice, field, call)
        if key not in self._streams:
            escape = json_string_escape if field == "arguments" else None
            self._streams[key] = self._restorer.stream(escape)
        return self._streams[key]

    def restore(self, chunk: dict[str, Any]) -> dict[str, Any]:
        for choice in chunk.get("choices") or ():
            index = choice.get("index", 0)
            delta = choice.get("delta") or {}
            finished = choice.get("finish_reason") is not None
            for field in ("content", "refusal"):
                if isinstance(delta.get(field), str) or (finished and self._pending(index, field)):
                    delta[field] = self._pass(
                        self._stream(index, field), delta.get(field), finished
                    )
            for call in delta.get("tool_calls") or ():
                function = call.get("function")
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    stream = self._stream(index, "arguments", call.get("index", 0))
                    function["arguments"] = self._pass(stream, function["arguments"], finished)
            if finished:
                self._flush_calls(index, delta)
                if delta:
                    choice["delta"] = delta
        return chunk

    def leftovers(self) -> dict[str, Any] | None:
        """Held-back text of a stream that ended without a finish reason, as one last delta."""
        choices = []
        for (index, field, call), stream in list(self._streams.items()):
            text = stream.flush()
            if not text:
                continue
            if field == "arguments":
                delta = {"tool_calls": [{"index": call, "function": {"arguments": text}}]}
            else:
                delta = {field: text}
            choices.append({"index": index, "delta": delta})
        return {"object": "chat.completion.chunk", "choices": choices} if choices else None

    def _pending(self, index: int, field: str) -> bool:
        return (index, field, 0) in self._streams

    @staticmethod
    def _pass(stream: StreamRestorer, piece: str | None, finished: bool) -> str:
        text = stream.feed(piece or "")
        return text + stream.flush() if finished else text

    def _flush_calls(self, index: int, delta: dict[str, Any]) -> None:
        """At a choice's end, release the arguments still held back for its tool calls."""
        sent = {c.get("index", 0) for c in delta.get("tool_calls") or ()}
        for (choice, field, call), stream in self._streams.items():
            if choice == index and field == "arguments" and call not in sent:
                text = stream.flush()
                if text:
                    entry = {"index": call, "function": {"arguments": text}}
                    delta.setdefault("tool_calls", []).append(entry)
