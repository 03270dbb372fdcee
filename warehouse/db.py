"""Opening the warehouse: a writable connection first brings the schema up to date.

Migrations are the numbered files `warehouse/migrations/NNN_name.sql`, applied in order, each in
its own transaction and recorded in `schema_version`, so an old warehouse file upgrades in place.
A read-only connection never migrates (analysts open the published copy read-only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.errors import WarehouseError
from warehouse.reference import sync_reference

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

#: WAL size that triggers an automatic checkpoint. Until a checkpoint DuckDB keeps every row
#: written in memory (144 MiB at 100,000 pages with a 1 GB threshold: memory grew with the
#: archive). 32 MB checkpoints every two or three 10,000-page batches, which bounds it; a
#: run checkpoints once more before publishing (warehouse.publish).
CHECKPOINT_THRESHOLD = "32MB"
_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")

_SCHEMA_VERSION_DDL = """
create table if not exists schema_version (
    version integer primary key,
    name varchar not null,
    applied_at timestamptz not null default current_timestamp
);
comment on table schema_version is
    'Migrations applied to this file, one row each (warehouse/migrations/NNN_name.sql).';
comment on column schema_version.version is 'The migration number NNN.';
comment on column schema_version.name is 'The migration file name.';
comment on column schema_version.applied_at is 'When the migration was applied to this file.';
"""


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered SQL file of the schema's history."""

    version: int
    name: str
    sql: str


def migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The migration files in order; a misnamed or duplicate number is an error, not skipped."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise WarehouseError(f"migration file {path.name!r} is not named NNN_name.sql")
        version = int(match.group(1))
        if version in found:
            raise WarehouseError(f"two migrations share number {version:03d}")
        found[version] = Migration(version, path.name, path.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to this connection's database (0 for a new file)."""
    exists = con.execute(
        "select count(*) from duckdb_tables() where table_name = 'schema_version'"
    ).fetchall()[0]
    if not exists or not exists[0]:
        return 0
    row = con.execute("select coalesce(max(version), 0) from schema_version").fetchall()[0]
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection, *, upto: int | None = None) -> list[int]:
    """Apply pending migrations (up to `upto`), each atomically; returns the versions applied."""
    con.execute(_SCHEMA_VERSION_DDL)
    current = schema_version(con)
    known = migrations()
    if known and current > known[-1].version:
        raise WarehouseError(
            f"the warehouse is at schema version {current}, newer than this code knows "
            f"({known[-1].version}): upgrade cakupan"
        )
    applied: list[int] = []
    for migration in known:
        if migration.version <= current or (upto is not None and migration.version > upto):
            continue
        con.execute("begin transaction")
        try:
            con.execute(migration.sql)
            con.execute(
                "insert into schema_version (version, name) values (?, ?)",
                [migration.version, migration.name],
            )
            con.execute("commit")
        except duckdb.Error as exc:
            con.execute("rollback")
            raise WarehouseError(f"migration {migration.name} failed: {exc}") from exc
        applied.append(migration.version)
    return applied


def _describe(exc: BaseException, path: Path, read_only: bool = True) -> str:
    """A one-line reason for a failed open, in the user's terms."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if ("Conflicting lock" in text or "Could not set lock" in text) and not read_only:
        return (f"warehouse {path} is in use by another process: {text}; if an analyst has it "
                "open, they should close it and open the published copy beside it "
                "(<name>.published.duckdb), which runs replace without waiting for readers")
    if "Conflicting lock" in text or "Could not set lock" in text:
        return f"warehouse {path} is in use by another process (a run is writing it): {text}"
    if "No space left" in text:
        return f"no space left on the disk holding {path}"
    if "Permission denied" in text or "Read-only file system" in text:
        return f"cannot write warehouse {path}: permission denied"
    return f"cannot open warehouse {path}: {text}"


#: Every connection: DuckDB never downloads an extension on its own (an SQLite file given as
#: the warehouse made it try). Every connection to one file in a process must share a config.
BASE_CONFIG: dict[str, bool] = {"autoinstall_known_extensions": False}
#: The analyst's connection (`cakupan query`): no files, network or extensions, and the SQL it
#: runs cannot turn them back on. Analysts export with `cakupan export`.
ANALYST_CONFIG: dict[str, bool] = {
    **BASE_CONFIG,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "enable_external_access": False,
    "lock_configuration": True,
}


def connect(path: Path, *, read_only: bool = False,
            analyst: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file; a writable connection applies pending migrations first.

    `analyst` opens it read-only with ANALYST_CONFIG (arbitrary SQL from the command line).
    Raises `WarehouseError` (one clear line) for a missing file (read-only), a missing or
    unwritable folder, a lock held by another process, or a full disk.
    """
    path = Path(path)
    read_only = read_only or analyst
    if read_only and not path.is_file():
        raise WarehouseError(f"warehouse {path} does not exist (run a load and publish first)")
    if not read_only and not path.parent.is_dir():
        raise WarehouseError(f"cannot create warehouse {path}: folder {path.parent} does not exist")
    try:
        con = duckdb.connect(str(path), read_only=read_only,
                             config=dict(ANALYST_CONFIG if analyst else BASE_CONFIG))
    except (duckdb.Error, OSError) as exc:
        raise WarehouseError(_describe(exc, path, read_only)) from exc
    if read_only:
        return con
    try:
        con.execute(f"set checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
        migrate(con)
        sync_reference(con)
    except WarehouseError:
        con.close()
        raise
    except (duckdb.Error, OSError) as exc:
        con.close()
        raise WarehouseError(_describe(exc, path, read_only)) from exc
    return con
