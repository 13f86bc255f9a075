"""Server processes for the speed benchmark: start, wait until ready, measure, stop.

Each server is started in its own session (process group), so that stopping it also
stops the workers it spawned; ``Servers`` stops every process it started when its
``with`` block ends, on success, on an exception and on Ctrl-C alike.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

READY_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 10.0
POLL_S = 0.05


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class ProcessMemory:
    pid: int
    command: str
    peak_rss_bytes: int  # VmHWM


@dataclass
class Server:
    """One started server process (and, through its process group, its workers)."""

    name: str
    command: Sequence[str]
    health_url: str
    log_path: Path
    env: dict[str, str] | None = None
    cwd: Path | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)
    spawned_at: float = field(default=0.0, init=False)
    ready_s: float = field(default=float("nan"), init=False)

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("wb")
        self.spawned_at = time.perf_counter()
        self.process = subprocess.Popen(
            list(self.command),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self.env,
            cwd=self.cwd,
            start_new_session=True,
        )
        log.close()

    def wait_ready(self, timeout_s: float = READY_TIMEOUT_S) -> float:
        """Seconds from spawn to the first successful answer of ``health_url``."""
        assert self.process is not None
        deadline = self.spawned_at + timeout_s
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self.process.returncode} before it was ready; "
                    f"see {self.log_path}"
                )
            if _answers(self.health_url):
                self.ready_s = time.perf_counter() - self.spawned_at
                return self.ready_s
            time.sleep(POLL_S)
        raise RuntimeError(f"{self.name} not ready after {timeout_s:.0f} s; see {self.log_path}")

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def memory(self) -> list[ProcessMemory]:
        """Peak resident memory of this server's process and all its descendants."""
        if self.process is None or self.process.poll() is not None:
            return []
        return [m for pid in process_tree(self.pid) if (m := read_memory(pid)) is not None]

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        _signal_group(self.process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(STOP_TIMEOUT_S)
        _signal_group(self.process.pid, signal.SIGKILL)  # workers that outlived the parent
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(STOP_TIMEOUT_S)


class Servers:
    """Starts servers and stops all of them (in reverse order) when the block ends."""

    def __init__(self) -> None:
        self.started: list[Server] = []

    def __enter__(self) -> Servers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_all()

    def start(self, *servers: Server) -> list[float]:
        """Start ``servers`` together; wait until each is ready; their ready times."""
        for server in servers:
            self.started.append(server)
            server.start()
        return [server.wait_ready() for server in servers]

    def stop_all(self) -> None:
        while self.started:
            self.started.pop().stop()


def process_tree(root: int) -> list[int]:
    """``root`` and every live descendant, parents first."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name (field 2) is in parentheses and may contain spaces.
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    tree, queue = [], [root]
    while queue:
        pid = queue.pop(0)
        tree.append(pid)
        queue.extend(sorted(children.get(pid, [])))
    return tree


def read_memory(pid: int) -> ProcessMemory | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    peak = parse_vm_hwm(status)
    if peak is None:
        return None
    command = " ".join(part.decode(errors="replace") for part in cmdline.split(b"\0") if part)
    return ProcessMemory(pid, command, peak)


def parse_vm_hwm(status: str) -> int | None:
    """Bytes of ``VmHWM`` (peak resident set) in the text of /proc/<pid>/status."""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            value, unit = line.split()[1:3]
            if unit != "kB":
                raise ValueError(f"unexpected VmHWM unit {unit}")
            return int(value) * 1024
    return None


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never an HTTP proxy


def _answers(url: str) -> bool:
    try:
        with _DIRECT.open(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, sig)  # the group this harness created for the server (its own pid)
