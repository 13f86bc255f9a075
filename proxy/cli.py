"""The ``tekino-proxy`` command."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from proxy.config import ConfigError, load_settings
from proxy.keys import key_sha256, new_api_key
from proxy.ledger import cli as ledger_cli
from proxy.tenancy import cli as tenancy_cli

DEFAULT_CONFIG = "config/default.yaml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tekino-proxy", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the proxy")
    serve.add_argument("--config", default=DEFAULT_CONFIG, help="YAML config file")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1)

    keys = commands.add_parser("keys", help="API keys")
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    new = key_commands.add_parser("new", help="print a new API key and its SHA-256")
    new.add_argument("--tenant", required=True, help="tenant the key is for")

    tenancy_cli.add_parser(commands, DEFAULT_CONFIG)
    ledger_cli.add_parser(commands, DEFAULT_CONFIG)

    args = parser.parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    if args.command == "keys":
        return _new_key(args.tenant)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(f"tekino-proxy: {exc}", file=sys.stderr)
        return 2
    if args.command == "ledger":
        return ledger_cli.run(args, settings)
    return tenancy_cli.run(args, settings)


def _serve(args: argparse.Namespace) -> int:
    try:
        load_settings(args.config)  # fail fast, with a clear message, on a bad file
    except ConfigError as exc:
        print(f"tekino-proxy: {exc}", file=sys.stderr)
        return 2
    import uvicorn

    from proxy.app import CONFIG_ENV

    os.environ[CONFIG_ENV] = os.path.abspath(args.config)
    if args.workers > 1:
        # Workers share metric files, so /metrics reports all of them.
        metrics_dir = tempfile.mkdtemp(prefix="tekino-metrics-")
        os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", metrics_dir)
    uvicorn.run(
        "proxy.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_config=None,  # the app logs JSON lines itself (proxy.logs)
    )
    return 0


def _new_key(tenant: str) -> int:
    key = new_api_key()
    print(f"tenant:  {tenant}")
    print(f"api key: {key}   (shown once; give it to the tenant's service)")
    print(f"sha256:  {key_sha256(key)}   (put this in the tenant's api_keys_sha256)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
