"""Security: SQL only with parameters, raw/ names from hashes, declared hosts only, robots.txt,
no secrets in the logs. Most checks read the hostile run (conftest.py); the SQL audit reads the
source code itself, so a new f-string in an `execute(` fails here until someone justifies it.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest

from extractors.landing import RawStore, redact
from tests.hardening import hostile_site as site
from tests.hardening.harness import REPO, HostileRun, checksum, manifest, query

pytestmark = pytest.mark.table_case

PRODUCT = ("extractors", "transforms", "warehouse", "expectations", "flows")
#: Calls whose first argument is SQL text.
SQL_CALLS = frozenset({"execute", "executemany", "sql", "_count"})
#: Every value put into SQL text by formatting, per file, and why it cannot come from outside.
#: A Name passed whole (the SQL is a variable) is listed as "<name>".
DYNAMIC_SQL: dict[tuple[str, str], str] = {
    ("warehouse/db.py", "CHECKPOINT_THRESHOLD"): "module constant",
    ("warehouse/db.py", "<_SCHEMA_VERSION_DDL>"): "module constant",
    ("warehouse/db.py", "<migration.sql>"): "the shipped migrations/*.sql files",
    ("warehouse/docs.py", "name"): "one of two literal column names chosen in the function",
    ("warehouse/docs.py", "source"): "one of two literal table functions chosen in the function",
    ("warehouse/docs.py", "key"): "vocabulary key column from the module's own table",
    ("warehouse/docs.py", "table"): "vocabulary table name from the module's own table",
    ("warehouse/export.py", "_FACTS_SQL"): "module constant",
    ("warehouse/export.py", "_quote(facts_dir)"): "user path, quotes doubled (tested below)",
    ("warehouse/export.py", "_quote(target)"): "user path, quotes doubled (tested below)",
    ("warehouse/export.py", "options"): "one of two literal option strings (_copy_options)",
    ("warehouse/export.py", "view"): "view names from warehouse.examples.VIEW_EXAMPLES",
    ("warehouse/load.py", "<sql>"): "_count's own parameter: callers pass constants + params",
    ("warehouse/load.py", "table"): "one of the literal staging table names",
    ("warehouse/load.py", "key"): "a literal key column name",
    ("warehouse/load.py", "temp"): "one of the literal temp table names",
    ("warehouse/load.py", "last_wins if repeats else ''"): "a literal clause",
    ("warehouse/load.py", "_FACT_COLS"): "column names from the Arrow schema constants",
    ("warehouse/load.py", "_QUARANTINE_COLS"): "column names from the Arrow schema constants",
    ("warehouse/load.py", "_FACT_COLS_OF_F"): "column names from the Arrow schema constants",
    ("warehouse/load.py", "_ARTICLE_COLS"): "column names from the Arrow schema constants",
    ("warehouse/load.py", "_OF_CHANGED.format(t='f')"): "module constant with a literal alias",
    ("warehouse/load.py", "_OF_CHANGED.format(t='q')"): "module constant with a literal alias",
    ("warehouse/load.py", "_dedup(con, '_b_facts', 'fact_id')"): "a literal clause",
    ("warehouse/load.py", "_dedup(con, '_b_quarantine', 'fact_id')"): "a literal clause",
    ("warehouse/load.py", "_dedup(con, '_b_held', 'fact_id')"): "a literal clause",
    ("warehouse/publish.py", "<STAMP_SQL>"): "module constant (the version stamp's query)",
    ("warehouse/reference.py", "table"): "vocabulary table names from the module's constants",
    ("warehouse/reference.py", "key"): "vocabulary key columns from the module's constants",
    ("warehouse/bench.py", "<sql>"): "the benchmark's own literal statements",
    ("flows/cli_data.py", "<sql>"): "`cakupan query`: the analyst's own SQL, on a read-only copy "
                               "with file, network and extension access off",
    ("warehouse/report/queries.py", "<sql>"): "_df's own parameter: each report query is a "
    "literal of the module; the filters go in as ? parameters after literal columns (Filters.sql)",
}


def dynamic_sql(path: Path) -> set[str]:
    """The expressions formatted into SQL text (or SQL passed as a variable) in one file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", None)
        position = 1 if name == "_count" else 0  # warehouse.load._count(con, sql, params)
        if name not in SQL_CALLS or len(node.args) <= position:
            continue
        if name == "_count" and ast.unparse(node.args[0]) != "con":
            continue  # another module's _count, not SQL
        arg = node.args[position]
        if isinstance(arg, ast.JoinedStr):
            found |= {ast.unparse(v.value) for v in arg.values
                      if isinstance(v, ast.FormattedValue)}
        elif isinstance(arg, ast.Name | ast.Attribute):
            found.add(f"<{ast.unparse(arg)}>")
        elif not isinstance(arg, ast.Constant):
            found.add(f"<{type(arg).__name__}: {ast.unparse(arg)}>")  # +, %, .format: unknown
    return found


def test_sql_is_built_only_with_parameters_or_our_own_constants() -> None:
    seen = {(str(p.relative_to(REPO)), expr) for pkg in PRODUCT
            for p in sorted((REPO / pkg).rglob("*.py")) for expr in dynamic_sql(p)}
    unexplained = sorted(seen - set(DYNAMIC_SQL))
    assert not unexplained, f"SQL built from values nobody vouched for: {unexplained}"
    stale = sorted(set(DYNAMIC_SQL) - seen)
    assert not stale, f"audit entries that no longer exist (remove them): {stale}"


def test_an_export_path_full_of_quotes_and_sql_stays_a_path(
    hostile: HostileRun, tmp_path: Path
) -> None:
    from warehouse.export import export

    copy = tmp_path / "copy.duckdb"
    shutil.copy(hostile.ws.published, copy)
    before = checksum(copy)
    out = tmp_path / "out'; drop table facts; --"
    files = export(copy, out, "csv")
    assert files and all(f.is_relative_to(out) for f in files)
    assert checksum(copy) == before


def test_raw_file_names_come_from_hashes_only(hostile: HostileRun) -> None:
    raw = hostile.ws.raw
    names = {p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file()}
    pages = {n for n in names if n.startswith("pages/")}
    assert names - pages == {"manifest.jsonl", "attempts.jsonl"}
    assert all(re.fullmatch(r"pages/([0-9a-f]{2})/\1[0-9a-f]{62}\.html", n) for n in pages)
    rows = [r for r in manifest(raw) if "%2e%2e" in r["url"] or "dotdot" in r["url"]]
    assert rows, "the traversal URLs were not landed (the test would prove nothing)"
    for row in rows:
        assert f"pages/{row['sha256'][:2]}/{row['sha256']}.html" in pages
    assert {p.name for p in hostile.ws.root.iterdir()} <= {
        "site", "raw", "prefect", "docs", "sources.toml", "w.duckdb", "w.duckdb.lock",
        "w.published.duckdb", "w.duckdb.wal"}


def test_links_and_redirects_to_undeclared_hosts_are_refused(hostile: HostileRun) -> None:
    errors = "\n".join(hostile.run_errors())
    assert "discovery offsite: link to undeclared host evil.example not followed" in errors
    assert "fetch offsite_redirect: redirect to host evil.example not declared" in errors
    # localhost is this very server: refused as an internal address, so never requested.
    assert "fetch unsafe_host: redirect to host localhost not declared" in errors
    assert not any("internal" in p for p in hostile.requested)


def test_robots_txt_is_respected(hostile: HostileRun) -> None:
    assert "/robots.txt" in hostile.requested
    assert site.PRIVATE not in hostile.requested
    assert f"hostile: fetch robots: disallowed by robots.txt ({hostile.base}{site.PRIVATE})" in (
        hostile.run_errors())


def test_no_password_or_token_in_the_logs_the_output_or_the_warehouse(
    hostile: HostileRun,
) -> None:
    raw = hostile.ws.raw
    attempts = (raw / "attempts.jsonl").read_text(encoding="utf-8")
    printed = hostile.proc.stdout + hostile.proc.stderr
    for text in (attempts, printed, (raw / "manifest.jsonl").read_text(encoding="utf-8")):
        assert site.PASSWORD not in text
    assert "tok3n-s3cr3t" not in attempts and "tok3n-s3cr3t" not in printed
    assert site.TOKEN + "?token=***&page=1" in attempts  # fetched, logged masked
    tables = [t for (t,) in query(hostile.ws.published, "select table_name from "
                                  "duckdb_tables() where schema_name = 'main'")]
    for table in tables:
        dump = json.dumps(query(hostile.ws.published, f"select * from {table}"), default=str)
        assert site.PASSWORD not in dump, table
    (n,) = query(hostile.ws.published, "select count(*) from fetch_attempts "
                 "where url like '%tok3n%' or error like '%tok3n%'")[0]
    assert n == 0
    refused = [e for e in hostile.run_errors() if "credentials" in e]
    assert refused and "cakupan:***@" in refused[0]


def test_redaction_masks_passwords_and_secret_query_values(tmp_path: Path) -> None:
    assert redact("http://u:p%40ss@h:1/a?token=abc&page=2&API_KEY=z;sid=9#x") == (
        "http://u:***@h:1/a?token=***&page=2&API_KEY=***;sid=***#x")
    assert redact("https://h/a?tokens=1&monkey=2") == "https://h/a?tokens=1&monkey=2"
    store = RawStore(tmp_path)
    store.record_attempt(source="s", url="http://a:b@h/p?key=k1", attempt=1,
                         error_kind="timeout", message="ReadTimeout on http://a:b@h/p?key=k1")
    (row,) = store.iter_attempts()
    assert row["url"] == "http://a:***@h/p?key=***"
    assert "b@" not in row["message"] and "k1" not in row["message"]
