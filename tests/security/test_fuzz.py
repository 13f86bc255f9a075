"""Fuzzing every operation of the proxy's OpenAPI schema with schemathesis, with real keys
of each role, against the service on loopback: no answer may be a server error.

Bounded for CI: a fixed number of examples per operation and generation mode (valid and
invalid data), derandomized so a failure reproduces, and an overall time budget.
"""

from __future__ import annotations

import itertools
import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from tests.security.conftest import KEYS, Proxy

# Per operation and generation mode, and for the whole run; raise both for a deeper run:
# TEKINO_FUZZ_EXAMPLES=200 TEKINO_FUZZ_BUDGET_S=1200 pytest tests/security/test_fuzz.py
EXAMPLES = int(os.environ.get("TEKINO_FUZZ_EXAMPLES", "25"))
BUDGET_S = float(os.environ.get("TEKINO_FUZZ_BUDGET_S", "150"))
# Which keys each part of the API is called with, in turn (every role that may use it,
# and some that may not).
ROLES = {
    "/v1/": ("acme",),
    "/admin/": ("operator", "acme-admin", "acme-compliance", "compliance"),
    "/compliance/": ("compliance", "acme-compliance"),
    "/": ("operator",),
}
# Real names mixed into the generated data, so that requests get past routing and lookups
# (a random model or tenant id only ever meets a 404).
MODELS = {
    "/v1/chat/completions": ("gpt-test", "echo"),
    "/v1/completions": ("instruct-test",),
    "/v1/embeddings": ("embed-test",),
}
PATH_VALUES = {"tenant_id": ("acme", "globex"), "subprocessor_id": ("fake-us", "other-sg")}
# A server error the proxy may rightly answer: detection that cannot finish in time.
ALLOWED_5XX = {"redaction_unavailable"}


@dataclass
class Findings:
    server_errors: list[str] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)  # "METHOD path status"
    skipped: int = 0

    @property
    def calls(self) -> int:
        return self.statuses.total()


def keys_for(path: str) -> Iterator[str]:
    prefix = next(p for p in ROLES if path.startswith(p))
    return itertools.cycle(KEYS[name] for name in ROLES[prefix])


def steer(case, turn: int) -> None:
    """Every other case gets real names where the generated ones would only meet a 404."""
    if turn % 2:
        return
    models = MODELS.get(case.operation.path)
    if models and isinstance(case.body, dict) and "model" in case.body:
        case.body["model"] = models[turn // 2 % len(models)]
    for name, values in PATH_VALUES.items():
        if case.path_parameters and name in case.path_parameters:
            case.path_parameters[name] = values[turn // 2 % len(values)]


def error_code(response: requests.Response) -> str | None:
    try:
        return response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


def fuzz(proxy: Proxy, operation, mode: GenerationMode, deadline: float, found: Findings):
    keys = keys_for(operation.path)
    turns = itertools.count()
    session = requests.Session()
    session.trust_env = False  # never through an HTTP proxy from the environment

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case) -> None:
        if time.monotonic() > deadline:
            found.skipped += 1
            return
        steer(case, next(turns))
        headers = {"Authorization": f"Bearer {next(keys)}"}
        response = case.call(base_url=proxy.url, session=session, headers=headers, timeout=30)
        found.statuses[f"{operation.method.upper()} {operation.path} {response.status_code}"] += 1
        if response.status_code >= 500 and error_code(response) not in ALLOWED_5XX:
            found.server_errors.append(
                f"{operation.method.upper()} {operation.path} ({mode.value}) -> "
                f"{response.status_code} {response.text[:200]}\n  {case.as_curl_command()}"
            )

    try:
        run()
    except Unsatisfiable:  # nothing invalid can be made for it (e.g. no parameters)
        assert mode is GenerationMode.NEGATIVE, operation.path


def test_fuzzing_the_openapi_schema_finds_no_server_error(module_proxy: Proxy, upstream):
    target = module_proxy
    schema = schemathesis.openapi.from_url(target.url + "/openapi.json")
    deadline = time.monotonic() + BUDGET_S
    found = Findings()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 25, "the schema lost operations"
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            fuzz(target, operation, mode, deadline, found)
    assert not found.server_errors, "\n".join(found.server_errors[:10])
    assert found.calls >= len(operations) * 10, f"too few calls in the budget: {found}"
    target.assert_serving(upstream[0])
