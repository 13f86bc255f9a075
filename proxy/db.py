"""A small SQL layer over SQLite (default) or PostgreSQL (several instances, one store).

SQL is written once with ``?`` placeholders and ``{id}`` for an auto-increment
primary key; this module adapts both to the dialect. Connections are opened per
thread (the async code calls in through ``asyncio.to_thread``).
"""

from __future__ import annotations

import fcntl
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

Row = dict[str, Any]
_AUTO_ID = {
    "sqlite": "INTEGER PRIMARY KEY AUTOINCREMENT",
    "postgresql": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
}


class DatabaseError(RuntimeError):
    """The store could not be reached or refused the operation."""


class Database:
    # How long a statement waits for another connection's lock before failing; writers
    # of one file take turns in ``_writer`` first, so this covers readers and other tools.
    BUSY_TIMEOUT_MS = 30000

    def __init__(self, url: str) -> None:
        self.url = url
        scheme = urlparse(url).scheme
        if scheme == "sqlite":
            self.dialect = "sqlite"
            self._path = url[len("sqlite:///") :]
            if self._path and self._path != ":memory:":
                Path(self._path).parent.mkdir(parents=True, exist_ok=True)
        elif scheme in ("postgresql", "postgres"):
            self.dialect = "postgresql"
        else:
            raise ValueError(f"unsupported database URL scheme: {scheme!r}")
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()
        self._writer_lock = threading.Lock()
        self._writer_file: Any = None

    # -- connections ---------------------------------------------------------

    def _connect(self) -> Any:
        if self.dialect == "sqlite":
            conn = sqlite3.connect(
                self._path, timeout=30, isolation_level=None, check_same_thread=False
            )
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout={self.BUSY_TIMEOUT_MS}")
            _switch_to_wal(conn)
            return conn
        import psycopg
        from psycopg.rows import dict_row

        return psycopg.connect(self.url, autocommit=True, row_factory=dict_row, connect_timeout=5)

    def _connection(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = self._connect()
            except Exception as exc:
                raise DatabaseError(f"cannot connect to the {self.dialect} store") from exc
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                with suppress(Exception):  # closing is best effort
                    conn.close()
            self._all.clear()
        self._local = threading.local()
        with self._writer_lock:
            if self._writer_file is not None:
                self._writer_file.close()
                self._writer_file = None

    # -- statements ----------------------------------------------------------

    def sql(self, statement: str) -> str:
        statement = statement.replace("{id}", _AUTO_ID[self.dialect])
        return statement.replace("?", "%s") if self.dialect == "postgresql" else statement

    def execute(self, statement: str, params: Sequence[Any] = ()) -> int:
        """Runs one statement; returns the affected row count."""
        with self._cursor() as cur:
            cur.execute(self.sql(statement), tuple(params))
            return cur.rowcount

    def fetchall(self, statement: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._cursor() as cur:
            cur.execute(self.sql(statement), tuple(params))
            return [dict(row) for row in cur.fetchall()]

    def fetchone(self, statement: str, params: Sequence[Any] = ()) -> Row | None:
        rows = self.fetchall(statement, params)
        return rows[0] if rows else None

    def iterate(
        self, statement: str, params: Sequence[Any] = (), batch: int = 1000
    ) -> Iterator[Row]:
        """Rows one batch at a time, for exports larger than memory."""
        with self._cursor(server_side=True) as cur:
            cur.execute(self.sql(statement), tuple(params))
            while rows := cur.fetchmany(batch):
                yield from (dict(row) for row in rows)

    def create(self, statements: Sequence[str]) -> None:
        """Creates tables (idempotent); instances starting together take turns."""
        with self.transaction():
            self.take_turns()
            for statement in statements:
                self.execute(statement)

    def take_turns(self) -> None:
        """Inside a transaction: instances doing the same start-up step (creating tables,
        adding what the config lists) wait for each other until it commits. SQLite's
        write transactions already take turns."""
        if self.dialect == "postgresql":
            self.execute("SELECT pg_advisory_xact_lock(7235148)")

    @contextmanager
    def transaction(self, durable: bool = True) -> Iterator[Database]:
        """A write transaction on this thread's connection (SQLite: taken immediately).

        ``durable=False`` commits without waiting for the disk (SQLite: no fsync of the
        write-ahead log; PostgreSQL: ``synchronous_commit`` off): a crash of the machine
        may lose the last such commits, never a part of one, and never one that a later
        durable commit follows, since the log is written in order.
        """
        conn = self._connection()
        if getattr(self._local, "depth", 0):
            self._local.depth += 1
            try:
                yield self
            finally:
                self._local.depth -= 1
            return
        self._local.depth = 1
        relaxed = not durable and self.dialect == "sqlite"
        try:
            with self._writer():
                if relaxed:
                    conn.execute("PRAGMA synchronous=NORMAL")
                try:
                    conn.execute("BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN")
                    if not durable and self.dialect == "postgresql":
                        conn.execute("SET LOCAL synchronous_commit = off")
                    yield self
                    conn.execute("COMMIT")
                except BaseException:
                    with suppress(Exception):  # the original error matters more
                        conn.execute("ROLLBACK")
                    self._forget_if_closed(conn)
                    raise
                finally:
                    if relaxed:
                        with suppress(Exception):  # a closed connection is replaced anyway
                            conn.execute("PRAGMA synchronous=FULL")
        finally:
            self._local.depth = 0

    @contextmanager
    def _writer(self) -> Iterator[None]:
        """SQLite writers take turns here rather than in SQLite's busy handler, which
        polls with sleeps of up to 100 ms: threads through a lock, processes (workers,
        instances on one file) through an exclusive ``flock`` on ``<file>.lock``."""
        if self.dialect != "sqlite" or self._path in ("", ":memory:"):
            yield
            return
        with self._writer_lock:
            if self._writer_file is None:
                self._writer_file = open(f"{self._path}.lock", "a+b")  # noqa: SIM115
            fcntl.flock(self._writer_file, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._writer_file, fcntl.LOCK_UN)

    def _forget_if_closed(self, conn: Any) -> None:
        """A PostgreSQL connection the server dropped (restart, failover) is replaced on
        this thread's next call instead of failing every call from now on."""
        if self.dialect == "postgresql" and conn.closed:
            self._local.conn = None

    @contextmanager
    def _cursor(self, server_side: bool = False) -> Iterator[Any]:
        conn = self._connection()
        try:
            if self.dialect == "postgresql" and server_side:
                # A named cursor streams from the server; it needs a transaction.
                with conn.transaction(), conn.cursor(name="tekino_export") as cur:
                    yield cur
                return
            cur = conn.cursor()
            try:
                yield cur
            finally:
                cur.close()
        except DatabaseError:
            raise
        except (sqlite3.Error, _pg_errors()) as exc:
            self._forget_if_closed(conn)
            raise DatabaseError(f"{self.dialect} store error: {type(exc).__name__}") from exc


def _pg_errors() -> type[Exception]:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return sqlite3.Error
    return psycopg.Error


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """WAL lets readers and one writer work at once. Switching a new file needs a moment
    alone with it, and the busy timeout does not cover that, so several processes
    opening a fresh file take turns here."""
    for _ in range(100):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError:
            time.sleep(0.05)
    conn.execute("PRAGMA journal_mode=WAL")


def default_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'tekino.db'}"
