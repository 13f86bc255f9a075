"""Shared fixtures: one analyzer per session, a fake provider and the proxy on loopback."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from proxy.app import create_app  # noqa: E402
from proxy.config import Settings, parse_settings  # noqa: E402
from proxy.keys import key_sha256  # noqa: E402
from redaction import Analyzer  # noqa: E402
from tests.fake_upstream import FakeUpstream  # noqa: E402
from tests.servers import ServerThread  # noqa: E402

ACME_KEY = "tk-test-acme-0123456789"
GLOBEX_KEY = "tk-test-globex-0123456789"
os.environ["TEKINO_TEST_UPSTREAM_KEY"] = "sk-upstream-test"


def settings_for(upstream_url: str, tmp: Path, **server: object) -> Settings:
    return parse_settings(
        {
            "server": {"data_dir": str(tmp), "max_body_bytes": 200_000, **server},
            "redaction": {"analysis_timeout_s": 5},
            "subprocessors": [
                {"id": "fake-us", "name": "Fake Provider Inc.", "country": "US"},
                {"id": "local-echo", "name": "built-in echo", "country": "ID"},
                {"id": "other-sg", "name": "Other Pte. Ltd.", "country": "SG"},
            ],
            "deployments": [
                {
                    "model": name,
                    "subprocessor": "fake-us",
                    "litellm_model": "openai/fake-" + name,
                    "api_base": upstream_url + "/v1",
                    "api_key_env": "TEKINO_TEST_UPSTREAM_KEY",
                    "timeout_s": 2,
                }
                for name in ("gpt-test", "embed-test", "instruct-test")
            ]
            + [
                {
                    "model": "gpt-via-litellm",  # the litellm path, as for non-OpenAI providers
                    "subprocessor": "fake-us",
                    "litellm_model": "openai/fake-gpt-test",
                    "api_base": upstream_url + "/v1",
                    "api_key_env": "TEKINO_TEST_UPSTREAM_KEY",
                    "timeout_s": 2,
                    "direct": False,
                }
            ]
            + [
                {
                    "model": "echo",
                    "subprocessor": "local-echo",
                    "litellm_model": "tekino-echo/echo",
                },
                {
                    "model": "sg-only",
                    "subprocessor": "other-sg",
                    "litellm_model": "openai/x",
                    "api_base": upstream_url + "/v1",
                },
            ],
            "tenants": [
                {
                    "id": "acme",
                    "api_keys_sha256": [key_sha256(ACME_KEY)],
                    "allowed_subprocessors": ["fake-us", "local-echo"],
                },
                {
                    "id": "globex",
                    "api_keys_sha256": [key_sha256(GLOBEX_KEY)],
                    "allowed_subprocessors": ["fake-us"],
                },
            ],
        }
    )


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="session")
def fake_server() -> Iterator[tuple[FakeUpstream, str]]:
    fake = FakeUpstream()
    with ServerThread(fake.app()) as server:
        yield fake, server.url


@pytest.fixture
def fake(fake_server) -> FakeUpstream:
    upstream, _ = fake_server
    upstream.reset()
    return upstream


@pytest.fixture(scope="session")
def proxy_url(fake_server, analyzer, tmp_path_factory) -> Iterator[str]:
    _, upstream_url = fake_server
    app = create_app(settings_for(upstream_url, tmp_path_factory.mktemp("data")), analyzer)
    with ServerThread(app) as server:
        yield server.url


@pytest.fixture
def client(proxy_url) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {ACME_KEY}"}
    with httpx.Client(base_url=proxy_url, headers=headers, timeout=30) as http:
        yield http


PG_TEST_URL = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose tables live in a schema of their own, dropped afterwards
    (concurrent test runs never meet)."""
    import uuid

    import psycopg

    try:
        admin = psycopg.connect(PG_TEST_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432 (CI starts it: .ci/run)")
    schema = "test_" + uuid.uuid4().hex[:12]
    admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_TEST_URL}?options=-csearch_path%3D{schema}"
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()
