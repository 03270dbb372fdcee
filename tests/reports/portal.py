"""A local portal over real HTTP (tests.httpmirror) serving one report of each kind.

Static documents are files under a temporary mirror folder; answers that depend on the query
string (pages of `limit`/`skip` rows, package_show, the keyed BPS address) are served as the
server's per-path bodies. Faults are injected in the server, as for news mirrors.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.httpmirror import Fault, MirrorServer
from tests.reports import documents as d
from tests.reports.make_pdf import PDF_PATH

BPS_KEY = "t3st-k3y-0000"
JSON = {"Content-Type": "application/json"}
PAGE_SIZE = 10

#: One TOML entry per kind, for the portal ({{BASE}} is the server).
ENTRIES: dict[str, str] = {
    "lpk_html": """
[[source]]
id = "lpk_html"
kind = "html_table"
name = "Lima Puluh Kota IKD (mirror)"
url = "{{BASE}}/dataset/ikd.html"
area = "Kabupaten Lima Puluh Kota"
label_column = "uraian"
unit_column = "satuan"
rate_per_second = 200
max_retries = 2
backoff_base = 0.1

[[source.metric]]
label = "peserta program Jamsostek"
metric = "participants"
""",
    "kemnaker_json": """
[[source]]
id = "kemnaker_json"
kind = "json_rows"
name = "Kemnaker provinces (mirror)"
url = "{{BASE}}/api/bigdata/peserta"
page_size = 10
area_column = "nama_provinsi"
area_code_column = "kode_provinsi"
period_column = "tahun"
month_column = "kode_bulan"
rate_per_second = 200
max_retries = 2
backoff_base = 0.1

[[source.metric]]
label = "jumlah_peserta_aktif"
metric = "participants"
""",
    "tpt_ckan": """
[[source]]
id = "tpt_ckan"
kind = "ckan"
name = "TPT Banjarmasin (CKAN mirror)"
url = "{{BASE}}"
dataset = "tpt"
area = "Kota Banjarmasin"
label_column = "Tingkat Pengangguran Terbuka (%)"
rate_per_second = 200
max_retries = 2
backoff_base = 0.1

[[source.metric]]
label = "Kota Banjarmasin"
metric = "unemployed"
unit = "percent"
""",
    "bps_status": """
[[source]]
id = "bps_status"
kind = "bps"
name = "BPS status pekerjaan (mirror)"
url = "{{BASE}}/v1/api/list/model/data/domain/0000/var/1911/key/{key}/"
area = "Indonesia"
rate_per_second = 200
max_retries = 2
backoff_base = 0.1

[[source.metric]]
label = "Buruh/Karyawan/Pegawai"
metric = "employed"
segment = "wage_earner"
""",
    "lkpj_pdf": """
[[source]]
id = "lkpj_pdf"
kind = "pdf_table"
name = "LKPJ Lima Puluh Kota (mirror)"
url = "{{BASE}}/dokumen/lkpj.pdf"
area = "Kabupaten Lima Puluh Kota"
table_match = "Jamsostek"
rate_per_second = 200
max_retries = 2
backoff_base = 0.1

[[source.metric]]
label = "peserta program Jamsostek"
metric = "participants"
""",
}


def build_portal(root: Path) -> Path:
    """The static files of the portal under `root`."""
    (root / "dataset").mkdir(parents=True, exist_ok=True)
    (root / "dataset" / "ikd.html").write_bytes(d.limapuluhkota_html())
    (root / "files").mkdir(exist_ok=True)
    (root / "files" / "tpt.csv").write_bytes(d.tpt_csv())
    (root / "dokumen").mkdir(exist_ok=True)
    (root / "dokumen" / "lkpj.pdf").write_bytes(PDF_PATH.read_bytes())
    return root


def serve_dynamic(server: MirrorServer, rows: list[dict] | None = None) -> None:
    """The query-dependent answers: JSON pages, package_show, the keyed BPS call."""
    rows = d.kemnaker_rows() if rows is None else rows
    for skip in range(0, len(rows) + PAGE_SIZE, PAGE_SIZE):
        body = d.json_page(rows[skip:skip + PAGE_SIZE])
        server.fault(f"/api/bigdata/peserta?limit={PAGE_SIZE}&skip={skip}",
                     Fault(body=body, headers=JSON), times=None)
    package = d.ckan_package(server.base_url, server.url("/files/tpt.csv"))
    server.fault("/api/3/action/package_show?id=tpt", Fault(body=package, headers=JSON),
                 times=None)
    server.fault(f"/v1/api/list/model/data/domain/0000/var/1911/key/{BPS_KEY}/",
                 Fault(body=d.bps_json(), headers=JSON), times=None)
    _datastore(server)


def _datastore(server: MirrorServer) -> None:
    """datastore_search pages (limit/offset) of the TPT resource, CKAN's JSON envelope."""
    records = [{"_id": i, "tahun": y, "tpt": v} for i, (y, v) in
               enumerate(d.BANJARMASIN_TPT, start=1)]
    for offset in (0, 2, 4, 6):
        body = json.dumps({"success": True, "result": {"records": records[offset:offset + 2],
                                                       "total": len(records)}}).encode()
        server.fault(f"/api/3/action/datastore_search?resource_id=res-csv&limit=2&offset="
                     f"{offset}", Fault(body=body, headers=JSON), times=None)
