"""The ``tekino-proxy`` command: start-up on the embedded defaults, and key issuing."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.servers import free_port

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "proxy.cli"]


def test_serve_starts_offline_on_the_default_config_and_echoes_restored(tmp_path):
    port = free_port()
    log = tmp_path / "stderr.log"
    with log.open("w") as err:
        process = subprocess.Popen(
            [*CLI, "serve", "--config", str(ROOT / "config/default.yaml"), "--port", str(port)],
            cwd=tmp_path,
            stdout=err,
            stderr=subprocess.STDOUT,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)},
        )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if httpx.get(url + "/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "not ready in time"
            time.sleep(0.2)
        text = "Hi, I am John Smith, mail john.smith@example.com"
        response = httpx.post(
            url + "/v1/chat/completions",
            headers={"Authorization": "Bearer demo-local-only"},
            json={"model": "echo", "messages": [{"role": "user", "content": text}]},
        )
        message = response.json()["choices"][0]["message"]
        assert message["content"] == text
        assert "john.smith@example.com" not in message["provider_specific_fields"]["echo_received"]
    finally:
        process.terminate()
        process.wait(timeout=20)
    output = log.read_text()
    assert "Traceback" not in output
    for sign_of_network in (
        "githubusercontent",
        "fetch attempt",
        "Failed to fetch",
        "publicsuffix",
    ):
        assert sign_of_network not in output
    assert (tmp_path / "data" / "secret.key").stat().st_mode & 0o077 == 0


def test_keys_new_prints_a_key_and_its_sha256():
    result = subprocess.run(
        [*CLI, "keys", "new", "--tenant", "acme"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines())
    key = lines["api key"].split()[0]
    assert key.startswith("tk-") and len(key) > 30
    assert lines["sha256"].split()[0] == hashlib.sha256(key.encode()).hexdigest()


def test_serve_refuses_a_broken_config(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("tenants:\n  - id: x\n    api_keys_sha256: [plaintext-key]\n")
    result = subprocess.run(
        [*CLI, "serve", "--config", str(bad)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 2
    assert "sha256" in result.stderr.lower() and "Traceback" not in result.stderr


def test_tenants_commands_create_issue_show_and_revoke(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(
        (ROOT / "config/default.yaml")
        .read_text()
        .replace("data_dir: data", f"data_dir: {tmp_path}")
    )

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*CLI, "tenants", "--config", str(config), *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )

    assert cli("create", "toko", "--name", "Toko A", "--approve", "local-echo").returncode == 0
    assert cli("create", "toko").returncode == 1
    assert cli("create", "x", "--approve", "nope").returncode == 1
    listed = cli("list").stdout
    assert "toko\tToko A" in listed and "demo" in listed
    issued = cli("key", "--tenant", "toko", "--role", "tenant-admin").stdout
    fields = dict(line.split(":", 1) for line in issued.splitlines())
    key, key_id = fields["api key"].split()[0], fields["key id"].strip()
    assert cli("key", "--role", "service").returncode == 1  # a service key needs a tenant
    policy = json.loads(cli("policy", "toko").stdout)
    assert policy["subprocessors"]["local-echo"]["status"] == "allowed"
    assert cli("revoke", key_id).returncode == 0
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("tekino.db*"))
    assert key.encode() not in stored and key_id.encode() in stored
