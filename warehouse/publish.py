"""Publishing the read-only copy analysts open, atomically.

DuckDB lets one process write a file or many read it, never both; analysts therefore open a
separate copy. The master is checkpointed (everything in the main file, no WAL), copied to a
temporary file in the published file's folder, fsynced, checked, and swapped in with
`os.replace`. A reader holding the old copy keeps its open file (the old inode) and sees the
new data when it reconnects.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import duckdb

from warehouse.db import BASE_CONFIG
from warehouse.errors import WarehouseError


def _checkpoint(master: Path) -> None:
    """Fold the master's WAL into the main file (shares an open instance in this process)."""
    try:
        con = duckdb.connect(str(master), config=dict(BASE_CONFIG))
    except duckdb.Error as exc:
        raise WarehouseError(f"cannot open master {master} to publish: {exc}") from exc
    try:
        con.execute("checkpoint")
    except duckdb.Error as exc:
        raise WarehouseError(f"cannot checkpoint master {master} to publish: {exc}") from exc
    finally:
        con.close()
    wal = _wal(master)
    if wal.exists() and wal.stat().st_size > 0:
        raise WarehouseError(f"cannot publish: {wal} still holds changes (is a writer running?)")


def _wal(path: Path) -> Path:
    """DuckDB's write-ahead log next to a database file."""
    return path.with_name(path.name + ".wal")


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_copy(path: Path) -> None:
    """The copy opens read-only and has a schema version (never publish a broken file)."""
    con = duckdb.connect(str(path), read_only=True, config=dict(BASE_CONFIG))
    try:
        con.execute("select max(version) from schema_version").fetchall()
    finally:
        con.close()


def _remove_stale_copies(published: Path) -> None:
    """Delete temporary copies a killed publish left behind (callers hold the writer lock)."""
    for stale in published.parent.glob(f".{published.name}.*"):
        if stale.is_file():
            stale.unlink(missing_ok=True)


#: The version stamp of a warehouse file: every run the master has recorded, with how it ended.
#: Only runs write the master, and each writes its runs row, so a published copy whose stamp
#: differs from the master's is behind it (a failed or killed publish) and is published again.
STAMP_SQL = """select count(*) || ':' || coalesce(md5(string_agg(
    run_id || '/' || status || '/' || coalesce(finished_at::varchar, ''), ',' order by run_id)),
    '') from runs"""


def stamp(con: duckdb.DuckDBPyConnection) -> str:
    """The version stamp of the warehouse behind an open connection."""
    return str(con.execute(STAMP_SQL).fetchall()[0][0])


def published_stamp(published: Path) -> str | None:
    """The stamp of the published copy; None when it is missing, empty or unreadable."""
    published = Path(published)
    try:
        if not published.is_file() or published.stat().st_size == 0:
            return None
        con = duckdb.connect(str(published), read_only=True, config=dict(BASE_CONFIG))
    except (duckdb.Error, OSError):
        return None
    try:
        return stamp(con)
    except duckdb.Error:
        return None
    finally:
        con.close()


#: The published copy is for other users (the analysts): world-readable unless a group is set.
PUBLISHED_MODE = 0o644
PUBLISHED_GROUP_MODE = 0o640


def _share(fd: int, group: str | None) -> None:
    """Open the copy to its readers: 0644, or 0640 owned by `group` (mkstemp makes 0600)."""
    if group is None:
        os.fchmod(fd, PUBLISHED_MODE)
        return
    import grp

    try:
        gid = grp.getgrnam(group).gr_gid
    except KeyError:
        raise WarehouseError(f"cannot publish: no group named {group!r}") from None
    os.fchown(fd, -1, gid)
    os.fchmod(fd, PUBLISHED_GROUP_MODE)


def publish(master: Path, published: Path, *, group: str | None = None) -> Path:
    """Replace `published` with a consistent copy of `master`, atomically; returns its path.

    Call it after a successful run, with no load in flight. Raises `WarehouseError` when the
    master is missing or the copy cannot be written (the old published file is left intact).
    The copy is mode 0644, or 0640 owned by `group` when given.
    """
    master, published = Path(master), Path(published)
    if not master.is_file():
        raise WarehouseError(f"cannot publish: master warehouse {master} does not exist")
    if not published.parent.is_dir():
        raise WarehouseError(f"cannot publish: folder {published.parent} does not exist")
    _checkpoint(master)
    _remove_stale_copies(published)
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{published.name}.", dir=published.parent)
        tmp = Path(name)
        with open(master, "rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            _share(dst.fileno(), group)
            os.fsync(dst.fileno())
        _check_copy(tmp)
        _wal(published).unlink(missing_ok=True)  # a stale log must never replay onto the copy
        os.replace(tmp, published)
        tmp = None
        _fsync_dir(published.parent)
    except (OSError, duckdb.Error) as exc:
        raise WarehouseError(f"publishing {published} failed: {exc}") from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return published
