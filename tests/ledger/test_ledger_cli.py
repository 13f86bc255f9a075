"""``tekino-proxy ledger export|report|verify|subject|purge|terminate`` on the config file,
and a proxy killed mid-request leaving a transfer whose outcome reads "unknown"."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import yaml

from proxy.cli import main
from proxy.config import load_settings
from proxy.db import Database
from proxy.keys import load_master_key
from proxy.ledger import Ledger, build_ledger
from tests.conftest import ACME_KEY
from tests.ledger.ledger_support import ID, SG, US, Clock, proxy_config, sent, transfer
from tests.proxy.helpers import assert_not_leaked
from tests.servers import free_port

ROOT = Path(__file__).resolve().parents[2]
PHONE = {"PHONE_NUMBER": ["0812-3456-7890"]}


def _config(tmp_path: Path, ledger_url: str | None = None, **ledger: object) -> Path:
    raw = proxy_config("http://127.0.0.1:9", tmp_path / "data", ledger_url)
    raw["ledger"].update(ledger)
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


def _ledger(config: Path) -> Ledger:
    """The ledger the config names, with the instance secret the CLI will also use."""
    settings = load_settings(config)
    return build_ledger(settings, load_master_key(settings.secret_key_env, settings.data_dir))


def _seed(config: Path) -> None:
    ledger = _ledger(config)
    ledger.store.clock = clock = Clock()
    clock.set(datetime(2026, 3, 3, tzinfo=UTC))
    sent(ledger, transfer("acme", US, PHONE))
    sent(ledger, transfer("acme", SG, {"PERSON": ["Siti"]}))
    sent(ledger, transfer("globex", ID, {"PERSON": ["Budi"]}))
    ledger.refuse(transfer("acme", None), "subprocessor_not_allowed", 403)
    ledger.store.db.close()


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


@pytest.fixture
def config(tmp_path) -> Path:
    path = _config(tmp_path)
    _seed(path)
    return path


def test_export_as_csv_and_json_lines_with_filters(config, capsys, tmp_path):
    code, out = _run(capsys, "ledger", "--config", str(config), "export", "--tenant", "acme")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 3 and {r["tenant_id"] for r in rows} == {"acme"}
    target = tmp_path / "out.jsonl"
    code, _ = _run(
        capsys,
        *("ledger", "--config", str(config), "export", "--format", "jsonl"),
        *("--country", "sg", "--output", str(target)),
    )
    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert code == 0 and [(r["country"], r["outcome"]) for r in records] == [("SG", "sent")]
    assert main(["ledger", "--config", str(config), "export", "--since", "last week"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_report_as_table_csv_and_json(config, capsys):
    code, out = _run(capsys, "ledger", "--config", str(config), "report")
    assert code == 0
    assert "acme\t2026-03\tUS\tyes\tfake-us\tdpa,scc\t1\t1\t0\t0\t0\t0\tPHONE_NUMBER=1" in out
    assert "globex\t2026-03\tID\tno\tlocal-echo" in out
    assert "total: 4 attempts, 3 sent, 1 blocked, 2 cross-border" in out
    code, out = _run(capsys, "ledger", "--config", str(config), "report", "--format", "json")
    assert json.loads(out)["totals"]["countries"] == ["ID", "SG", "US"]
    code, out = _run(
        capsys, "ledger", "--config", str(config), "report", "--format", "csv", "--tenant", "globex"
    )
    (row,) = csv.DictReader(io.StringIO(out))
    assert (row["country"], row["cross_border"], row["categories"]) == ("ID", "false", "PERSON=1")


def test_verify_exits_1_on_a_broken_link(config, capsys):
    code, out = _run(capsys, "ledger", "--config", str(config), "verify")
    assert code == 0 and "acme: ok, 5 records" in out and "globex: ok, 2 records" in out
    db = Database(load_settings(config).ledger.url or _default(config))
    db.execute("DELETE FROM ledger_records WHERE tenant_id = 'acme' AND seq = 2")
    db.close()
    code, out = _run(capsys, "ledger", "--config", str(config), "verify")
    assert code == 1
    assert "acme: BROKEN at seq 2" in out and "missing" in out and "globex: ok" in out


def _default(config: Path) -> str:
    return f"sqlite:///{load_settings(config).data_dir / 'ledger.db'}"


def test_a_subject_is_found_from_standard_input(config, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("+62 812 3456 7890\n"))
    code, out = _run(capsys, "ledger", "--config", str(config), "subject")
    trail = json.loads(out)
    assert code == 0
    assert [(d["tenant_id"], d["country"]) for d in trail["destinations"]] == [("acme", "US")]
    assert_not_leaked(out, "+62 812 3456 7890", "0812-3456-7890")


def test_purge_applies_each_tenants_retention_and_terminate_is_recorded(tmp_path, capsys):
    config = _config(tmp_path, retention_months=24, tenant_retention_months={"globex": 1})
    _seed(config)
    code, out = _run(capsys, "ledger", "--config", str(config), "purge")
    assert code == 0 and "globex: removed 2 records" in out and "acme: removed 0" in out
    code, out = _run(capsys, "ledger", "--config", str(config), "terminate", "--tenant", "acme")
    assert code == 0 and "termination recorded" in out
    code, out = _run(capsys, "ledger", "--config", str(config), "verify")
    assert "acme: ok, 6 records" in out


def test_the_cli_reads_a_postgresql_ledger_from_the_config(tmp_path, capsys, pg_url):
    config = _config(tmp_path, pg_url)
    _seed(config)
    code, out = _run(capsys, "ledger", "--config", str(config), "verify", "--tenant", "acme")
    assert code == 0 and "acme: ok, 5 records" in out
    code, out = _run(capsys, "ledger", "--config", str(config), "report", "--format", "json")
    assert json.loads(out)["totals"]["transfers"] == 4


def test_a_proxy_killed_mid_request_leaves_a_transfer_with_outcome_unknown(
    tmp_path, fake_server, fake, capsys
):
    _, upstream = fake_server
    raw = proxy_config(upstream, tmp_path / "data")
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump(raw))
    port = free_port()
    fake.delay_s = 5  # the provider is slow: the proxy is killed while it waits
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "TEKINO_TEST_UPSTREAM_KEY": "sk-upstream-test",
    }
    log = (tmp_path / "proxy.log").open("w")
    serve = [sys.executable, "-m", "proxy.cli", "serve", "--config", str(config)]
    process = subprocess.Popen(
        [*serve, "--port", str(port)], cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, (tmp_path / "proxy.log").read_text()
            try:
                if httpx.get(url + "/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline
            time.sleep(0.2)
        body = {"model": "gpt-test", "messages": [{"role": "user", "content": "Hi John Smith"}]}
        headers = {"Authorization": f"Bearer {ACME_KEY}", "X-Request-Id": "crash-1"}
        threading.Thread(target=lambda: _ignore_errors(url, body, headers), daemon=True).start()
        while not fake.received:  # the request is at the provider: it was recorded first
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        process.kill()  # no shutdown, no outcome record
        process.wait(timeout=20)
        log.close()
        fake.delay_s = 0
    code, out = _run(capsys, "ledger", "--config", str(config), "export", "--format", "jsonl")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert (record["request_id"], record["outcome"], record["completed_at"]) == (
        "crash-1",
        "unknown",
        None,
    )
    assert record["entity_counts"] == {"PERSON": 1}
    code, out = _run(capsys, "ledger", "--config", str(config), "verify")
    assert code == 0 and "acme: ok, 1 records" in out


def _ignore_errors(url: str, body: dict, headers: dict) -> None:
    with contextlib.suppress(httpx.HTTPError):  # the proxy is killed while it waits
        httpx.post(url + "/v1/chat/completions", json=body, headers=headers, timeout=90)
