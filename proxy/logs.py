"""Structured JSON logs, one object per line, with the request id where there is one.

Log calls pass only ids, codes, types and counts; request text and detected
values are never logged (the proxy's own messages are written that way, and
litellm's request logging is turned down to warnings in ``proxy.via_litellm``).
"""

from __future__ import annotations

import contextvars
import json
import logging
import time

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
_FOREIGN = {"color_message", "litellm_redacted"}
_PLAIN = (str, int, float, bool, type(None))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if (rid := request_id.get()) is not None:
            entry["request_id"] = rid
        # The extras the proxy passes: plain values only (libraries attach their own
        # markers, e.g. uvicorn's colour copy of the message, litellm's redaction flag).
        entry.update(
            {
                k: v
                for k, v in vars(record).items()
                if k not in _STANDARD and k not in _FOREIGN and isinstance(v, _PLAIN)
            }
        )
        if record.exc_info:
            # The exception type only: messages and tracebacks can quote request data.
            entry["error"] = record.exc_info[0].__name__ if record.exc_info[0] else None
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure(level: str = "info") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    # Replaced by the proxy's own request log, which carries the request id.
    logging.getLogger("uvicorn.access").disabled = True
