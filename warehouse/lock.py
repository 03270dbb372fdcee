"""One writer at a time: an fcntl lock on `<master>.lock` holding who writes and since when.

The kernel drops an fcntl lock when its process dies (even by SIGKILL), so a crashed run never
leaves a stale lock; the holder text left in the file is only read while someone holds it.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warehouse.errors import WarehouseBusy, WarehouseError

#: How often a waiting run retries the lock, in seconds.
POLL_SECONDS = 0.05


def lock_path(master: Path) -> Path:
    """The lock file next to the master warehouse file."""
    master = Path(master)
    return master.with_name(master.name + ".lock")


def _holder(fd: int) -> str:
    """Who holds the lock, in words, from the holder record in the lock file."""
    try:
        raw = os.pread(fd, 4096, 0).decode("utf-8")
        info = json.loads(raw)
        return f"pid {info['pid']}, run {info.get('run_id') or '-'}, since {info['since']}"
    except (OSError, ValueError, KeyError):
        return "an unknown process"


def _write_holder(fd: int, run_id: str | None) -> None:
    """Record this process as the holder (pid, run id, start time)."""
    since = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    record = json.dumps({"pid": os.getpid(), "run_id": run_id, "since": since})
    os.ftruncate(fd, 0)
    os.pwrite(fd, record.encode("utf-8"), 0)
    os.fsync(fd)


@contextmanager
def writer_lock(master: Path, *, timeout: float, run_id: str | None = None) -> Iterator[Path]:
    """Hold the warehouse's writer lock for the block; yields the lock file's path.

    A second writer waits up to `timeout` seconds, then raises `WarehouseBusy` naming the
    holder (pid, run id, since when). A lock folder that cannot be written is a `WarehouseError`.
    """
    path = lock_path(master)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise WarehouseError(f"cannot create the lock file {path}: {exc.strerror}") from exc
    try:
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"warehouse {master} is busy: held by {_holder(fd)} (waited {timeout:g} s)"
                    ) from None
                time.sleep(POLL_SECONDS)
        try:
            _write_holder(fd, run_id)
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
