"""Land one report of each kind in the shipped raw/ sample (called by tests.sites.build_raw_sample).

    .venv/bin/python -m tests.reports.sample [--raw DIR]

The documents come from `tests.reports.documents` (figures from ../shared/reports/samples) and
land through `extractors.landing.RawStore` under the addresses of their sources.toml entries,
exactly as `cakupan run --source ID` would land them: the same bytes and hashes every time.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from extractors.landing import RawStore
from extractors.reports.fetch import with_params
from tests.reports import documents as d
from tests.reports.make_pdf import PDF_PATH

FETCHED_AT = "2026-11-21T00:00:00Z"
REPO = Path(__file__).resolve().parents[2]
CKAN_RESOURCE = f"{d.CKAN_BASE}/dataset/{d.CKAN_DATASET}/resource/res-csv/download/tpt.csv"
KEMNAKER_PAGE_SIZE = 10
#: Documents and facts `cakupan run --offline` loads from them (tests/reports/test_sample.py
#: checks the figures per kind): html_table 18 (10 Banjarmasin + 8 Lima Puluh Kota), json_rows
#: 28 (3 pages), ckan 5, bps 2, pdf_table 3; and Lima Puluh Kota's TPAK "7,63" quarantined.
REPORT_DOCUMENTS = 8
REPORT_FACTS = 56
REPORT_QUARANTINED = 1


def documents() -> list[tuple[str, str, bytes, str]]:
    """(source id, address, body, content type) of every shipped report document."""
    html = "text/html; charset=utf-8"
    out = [
        ("limapuluhkota_ikd", d.LIMAPULUHKOTA_URL, d.limapuluhkota_html(), html),
        ("banjarmasin_bpjstk", d.BANJARMASIN_URL, d.banjarmasin_html(), html),
        ("banjarmasin_tpt", CKAN_RESOURCE, d.tpt_csv(), "text/csv; charset=utf-8"),
        ("bps_pekerja_status", d.BPS_URL, d.bps_json(), "application/json"),
        ("limapuluhkota_lkpj", d.PDF_URL, PDF_PATH.read_bytes(), "application/pdf"),
    ]
    rows = d.kemnaker_rows()
    for skip in range(0, len(rows) + 1, KEMNAKER_PAGE_SIZE):
        page = rows[skip:skip + KEMNAKER_PAGE_SIZE]
        url = with_params(d.KEMNAKER_URL, limit=KEMNAKER_PAGE_SIZE, skip=skip)
        out.append(("kemnaker_peserta_provinsi", url, d.json_page(page), "application/json"))
        if len(page) < KEMNAKER_PAGE_SIZE:
            break
    return out


def land_reports(raw: Path) -> list[tuple[str, str, str]]:
    """Land the report documents under `raw`; (source, sha256, address) of each."""
    store = RawStore(raw)
    landed = []
    for source, url, body, ctype in documents():
        result = store.land(url=url, source=source, body=body, status=200,
                            fetched_at=FETCHED_AT, content_type=ctype)
        landed.append((source, result.sha256, url))
    return landed


def main() -> None:
    """Command line: land the report documents in raw/ (or another directory)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=REPO / "raw", help="landing directory")
    for source, sha, url in land_reports(parser.parse_args().raw):
        print(f"{source:26} {sha[:12]}  {url}")


if __name__ == "__main__":
    main()
