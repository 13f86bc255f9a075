"""What the speed benchmark starts: the fake upstream, this proxy and the reference setup.

- ``direct``: the fake OpenAI-compatible upstream itself (the baseline).
- ``proxy-w1`` / ``proxy-w2``: ``tekino-proxy serve --workers N`` with a generated config
  whose one deployment ``openai/bench-model`` points at the fake upstream.
- ``reference``: the LiteLLM proxy (``litellm --config``, from its own virtualenv
  ``benchmarks/.venv-reference``) with its ``presidio`` guardrail, calling Presidio
  analyzer and anonymizer services (``benchmarks/reference/presidio_server.py``).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from benchmarks.speed_client import MODEL, Endpoint
from benchmarks.speed_scenarios import STREAM_CHUNKS
from benchmarks.speed_servers import Server, free_port

REPO = Path(__file__).resolve().parent.parent
REFERENCE_DIR = REPO / "benchmarks" / "reference"
REFERENCE_VENV = REPO / "benchmarks" / ".venv-reference"
REFERENCE_REQUIREMENTS = REFERENCE_DIR / "requirements.txt"
REFERENCE_STAMP = ".requirements-sha256"
UPSTREAM_KEY = "sk-bench-upstream"
SUBPROCESSOR = "bench-upstream"


@dataclass
class Setup:
    """One target of the benchmark: where to send requests, and the servers behind it."""

    name: str
    description: str
    endpoint: Endpoint
    servers: list[Server] = field(default_factory=list)

    @property
    def ready_s(self) -> float:
        """Spawn to ready; servers started together, so the slowest one counts."""
        return max(server.ready_s for server in self.servers)


def base_env() -> dict[str, str]:
    """The environment for every server: litellm offline (its bundled model-cost map,
    and no other catalogue fetched at start-up or first use), no database."""
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    env["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    env["LITELLM_OFFLINE_MODE"] = "true"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def upstream_server(logs: Path) -> Server:
    port = free_port()
    return Server(
        name="fake upstream",
        command=[
            sys.executable,
            "-m",
            "benchmarks.speed_upstream",
            "--port",
            str(port),
            "--stream-chunks",
            str(STREAM_CHUNKS),
        ],
        health_url=f"http://127.0.0.1:{port}/_bench/health",
        log_path=logs / "upstream.log",
        env=base_env(),
        cwd=REPO,
    )


def direct_setup(upstream: Server) -> Setup:
    base = upstream.health_url.removesuffix("/_bench/health")
    endpoint = Endpoint("direct", base, UPSTREAM_KEY)
    return Setup("direct", "the fake upstream, called directly", endpoint, [upstream])


def proxy_config(upstream_url: str, api_key: str, data_dir: Path) -> dict:
    """A tekino-proxy config: one tenant, one deployment on the fake upstream."""
    return {
        "server": {"data_dir": str(data_dir)},
        "subprocessors": [
            {"id": SUBPROCESSOR, "name": "Fake upstream on loopback", "country": "US"}
        ],
        "deployments": [
            {
                "model": MODEL,
                "subprocessor": SUBPROCESSOR,
                "litellm_model": f"openai/{MODEL}",
                "api_base": f"{upstream_url}/v1",
                "api_key_env": "TEKINO_BENCH_UPSTREAM_KEY",
            }
        ],
        "tenants": [
            {
                "id": "bench",
                "api_keys_sha256": [hashlib.sha256(api_key.encode()).hexdigest()],
                "allowed_subprocessors": [SUBPROCESSOR],
            }
        ],
    }


def proxy_setup(upstream_url: str, workers: int, work: Path) -> Setup:
    name = f"proxy-w{workers}"
    api_key = "tk-bench-" + secrets.token_urlsafe(16)
    config_path = work / f"{name}.yaml"
    config = proxy_config(upstream_url, api_key, work / f"{name}-data")
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    executable = Path(sys.executable).parent / "tekino-proxy"
    port = free_port()
    env = base_env()
    env["TEKINO_SECRET_KEY"] = "bench-" + secrets.token_hex(16)
    env["TEKINO_BENCH_UPSTREAM_KEY"] = UPSTREAM_KEY
    server = Server(
        name=name,
        command=[
            str(executable),
            "serve",
            "--config",
            str(config_path),
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        health_url=f"http://127.0.0.1:{port}/healthz",
        log_path=work / f"{name}.log",
        env=env,
        cwd=work,
    )
    endpoint = Endpoint(name, f"http://127.0.0.1:{port}", api_key)
    description = (
        f"`tekino-proxy serve --workers {workers}`, the config's defaults otherwise "
        "(`helper_processes` 1: each worker shares long analyses with one helper process; "
        "`analysis_timeout_s` 10: slower detection answers 503)"
    )
    return Setup(name, description, endpoint, [server])


def reference_config(upstream_url: str, analyzer_url: str, anonymizer_url: str) -> dict:
    """The LiteLLM proxy config: one model on the fake upstream, the Presidio guardrail.

    ``presidio_filter_scope: input`` masks what goes to the model and, with
    ``output_parse_pii``, restores the placeholders in the answer. LiteLLM's default
    scope ("both") would also re-mask the restored answer, so the client would never
    get its own values back (and each answer would cost another analyze/anonymize).
    """
    return {
        "model_list": [
            {
                "model_name": MODEL,
                "litellm_params": {
                    "model": f"openai/{MODEL}",
                    "api_base": f"{upstream_url}/v1",
                    "api_key": UPSTREAM_KEY,
                },
            }
        ],
        "guardrails": [
            {
                "guardrail_name": "presidio-pii",
                "litellm_params": {
                    "guardrail": "presidio",
                    "mode": "pre_call",
                    "default_on": True,
                    "output_parse_pii": True,
                    "presidio_filter_scope": "input",
                    "presidio_language": "en",
                    "presidio_analyzer_api_base": analyzer_url,
                    "presidio_anonymizer_api_base": anonymizer_url,
                },
            }
        ],
        "general_settings": {"master_key": "sk-bench-master"},
    }


def reference_setup(upstream_url: str, work: Path) -> Setup:
    python = sys.executable
    servers = []
    urls = []
    for role in ("analyzer", "anonymizer"):
        port = free_port()
        urls.append(f"http://127.0.0.1:{port}")
        servers.append(
            Server(
                name=f"presidio {role}",
                command=[
                    python,
                    "-m",
                    "benchmarks.reference.presidio_server",
                    "--role",
                    role,
                    "--port",
                    str(port),
                ],
                health_url=f"{urls[-1]}/health",
                log_path=work / f"presidio-{role}.log",
                env=base_env(),
                cwd=REPO,
            )
        )
    config = reference_config(upstream_url, *urls)
    config_path = work / "reference.yaml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    port = free_port()
    litellm = Server(
        name="litellm proxy",
        command=[
            str(REFERENCE_VENV / "bin" / "litellm"),
            "--config",
            str(config_path),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        health_url=f"http://127.0.0.1:{port}/health/liveliness",
        log_path=work / "litellm.log",
        env=base_env(),
        cwd=work,
    )
    master_key = config["general_settings"]["master_key"]
    endpoint = Endpoint("reference", f"http://127.0.0.1:{port}", master_key)
    description = "LiteLLM proxy + presidio guardrail (pre_call, output_parse_pii)"
    return Setup("reference", description, endpoint, [litellm, *servers])


def ensure_reference_venv() -> Path:
    """Create or update benchmarks/.venv-reference from benchmarks/reference/requirements.txt.

    Skipped when the venv was built from the same requirements (a stamp file holds
    their SHA-256). Returns the venv's ``litellm`` executable.
    """
    wanted = hashlib.sha256(REFERENCE_REQUIREMENTS.read_bytes()).hexdigest()
    stamp = REFERENCE_VENV / REFERENCE_STAMP
    litellm = REFERENCE_VENV / "bin" / "litellm"
    if litellm.exists() and stamp.exists() and stamp.read_text().strip() == wanted:
        return litellm
    pip = REFERENCE_VENV / "bin" / "pip"
    print(f"speed: installing the reference setup into {REFERENCE_VENV} ...", flush=True)
    if not pip.exists():
        subprocess.run([sys.executable, "-m", "venv", str(REFERENCE_VENV)], check=True)
    subprocess.run([str(pip), "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(pip), "install", "--quiet", "-r", str(REFERENCE_REQUIREMENTS)], check=True)
    stamp.write_text(wanted + "\n")
    return litellm


def reference_litellm_version() -> str:
    python = REFERENCE_VENV / "bin" / "python"
    result = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m; print(m.version('litellm'))"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or "unknown"
