"""API keys (stored only as SHA-256) and the secret that pseudonyms are derived from."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_PREFIX = "tk-"


def new_api_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def key_sha256(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def load_master_key(env_name: str, data_dir: Path) -> bytes:
    """The instance secret: from the environment (shared by all instances) or a local file.

    Without the variable, a random key is created once in ``data_dir`` so a single
    instance keeps its pseudonyms stable across restarts. Instances behind one load
    balancer must share the variable.
    """
    value = os.environ.get(env_name)
    if value:
        return value.encode("utf-8")
    path = data_dir / "secret.key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip().encode("utf-8")


def tenant_key(master: bytes, tenant_id: str) -> bytes:
    """Each tenant's own pseudonym key: two tenants never share a pseudonym."""
    return hmac.new(master, b"tenant\x1f" + tenant_id.encode("utf-8"), hashlib.sha256).digest()
