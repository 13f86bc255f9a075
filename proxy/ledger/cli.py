"""``tekino-proxy ledger ...``: exports, the cross-border report, chain verification,
data-subject trails, retention and tenant termination, from the same config file."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from proxy.config import Settings
from proxy.keys import load_master_key
from proxy.ledger.exports import FORMATS, report_csv
from proxy.ledger.ledger import Ledger, build_ledger
from proxy.ledger.queries import Filters, parse_time
from proxy.ledger.records import RESULTS
from proxy.ledger.retention import purge


def add_parser(commands: argparse._SubParsersAction, config_default: str) -> None:
    ledger = commands.add_parser("ledger", help="the transfer ledger (compliance)")
    ledger.add_argument("--config", default=config_default, help="YAML config file")
    sub = ledger.add_subparsers(dest="ledger_command", required=True)

    export = sub.add_parser("export", help="transfers as CSV or JSON Lines (streamed)")
    _filters(export)
    export.add_argument("--format", choices=sorted(FORMATS), default="csv")
    export.add_argument("--output", "-o", help="file to write (default: standard output)")

    report = sub.add_parser("report", help="per tenant x month x country x sub-processor")
    _filters(report)
    report.add_argument("--format", choices=["table", "csv", "json"], default="table")

    verify = sub.add_parser("verify", help="check the hash chains; exit 1 on a broken link")
    verify.add_argument("--tenant", help="one tenant (default: all)")

    subject = sub.add_parser(
        "subject", help="where data about a value went (the value is read from stdin)"
    )
    subject.add_argument("--tenant", help="one tenant (default: all)")
    subject.add_argument("--value", help="the value (prefer stdin: keeps it out of history)")

    sub.add_parser("purge", help="remove records older than each tenant's retention")

    terminate = sub.add_parser("terminate", help="note a tenant's account termination")
    terminate.add_argument("--tenant", required=True)


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tenant")
    parser.add_argument("--since", help="YYYY-MM, YYYY-MM-DD or ISO datetime (inclusive)")
    parser.add_argument("--until", help="YYYY-MM or YYYY-MM-DD (through its end) or datetime")
    parser.add_argument("--country", help="destination, ISO 3166-1 alpha-2")
    parser.add_argument("--subprocessor")
    parser.add_argument("--outcome", choices=[str(o) for o in RESULTS])
    parser.add_argument("--entity-type")


def run(args: argparse.Namespace, settings: Settings) -> int:
    master = load_master_key(settings.secret_key_env, settings.data_dir)
    ledger = build_ledger(settings, master)
    try:
        return _COMMANDS[args.ledger_command](args, settings, ledger)
    except ValueError as exc:
        print(f"tekino-proxy: {exc}", file=sys.stderr)
        return 2
    finally:
        ledger.store.db.close()


def _chosen(args: argparse.Namespace) -> Filters:
    return Filters(
        tenant_id=args.tenant,
        since=parse_time(args.since),
        until=parse_time(args.until, end=True),
        country=args.country.upper() if args.country else None,
        subprocessor_id=args.subprocessor,
        outcome=args.outcome,
        entity_type=args.entity_type.upper() if args.entity_type else None,
    )


def _export(args: argparse.Namespace, settings: Settings, ledger: Ledger) -> int:
    pieces = ledger.export(_chosen(args), args.format)
    if args.output is None:
        for piece in pieces:
            sys.stdout.write(piece)
        return 0
    with open(args.output, "w", encoding="utf-8", newline="") as out:
        for piece in pieces:
            out.write(piece)
    return 0


def _report(args: argparse.Namespace, settings: Settings, ledger: Ledger) -> int:
    result = ledger.report(_chosen(args))
    if args.format == "json":
        print(json.dumps(result, indent=2, ensure_ascii=False))
    elif args.format == "csv":
        sys.stdout.write(report_csv(result["rows"]))
    else:
        _table(result)
    return 0


def _table(result: dict[str, Any]) -> None:
    header = ("tenant", "month", "country", "xborder", "subprocessor", "safeguards")
    header += ("transfers", *RESULTS, "categories (values)")
    print("\t".join(header))
    for r in result["rows"]:
        categories = ", ".join(f"{k}={v['values']}" for k, v in r["categories"].items())
        cells = (r["tenant_id"], r["month"], r["country"] or "-", _yes(r["cross_border"]))
        cells += (r["subprocessor_id"] or "-", ",".join(r["safeguards"]) or "-")
        counts = (r[name] for name in ("transfers", *RESULTS))
        print("\t".join((*cells, *map(str, counts), categories or "-")))
    totals = result["totals"]
    print(
        f"total: {totals['transfers']} attempts, {totals['sent']} sent, "
        f"{totals['blocked']} blocked, {totals['cross_border']} cross-border, "
        f"countries: {' '.join(totals['countries']) or '-'}"
    )


def _yes(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "no")


def _verify(args: argparse.Namespace, settings: Settings, ledger: Ledger) -> int:
    reports = ledger.verify(args.tenant)
    for report in reports:
        if report.ok:
            print(f"{report.tenant_id}: ok, {report.records} records, head {report.head_hash}")
        else:
            problem = report.first_break
            assert problem is not None
            print(
                f"{report.tenant_id}: BROKEN at seq {problem.seq} "
                f"(row {problem.record_id}): {problem.problem}: {problem.detail}"
            )
    return 0 if all(r.ok for r in reports) else 1


def _subject(args: argparse.Namespace, settings: Settings, ledger: Ledger) -> int:
    value = args.value if args.value is not None else sys.stdin.readline().strip()
    if not value:
        raise ValueError("no value given (pass it on standard input)")
    trail = ledger.trail(value, args.tenant)
    print(json.dumps(trail, indent=2, ensure_ascii=False))
    return 0


def _purge(args: argparse.Namespace, settings: Settings, ledger: Ledger) -> int:
    retention = settings.ledger
    for done in purge(ledger.store, retention.retention_months, retention.tenant_retention_months):
        print(f"{done.tenant_id}: removed {done.removed} records before {done.cutoff}")
    return 0


def _terminate(args: argparse.Namespace, settings: Settings, ledger: Ledger) -> int:
    record = ledger.terminate(args.tenant)
    print(
        f"{args.tenant}: termination recorded at {record.recorded_at} (seq {record.seq}); "
        "its records are removed as they pass the retention period (`ledger purge`). "
        "No pseudonym vault entries are stored, so none needed deleting."
    )
    return 0


_COMMANDS = {
    "export": _export,
    "report": _report,
    "verify": _verify,
    "subject": _subject,
    "purge": _purge,
    "terminate": _terminate,
}
