"""Loading one processed batch: articles, facts, quarantine and pages in one transaction.

History policy: `facts` holds the current facts. When an article's page is processed again with
another parser version or with new bytes, its current facts move to `fact_history` (with
`superseded_at`, `superseded_by_run`, `superseded_by_parser`) and the new facts replace them, in
the same transaction. An article whose (page hash, parser version) is already current is left
exactly as it is (not even `loaded_at` changes), so loading the same batch twice is a no-op.
Quarantined rows are the current verdict per article and are replaced the same way.

Facts the load gate held back (`LoadBatch.held_back`) go to `quarantine` with severity
`held_back` and nothing else of their article is written (the page stays pending); an article
loaded later releases them (its held-back rows are deleted in the same transaction).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import asdict, dataclass, field

import duckdb
import pandas as pd
import pyarrow as pa

from warehouse.batch import (
    ARTICLE_SCHEMA,
    FACT_SCHEMA,
    PAGE_SCHEMA,
    QUARANTINE_SCHEMA,
    registered,
    to_arrow,
)
from warehouse.errors import HELD_BACK_SEVERITY, UNREADABLE_RAW_PAGE, WarehouseError

_FACT_COLS = ", ".join(FACT_SCHEMA.names)
_QUARANTINE_COLS = ", ".join(QUARANTINE_SCHEMA.names)
#: The fact columns of the `facts f` alias, for copying rows to fact_history by name.
_FACT_COLS_OF_F = ", ".join("f." + c for c in FACT_SCHEMA.names)
_ARTICLE_COLS = ", ".join(ARTICLE_SCHEMA.names)


def _empty(schema: pa.Schema) -> pd.DataFrame:
    """An empty frame with the schema's columns (the default for an absent part of a batch)."""
    return schema.empty_table().to_pandas()


@dataclass(slots=True)
class LoadBatch:
    """Everything one run produced for the warehouse (column contracts: docs/architecture.md).

    `quarantine` is the facts columns plus `reasons` (list of expectation names) and `severity`;
    `pages` are raw manifest rows (sha256, url, final_url, source, fetched_at, status,
    content_type, etag, last_modified, size). Every fact and quarantined row must belong to an
    article of `articles`; `held_back` (quarantine columns, severity `held_back`) holds facts of
    pages the gate held back, whose articles are not in the batch.
    """

    run_id: str
    articles: pd.DataFrame = field(default_factory=lambda: _empty(ARTICLE_SCHEMA))
    facts: pd.DataFrame = field(default_factory=lambda: _empty(FACT_SCHEMA))
    quarantine: pd.DataFrame = field(default_factory=lambda: _empty(QUARANTINE_SCHEMA))
    pages: pd.DataFrame = field(default_factory=lambda: _empty(PAGE_SCHEMA))
    held_back: pd.DataFrame = field(default_factory=lambda: _empty(QUARANTINE_SCHEMA))


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What a load changed: articles written, facts inserted / left unchanged / superseded."""

    articles: int = 0
    articles_unchanged: int = 0
    inserted: int = 0
    unchanged: int = 0
    superseded: int = 0
    quarantined: int = 0
    pages: int = 0
    held_back: int = 0

    def as_dict(self) -> dict[str, int]:
        """The counts for the runs table."""
        return asdict(self)


def _ordered(table: pa.Table) -> pa.Table:
    """The table with its batch order as column `_ord` (which duplicate wins is defined)."""
    return table.append_column("_ord", pa.array(range(table.num_rows), type=pa.int64()))


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> int:
    """Run a statement and return its single count."""
    row = con.execute(sql, params or []).fetchall()[0]
    return int(row[0]) if row and row[0] is not None else 0


#: Rows of the batch's facts and quarantine that belong to an article processing being written.
_OF_CHANGED = """semi join _changed c on {t}.article_id = c.article_id
    and {t}.raw_sha256 = c.raw_sha256 and {t}.parser_version = c.parser_version"""


def _check_membership(con: duckdb.DuckDBPyConnection) -> None:
    """Every fact and quarantined row must belong to an article of the batch."""
    for table, what in (("_b_facts", "facts"), ("_b_quarantine", "quarantine")):
        orphans = con.execute(
            f"""select distinct article_id from {table}
                anti join _b_articles using (article_id) limit 5"""
        ).fetchall()
        if orphans:
            ids = ", ".join(str(r[0]) for r in orphans)
            raise WarehouseError(f"{what} rows of articles missing from the batch: {ids}")


def _dedup(con: duckdb.DuckDBPyConnection, table: str, key: str) -> str:
    """`qualify` keeping the first row of each key, only when the batch repeats a key."""
    row = con.execute(f"select count(*) - count(distinct {key}) from {table}").fetchall()[0]
    repeats = bool(row and row[0])
    return f"qualify row_number() over (partition by {key} order by _ord) = 1" if repeats else ""


def _stage(con: duckdb.DuckDBPyConnection) -> None:
    """The batch's articles (last per id wins) and those whose page or parser version changed."""
    repeats = _count(con, "select count(*) - count(distinct article_id) from _b_articles")
    last_wins = "qualify row_number() over (partition by article_id order by _ord desc) = 1"
    con.execute(
        f"""create or replace temp table _art as
            select * exclude (_ord) from _b_articles {last_wins if repeats else ""}"""
    )
    con.execute(
        """create or replace temp table _changed as
           select a.* from _art a left join articles cur using (article_id)
           where cur.article_id is null
              or cur.raw_sha256 is distinct from a.raw_sha256
              or cur.parser_version is distinct from a.parser_version
              or cur.error is distinct from a.error"""
    )


def _apply(con: duckdb.DuckDBPyConnection, batch: LoadBatch) -> LoadResult:
    """The statements of one load, inside the caller's transaction."""
    _check_membership(con)
    _stage(con)
    articles_total = _count(con, "select count(*) from _art")
    unchanged = _count(
        con,
        """select count(distinct f.fact_id) from _b_facts f
           semi join _art a on f.article_id = a.article_id and f.raw_sha256 = a.raw_sha256
                            and f.parser_version = a.parser_version
           anti join _changed c on f.article_id = c.article_id""",
    )
    superseded = _count(
        con,
        f"""insert into fact_history ({_FACT_COLS}, loaded_at, superseded_at, superseded_by_run,
                                      superseded_by_parser)
           select {_FACT_COLS_OF_F}, f.loaded_at,
                  current_timestamp, ?, c.parser_version
           from facts f join _changed c using (article_id)""",
        [batch.run_id],
    )
    con.execute("delete from facts where article_id in (select article_id from _changed)")
    inserted = _count(
        con,
        f"""insert into facts ({_FACT_COLS}, loaded_at)
            select {_FACT_COLS}, current_timestamp from _b_facts f {_OF_CHANGED.format(t="f")}
            {_dedup(con, "_b_facts", "fact_id")}""",
    )
    con.execute("delete from quarantine where article_id in (select article_id from _changed)")
    quarantined = _count(
        con,
        f"""insert into quarantine ({_QUARANTINE_COLS}, quarantined_at)
            select {_QUARANTINE_COLS}, current_timestamp from _b_quarantine q
            {_OF_CHANGED.format(t="q")} {_dedup(con, "_b_quarantine", "fact_id")}""",
    )
    held_back = _hold_back(con)
    con.execute("delete from articles where article_id in (select article_id from _changed)")
    written = _count(
        con,
        f"""insert into articles ({_ARTICLE_COLS}, loaded_at)
            select {_ARTICLE_COLS}, current_timestamp from _changed""",
    )
    con.execute(
        """insert into page_processing
           select raw_sha256, parser_version, article_id, run_id, current_timestamp
           from _changed anti join page_processing using (raw_sha256, parser_version, article_id)"""
    )
    con.execute(
        f"""insert into areas
           select area, area_type, any_value(area_code), null, 'facts' from _b_facts f
           {_OF_CHANGED.format(t="f")}
           group by area, area_type
           on conflict do nothing"""
    )
    pages = _count(
        con,
        """insert into pages
           select sha256, url, final_url, source, fetched_at, status, content_type, etag,
                  last_modified, size
           from _b_pages qualify row_number() over (partition by sha256, url order by _ord) = 1
           on conflict do nothing""",
    )
    return LoadResult(
        articles=written,
        articles_unchanged=articles_total - written,
        inserted=inserted,
        unchanged=unchanged,
        superseded=superseded,
        quarantined=quarantined,
        pages=pages,
        held_back=held_back,
    )


def _hold_back(con: duckdb.DuckDBPyConnection) -> int:
    """Release the held-back rows of articles loaded now; write this batch's held-back rows."""
    con.execute(
        """delete from quarantine where severity = ?
           and (article_id in (select article_id from _art)
                or article_id in (select article_id from _b_held))""",
        [HELD_BACK_SEVERITY],
    )
    # A fact already quarantined by an earlier verdict keeps that row: it is the same figure.
    return _count(
        con,
        f"""insert into quarantine ({_QUARANTINE_COLS}, quarantined_at)
            select {_QUARANTINE_COLS}, current_timestamp from _b_held
            {_dedup(con, "_b_held", "fact_id")}
            on conflict do nothing""",
    )


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back, tolerating a connection the failure already invalidated."""
    with suppress(duckdb.Error):
        con.execute("rollback")


def load_batch(con: duckdb.DuckDBPyConnection, batch: LoadBatch) -> LoadResult:
    """Load one batch in one transaction (all of it or nothing) and say what changed.

    Bulk inserts from Arrow tables, keys deduplicated inside the batch; idempotent for the same
    pages at the same parser version. Raises `WarehouseError` for a malformed batch or a failed
    write (the transaction is rolled back).
    """
    tables = {
        "_b_articles": _ordered(to_arrow(batch.articles, ARTICLE_SCHEMA, "articles")),
        "_b_facts": _ordered(to_arrow(batch.facts, FACT_SCHEMA, "facts")),
        "_b_quarantine": _ordered(to_arrow(batch.quarantine, QUARANTINE_SCHEMA, "quarantine")),
        "_b_pages": _ordered(to_arrow(batch.pages, PAGE_SCHEMA, "pages")),
        "_b_held": _ordered(to_arrow(batch.held_back, QUARANTINE_SCHEMA, "held back")),
    }
    with registered(con, **tables):
        try:
            con.execute("begin transaction")
        except duckdb.Error as exc:
            raise WarehouseError(
                f"load_batch runs its own transaction; finish the open one first ({exc})"
            ) from exc
        try:
            result = _apply(con, batch)
            con.execute("commit")
        except WarehouseError:
            _rollback(con)
            raise
        except duckdb.Error as exc:
            _rollback(con)
            raise WarehouseError(f"loading run {batch.run_id} failed: {exc}") from exc
        finally:
            for temp in ("_art", "_changed"):
                con.execute(f"drop table if exists {temp}")
    return result


def processed_pages(con: duckdb.DuckDBPyConnection, parser_version: str) -> set[tuple[str, str]]:
    """(article id, raw page hash) of every article's current version at this parser version.

    An incremental run skips a landed page whose URL's article already holds those bytes; the
    identity is (URL, bytes), so a new URL with the bytes of another page is still processed,
    and a URL whose latest bytes are not its article's current ones (a page that went back to
    an earlier version) is processed again.
    """
    # A page whose raw file could not be read is not done: it is tried again until it heals.
    columns = con.execute(
        """select article_id, raw_sha256 from articles
           where parser_version = ? and not coalesce(starts_with(error, ?), false)""",
        [parser_version, UNREADABLE_RAW_PAGE],
    ).fetchnumpy()
    return set(zip(columns["article_id"].tolist(), columns["raw_sha256"].tolist(), strict=True))
