"""``tekino-proxy tenants ...``: operators' commands on the tenancy store."""

from __future__ import annotations

import argparse
import json
import sys

from proxy.auth import Role
from proxy.config import Settings, Tenant
from proxy.db import Database, default_url
from proxy.routing import decision
from proxy.tenancy.policy import TenantPolicy
from proxy.tenancy.store import Conflict, NotFound, TenancyStore

ACTOR = "cli"


def add_parser(commands: argparse._SubParsersAction, config_default: str) -> None:
    tenants = commands.add_parser("tenants", help="tenants, their keys and policies")
    tenants.add_argument("--config", default=config_default, help="YAML config file")
    sub = tenants.add_subparsers(dest="tenants_command", required=True)
    sub.add_parser("list", help="list tenants")
    create = sub.add_parser("create", help="create a tenant")
    create.add_argument("tenant")
    create.add_argument("--name")
    create.add_argument("--approve", nargs="*", default=[], help="sub-processors to authorise")
    create.add_argument("--authorisation", choices=["specific", "general"], default="specific")
    create.add_argument("--countries", help="allowed destination countries, e.g. ID,SG")
    key = sub.add_parser("key", help="issue a key (printed once)")
    key.add_argument("--role", choices=[r.value for r in Role], default="service")
    key.add_argument("--tenant", help="required except for operator keys")
    key.add_argument("--label")
    revoke = sub.add_parser("revoke", help="revoke a key by its id")
    revoke.add_argument("key_id")
    policy = sub.add_parser("policy", help="show a tenant's effective policy")
    policy.add_argument("tenant")


def run(args: argparse.Namespace, settings: Settings) -> int:
    store = TenancyStore(Database(settings.storage_url or default_url(settings.data_dir)))
    store.migrate()
    store.seed(settings)
    try:
        return _COMMANDS[args.tenants_command](args, settings, store)
    except (NotFound, Conflict, ValueError) as exc:
        print(f"tekino-proxy: {exc}", file=sys.stderr)
        return 1


def _list(args: argparse.Namespace, settings: Settings, store: TenancyStore) -> int:
    for tenant in sorted(store.load().tenants.values(), key=lambda t: t.id):
        approved = ", ".join(sorted(tenant.policy.approved)) or "-"
        print(f"{tenant.id}\t{tenant.name or ''}\t{tenant.policy.authorisation}\t{approved}")
    return 0


def _create(args: argparse.Namespace, settings: Settings, store: TenancyStore) -> int:
    countries = args.countries.split(",") if args.countries else None
    policy = TenantPolicy.from_json(
        {
            "authorisation": args.authorisation,
            "approved_subprocessors": args.approve,
            "allowed_countries": countries,
        }
    )
    if unknown := policy.approved - store.load().subprocessors.keys():
        raise ValueError(f"unknown sub-processors: {', '.join(sorted(unknown))}")
    store.create_tenant(Tenant(args.tenant, policy, args.name), ACTOR)
    print(f"created tenant {args.tenant}")
    return 0


def _key(args: argparse.Namespace, settings: Settings, store: TenancyStore) -> int:
    role = Role(args.role)
    if (role is Role.OPERATOR) == (args.tenant is not None) and role is not Role.COMPLIANCE:
        raise ValueError("operator keys have no --tenant; service and tenant-admin keys need one")
    key, key_id = store.issue_key(role, args.tenant, args.label, ACTOR)
    print(f"key id:  {key_id}")
    print(f"role:    {role.value}" + (f" (tenant {args.tenant})" if args.tenant else ""))
    print(f"api key: {key}   (shown once; only its SHA-256 is stored)")
    return 0


def _revoke(args: argparse.Namespace, settings: Settings, store: TenancyStore) -> int:
    store.revoke_key(args.key_id, ACTOR)
    print(f"revoked {args.key_id}")
    return 0


def _policy(args: argparse.Namespace, settings: Settings, store: TenancyStore) -> int:
    snapshot = store.load()
    tenant = store.tenant(args.tenant)
    subprocessors = {}
    for sub in snapshot.subprocessors.values():
        verdict = decision(settings, snapshot.subprocessors, tenant, sub.id)
        subprocessors[sub.id] = {"country": sub.country, "status": verdict.status.value}
        if verdict.usable_from:
            subprocessors[sub.id]["usable_from"] = verdict.usable_from.isoformat()
    view = {"tenant": tenant.id, "policy": tenant.policy.to_json(), "subprocessors": subprocessors}
    print(json.dumps(view, indent=2, ensure_ascii=False))
    return 0


_COMMANDS = {"list": _list, "create": _create, "key": _key, "revoke": _revoke, "policy": _policy}
