"""Report lineage in a load: the `report_facts` rows of a batch, replaced with their documents.

Called inside `warehouse.load.load_batch`'s transaction, after the batch's articles (documents)
that changed are known (`_changed`): their old lineage rows go, the batch's new ones come in.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

REPORT_SCHEMA = pa.schema(
    [
        ("fact_id", pa.string()),
        ("article_id", pa.string()),
        ("source_kind", pa.string()),
        ("dataset_id", pa.string()),
        ("address", pa.string()),
        ("row_label", pa.string()),
        ("column_label", pa.string()),
        ("table_title", pa.string()),
        ("definition", pa.string()),
        ("cell_text", pa.string()),
        ("area_code_stated", pa.string()),
        ("scale", pa.float64()),
    ]
)


def replace_report_lineage(con: duckdb.DuckDBPyConnection) -> int:
    """Swap the lineage of changed documents for the batch's (`_b_report_facts`); rows added."""
    con.execute(
        "delete from report_facts where article_id in (select article_id from _changed)"
    )
    # The columns are spelt out (REPORT_SCHEMA's order): no SQL is built from values here.
    row = con.execute(
        """insert into report_facts (fact_id, article_id, source_kind, dataset_id, address,
               row_label, column_label, table_title, definition, cell_text, area_code_stated,
               scale, loaded_at)
           select fact_id, article_id, source_kind, dataset_id, address, row_label, column_label,
                  table_title, definition, cell_text, area_code_stated, scale, current_timestamp
           from _b_report_facts r
           semi join _changed c on r.article_id = c.article_id
           qualify row_number() over (partition by fact_id order by _ord) = 1"""
    ).fetchall()
    return int(row[0][0]) if row and row[0] and row[0][0] is not None else 0


def processed_with(con: duckdb.DuckDBPyConnection, versions: set[str]) -> set[tuple[str, str]]:
    """(article id, raw hash) of landed documents already processed at one of these (parser +
    mapping) versions: the same identity as `warehouse.load.processed_pages`."""
    if not versions:
        return set()
    rows = con.execute(
        """select distinct article_id, raw_sha256 from page_processing
           where list_contains(?, parser_version)""",
        [sorted(versions)],
    ).fetchall()
    return {(r[0], r[1]) for r in rows}
