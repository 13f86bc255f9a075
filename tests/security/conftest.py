"""Running the proxy with every role's key, a chosen store and ledger, for the security tests.

Builds on ``tests.conftest``: ``settings_for`` gives the tenants (acme, globex), models
and the fake upstream; here each tenant also gets a tenant-admin and a compliance key,
there is an operator key and a compliance key for all tenants, and deployments whose
provider refuses connections.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import psycopg
import pytest

from proxy.app import create_app
from proxy.config import AccessKey, Deployment, LedgerSettings, Settings
from proxy.keys import key_sha256
from redaction import Analyzer
from tests.conftest import ACME_KEY, GLOBEX_KEY, settings_for
from tests.fake_upstream import FakeUpstream
from tests.proxy.helpers import chat
from tests.servers import ServerThread, free_port

# Every key by a short name: "<tenant>" is a service key, "<tenant>-admin" a tenant-admin,
# "<tenant>-compliance" a compliance key bound to it; "operator" and "compliance" have none.
KEYS = {
    "acme": ACME_KEY,
    "globex": GLOBEX_KEY,
    "acme-admin": "tk-sec-acme-admin-0123456789",
    "globex-admin": "tk-sec-globex-admin-0123456789",
    "acme-compliance": "tk-sec-acme-compliance-0123456789",
    "globex-compliance": "tk-sec-globex-compliance-0123456789",
    "operator": "tk-sec-operator-0123456789",
    "compliance": "tk-sec-compliance-all-0123456789",
}
ACCESS_KEYS = (
    AccessKey(key_sha256(KEYS["acme-admin"]), "tenant-admin", "acme"),
    AccessKey(key_sha256(KEYS["globex-admin"]), "tenant-admin", "globex"),
    AccessKey(key_sha256(KEYS["acme-compliance"]), "compliance", "acme"),
    AccessKey(key_sha256(KEYS["globex-compliance"]), "compliance", "globex"),
    AccessKey(key_sha256(KEYS["operator"]), "operator"),
    AccessKey(key_sha256(KEYS["compliance"]), "compliance"),
)
# Per upstream path (a plain HTTP call, or through litellm): a model served by the fake
# provider, and one whose provider's port refuses connections.
PATHS = {
    "direct": ("gpt-test", "dead-end"),
    "litellm": ("gpt-via-litellm", "dead-end-via-litellm"),
}
SERVING_WITHIN_S = 5.0


def security_settings(
    upstream_url: str,
    data_dir: Path,
    *,
    storage_url: str | None = None,
    ledger_url: str | None = None,
    redis_url: str | None = None,
    **changes: Any,
) -> Settings:
    """``settings_for`` plus the access keys above, the dead-end deployments and the stores."""
    base = settings_for(upstream_url, data_dir)
    closed_port = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    dead = tuple(
        Deployment(
            model=PATHS[path][1],
            subprocessor="fake-us",
            litellm_model="openai/fake-dead",
            api_base=closed_port,
            api_key_env="TEKINO_TEST_UPSTREAM_KEY",
            timeout_s=2,
            direct=path == "direct",
        )
        for path in PATHS
    )
    return dataclasses.replace(
        base,
        deployments=(*base.deployments, *dead),
        access_keys=ACCESS_KEYS,
        storage_url=storage_url,
        redis_url=redis_url,
        ledger=LedgerSettings(url=ledger_url),
        **changes,
    )


@dataclass
class Proxy:
    """A proxy on loopback and clients for it under any of the ``KEYS``."""

    url: str

    def client(self, who: str | None = "acme", **headers: str) -> httpx.Client:
        if who is not None:
            headers = {"Authorization": f"Bearer {KEYS[who]}", **headers}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)

    def transfers(self, who: str = "compliance", **params: str) -> list[dict[str, Any]]:
        """The ledger's transfers (newest first) as the compliance API shows them."""
        with self.client(who) as client:
            response = client.get("/compliance/api/transfers", params=params)
        assert response.status_code == 200, response.text
        return response.json()["data"]

    def assert_serving(self, fake: FakeUpstream) -> None:
        """A normal request still succeeds, quickly: no worker is left stuck by a fault."""
        fake.reset()
        started = time.monotonic()
        with self.client() as client:
            response = client.post("/v1/chat/completions", json=chat("hello again"))
        assert response.status_code == 200, response.text
        assert time.monotonic() - started < SERVING_WITHIN_S


@contextlib.contextmanager
def running(settings: Settings, analyzer: Analyzer) -> Iterator[Proxy]:
    with ServerThread(create_app(settings, analyzer)) as server:
        yield Proxy(server.url)


@pytest.fixture
def upstream(fake_server) -> tuple[FakeUpstream, str]:
    fake, url = fake_server
    fake.reset()
    return fake, url


@pytest.fixture
def sqlite_proxy(upstream, analyzer, tmp_path) -> Iterator[Proxy]:
    """A proxy with its tenancy store and ledger in SQLite under ``tmp_path``."""
    _, url = upstream
    with running(security_settings(url, tmp_path), analyzer) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def module_proxy(fake_server, analyzer, tmp_path_factory) -> Iterator[Proxy]:
    """Like ``sqlite_proxy``, but one for all the tests of a module (start-up costs)."""
    fake, url = fake_server
    fake.reset()
    with running(security_settings(url, tmp_path_factory.mktemp("proxy")), analyzer) as proxy:
        yield proxy


def schema_of(pg_url: str) -> str:
    """The schema a ``pg_url`` fixture URL keeps its tables in."""
    options = parse_qs(urlparse(pg_url).query)["options"][0]
    return options.removeprefix("-csearch_path=")


def dump_schema(pg_url: str) -> str:
    """Every row of every table in the URL's schema, as text (for leak scans)."""
    schema = schema_of(pg_url)
    lines: list[str] = []
    with psycopg.connect(pg_url, autocommit=True) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                (schema,),
            )
        ]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{schema}"."{table}"'):
                lines.append(f"{table}: {row!r}")
    assert tables, f"no tables in schema {schema}"
    return "\n".join(lines)


def wait_for(condition, timeout_s: float = 5.0, step_s: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step_s)
    return bool(condition())
