"""Report entries in sources.toml: the shipped ones load, and every mistake is a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.reports.spec import ReportSource
from extractors.sources import DEFAULT_SOURCES_PATH, SourcesError, load_sources

ENTRY = """
[[source]]
id = "demo_report"
kind = "json_rows"
name = "Demo dataset"
url = "https://data.example.go.id/api/bigdata/demo"
area_code_column = "kode_kabupaten_kota"
period_column = "tahun"

[[source.metric]]
label = "jumlah_peserta"
metric = "participants"
"""


def load(tmp_path: Path, text: str) -> list:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return load_sources(path)


def test_shipped_registry_has_one_report_of_each_kind() -> None:
    reports = [s for s in load_sources(DEFAULT_SOURCES_PATH) if isinstance(s, ReportSource)]
    assert {s.kind for s in reports} == {"ckan", "html_table", "json_rows", "bps", "pdf_table"}
    bps = next(s for s in reports if s.kind == "bps")
    assert "{key}" in bps.url and "webapi.bps.go.id" in bps.hosts


def test_a_dataset_is_one_entry(tmp_path: Path) -> None:
    (source,) = load(tmp_path, ENTRY)
    assert isinstance(source, ReportSource)
    assert source.mapping.metrics[0].metric == "participants"
    assert source.mapping.area_code_column == "kode_kabupaten_kota"
    assert source.hosts == frozenset({"data.example.go.id"})


@pytest.mark.parametrize(("change", "message"), [
    (('kind = "json_rows"', 'kind = "xlsx_magic"'), "field 'kind': 'xlsx_magic' is not news"),
    (('metric = "participants"', 'metric = "peserta"'), "field 'metric #1.metric': 'peserta'"),
    (('area_code_column = "kode_kabupaten_kota"\n', ''), "field 'area': say where the area is"),
    (('period_column = "tahun"\n', ''), "field 'period': say where the period is"),
    (('label = "jumlah_peserta"', 'label = "jumlah_peserta"\nunit = "orang"'),
     "field 'metric #1.unit': 'orang' is not one of"),
    (('[[source.metric]]\nlabel = "jumlah_peserta"\nmetric = "participants"\n', ''),
     "field 'metric': missing"),
    (('period_column = "tahun"', 'period_column = "tahun"\nnumber_format = "us"'),
     "field 'number_format'"),
    (('period_column = "tahun"', 'period = "2023-13"'), "field 'period': '2023-13'"),
    (('period_column = "tahun"', 'period_column = "tahun"\nsitemap = "https://x.id/s.xml"'),
     "field 'sitemap': unknown key for a report"),
])
def test_mistakes_name_the_entry_and_the_field(tmp_path: Path, change: tuple[str, str],
                                               message: str) -> None:
    old, new = change
    assert old in ENTRY
    with pytest.raises(SourcesError, match="source #1 \\(demo_report\\)") as err:
        load(tmp_path, ENTRY.replace(old, new))
    assert message in str(err.value)


def test_a_bps_address_must_leave_the_key_to_the_environment(tmp_path: Path) -> None:
    text = ENTRY.replace('kind = "json_rows"', 'kind = "bps"').replace(
        "api/bigdata/demo", "v1/api/list/model/data/domain/0000/var/1/key/abc123/")
    with pytest.raises(SourcesError, match=r"must hold '\{key\}'.*CAKUPAN_BPS_KEY"):
        load(tmp_path, text)
