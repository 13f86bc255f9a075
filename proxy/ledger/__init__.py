"""The transfer ledger: a tamper-evident record of every attempt to send data to a
sub-processor, with compliance queries, exports, reports and data-subject trails."""

from proxy.ledger.ledger import Ledger, build_ledger, ledger_url
from proxy.ledger.queries import Filters

__all__ = ["Filters", "Ledger", "build_ledger", "ledger_url"]
