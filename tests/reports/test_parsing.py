"""Report readers and the mapping, offline: the traps of the real samples, one test each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reports import documents as d
from tests.reports.make_pdf import PDF_PATH
from transforms.reports.areas import by_bps_code, resolve_report_area
from transforms.reports.bps import datacontent_key, parse_bps
from transforms.reports.document import process_report, read_table
from transforms.reports.mapping import Mapping, MetricRule, apply_mapping
from transforms.reports.numbers import NumberError, parse_number
from transforms.reports.table import Cell, Table
from transforms.reports.units import title_scale
from transforms.rows import Lineage

FIXTURES = Path(__file__).with_name("fixtures")
LINEAGE = Lineage("0123456789abcdef", "demo", "https://example.go.id/t", "a" * 64, "t", "run")


def facts_of(kind: str, body: bytes, mapping: Mapping) -> list[dict]:
    """The fact rows of one document (its article row must carry no error)."""
    row, facts, lineage = process_report(body, LINEAGE, kind=kind, mapping=mapping)
    assert row["error"] is None, row["error"]
    assert [x["fact_id"] for x in lineage] == [f["fact_id"] for f in facts]
    return facts


def by_period(facts: list[dict], metric: str) -> dict[str | None, float]:
    """{as_of: value} of one metric."""
    return {f["as_of"]: f["value"] for f in facts if f["metric"] == metric}


# -- numbers ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "count", "value"), [
    ("1.233", True, 1233.0), ("82.001", True, 82001.0), ("7.69", False, 7.69),
    ("6.7", False, 6.7), ("5,748", True, 5748.0), ("72,81", False, 72.81),
    ("0,7281", False, 0.7281), ("9.511,57", True, 9511.57), ("1.234.567", True, 1234567.0),
    ("28.515.358", False, 28515358.0), (3.0, True, 3.0), ("0", True, 0.0),
])
def test_separators_are_read_by_unit_and_digit_groups(text: str, count: bool,
                                                      value: float) -> None:
    assert parse_number(text, count=count) == value


@pytest.mark.parametrize("text", ["-", "n/a", "", "  ", None, "N/A", "–"])
def test_missing_markers_are_no_number(text: object) -> None:
    assert parse_number(text, count=True) is None


def test_a_word_is_an_error_not_a_zero() -> None:
    with pytest.raises(NumberError):
        parse_number("lima", count=True)


def test_thousands_dot_next_to_decimal_dot_in_one_table() -> None:
    table = Table("T", [Cell("Pekerja", "2023", "80.225", "2023"),
                        Cell("TPT", "2023", "7.69", "2023")])
    mapping = Mapping((MetricRule("Pekerja", "participants"),
                       MetricRule("TPT", "unemployed", unit="percent")), area="Kota Banjarmasin")
    facts = apply_mapping(table, mapping, LINEAGE, kind="html_table", dataset_id="x").facts
    assert {f["metric"]: f["value"] for f in facts} == {"participants": 80225.0,
                                                        "unemployed": 7.69}


def test_comma_thousands_and_comma_decimals_in_one_table_and_na_is_no_fact() -> None:
    mapping = Mapping((MetricRule("peserta program Jamsostek", "participants"),
                       MetricRule("Tingkat pengangguran terbuka", "unemployed",
                                  unit="percent")),
                      area="Kabupaten Lima Puluh Kota", label_column="uraian",
                      unit_column="satuan")
    facts = facts_of("html_table", d.limapuluhkota_html(), mapping)
    assert by_period(facts, "participants") == {"2022": 5748.0, "2023": 6928.0,
                                                "2024": 13482.0}
    assert by_period(facts, "unemployed") == {"2022": 3.72, "2023": 3.95, "2024": 3.68}
    assert all(f["as_of"] != "2021" for f in facts)  # "n/a" in 2021: no fact, no zero
    assert {f["area"] for f in facts} == {"Lima Puluh Kota"}
    assert all(f["flags"] == [] for f in facts)  # satuan "orang" / "%" agree with the mapping


def banjarmasin_mapping() -> Mapping:
    return Mapping((MetricRule("Perusahaan", "employers", exact=True),
                    MetricRule("Pekerja", "participants", exact=True)), area="Kota Banjarmasin")


def test_shifted_total_row_is_recomputed_never_loaded() -> None:
    row, facts, lineage = process_report(d.banjarmasin_html(), LINEAGE, kind="html_table",
                                         mapping=banjarmasin_mapping())
    assert len(facts) == 10 and not any(f["value"] in (83234.0, 88685.0) for f in facts)
    assert by_period(facts, "participants")["2024"] == 86329.0
    assert by_period(facts, "employers")["2020"] == 1233.0
    assert "adds rows of different metrics" in row["relevance_reason"]
    assert lineage[0]["definition"] == d.BANJARMASIN_DEFINITION
    assert lineage[0]["table_title"] == "Kepesertaan BPJS Ketenagakerjaan Kota Banjarmasin"


def test_wrong_total_row_flags_its_column() -> None:
    wrong = ("-", "83.234", "67.020", "99.999", "82.715", "88.685", "")
    row, facts, _ = process_report(d.banjarmasin_html(wrong), LINEAGE, kind="html_table",
                                   mapping=banjarmasin_mapping())
    flagged = {f["as_of"] for f in facts if "total_row_disagrees" in f["flags"]}
    assert flagged == {"2022"}
    assert "2022 states 99.999, the rows sum to 78015" in row["relevance_reason"]
    assert not any(f["value"] == 99999.0 for f in facts)


def test_unit_only_in_the_title_multiplies() -> None:
    assert title_scale("Penduduk Bekerja Menurut Kecamatan (Ribu Jiwa)") == 1000.0
    assert title_scale("PDRB (miliar rupiah)") == 1e9
    assert title_scale("Tingkat Pengangguran Terbuka (%)") == 1.0
    table = Table("Penduduk Bekerja (Ribu Jiwa)", [Cell("Bekerja", "2023", "9.511,57", "2023")])
    mapping = Mapping((MetricRule("Bekerja", "employed"),), area="Jawa Tengah")
    mapped = apply_mapping(table, mapping, LINEAGE, kind="bps", dataset_id="x")
    assert mapped.facts[0]["value"] == pytest.approx(9_511_570.0)
    assert mapped.lineage[0]["scale"] == 1000.0


def kemnaker_mapping() -> Mapping:
    return Mapping((MetricRule("jumlah_peserta_aktif", "participants"),),
                   area_column="nama_provinsi", area_code_column="kode_provinsi",
                   period_column="tahun", month_column="kode_bulan", unit_column="satuan")


def test_bom_in_the_first_key_and_html_inside_json() -> None:
    body = d.json_page(d.kemnaker_rows())
    assert body.startswith('{"message": "OK", "data": [{"ï»¿kode_provinsi"'.encode())
    facts = facts_of("json_rows", body, kemnaker_mapping())
    assert len(facts) == 28
    diy = next(f for f in facts if f["area"] == "DI Yogyakarta")
    assert (diy["value"], diy["as_of"], diy["area_mention"]) == (558681.0, "2023-12",
                                                                "DI Yogyakarta")
    babel = next(f for f in facts if f["area_code"] == "19")
    assert (babel["area"], babel["area_mention"]) == ("Kepulauan Bangka Belitung",
                                                     "Kep. Bangka Belitung")


def test_changed_schema_names_the_dataset_and_the_column() -> None:
    rows = [{k: v for k, v in r.items() if k != "jumlah_peserta_aktif"}
            for r in d.kemnaker_rows()]
    row, facts, _ = process_report(d.json_page(rows), LINEAGE, kind="json_rows",
                                   mapping=kemnaker_mapping())
    assert facts == []
    assert "dataset demo: column 'jumlah_peserta_aktif' missing" in row["error"]


def test_bps_keys_are_built_from_ids_never_split() -> None:
    body = (FIXTURES / "bps_var218_maluku.json").read_bytes()
    doc = json.loads(body)
    assert datacontent_key(1, 218, 0, 122, 10) == "1218012210"
    table = parse_bps(body, Mapping((MetricRule("Inflasi", "coverage_rate"),),
                                    areas_in_rows=True), dataset="bps218")
    assert len(table.cells) == len(doc["datacontent"]) == 56
    cells = {(c.area_mention, c.period): c.text for c in table.cells}
    assert cells[("Ambon", "2022-10")] == 4.61
    assert cells[("Tual", "2017-07")] == 10.16
    assert cells[("Tual", "2017")] == 9.41  # turtahun 13, Tahunan: the year
    assert ("Ambon", "2019-06") not in cells  # no key in datacontent: no cell


def test_bps_sample_kind_maps_a_vervar_row() -> None:
    mapping = Mapping((MetricRule("Buruh/Karyawan/Pegawai", "employed", "wage_earner"),),
                      area="Indonesia")
    facts = facts_of("bps", d.bps_json(), mapping)
    assert by_period(facts, "employed") == {"2008-02": 28515358.0, "2008-08": 28183773.0}
    assert {f["area_type"] for f in facts} == {"national"}


def test_pdf_table_rows_only_never_the_signature_block() -> None:
    mapping = Mapping((MetricRule("peserta program Jamsostek", "participants"),),
                      area="Kabupaten Lima Puluh Kota", table_match="Jamsostek",
                      unit_column="Satuan")
    table = read_table("pdf_table", PDF_PATH.read_bytes(), mapping, dataset="lkpj")
    text = " ".join(f"{c.row_label} {c.text}" for c in table.cells)
    assert "NIP" not in text and "NAMA PEJABAT" not in text
    facts = facts_of("pdf_table", PDF_PATH.read_bytes(), mapping)
    assert by_period(facts, "participants") == {"2022": 5748.0, "2023": 6928.0,
                                                "2024": 13482.0}
    assert all(not f["is_target"] for f in facts)  # targets are "-": no fact
    assert "Realisasi 2023" in {f["evidence"].split(" | ")[1].split(" = ")[0] for f in facts}


def test_ckan_csv_years_as_columns_with_decimal_dots() -> None:
    mapping = Mapping((MetricRule("Kota Banjarmasin", "unemployed", unit="percent"),),
                      area="Kota Banjarmasin", label_column="Tingkat Pengangguran Terbuka (%)")
    facts = facts_of("ckan", d.tpt_csv(), mapping)
    assert by_period(facts, "unemployed") == {"2019": 7.69, "2020": 8.32, "2021": 8.47,
                                              "2022": 6.96, "2023": 6.7}


# -- areas ------------------------------------------------------------------------------------

def test_a_bps_code_and_a_news_name_are_one_area() -> None:
    from transforms.gazetteer import resolve

    assert by_bps_code("3201") == resolve("Kabupaten Bogor") == by_bps_code(3201)
    assert resolve_report_area("KABUPATEN BOGOR") == resolve("Kabupaten Bogor")
    assert by_bps_code("3201000") == resolve("Kabupaten Bogor")  # SIMDASI's 7 digits
    assert by_bps_code("6371") == resolve("Kota Banjarmasin")


@pytest.mark.parametrize(("spelling", "name"), [
    ("Kep. Bangka Belitung", "Kepulauan Bangka Belitung"), ("DI Yogyakarta", "DI Yogyakarta"),
    ("Kepulauan Riau", "Kepulauan Riau"), ("D.I. Yogyakarta", "DI Yogyakarta"),
    ("Nusa Tenggara Barat", "Nusa Tenggara Barat"),
])
def test_ministry_spellings_of_provinces_resolve(spelling: str, name: str) -> None:
    rec = resolve_report_area(spelling)
    assert rec is not None and (rec.name, rec.area_type) == (name, "province")


def test_an_unknown_area_is_flagged_not_guessed() -> None:
    table = Table("T", [Cell("Pekerja", "2023", "10", "2023", area_mention="Atlantis")])
    mapping = Mapping((MetricRule("Pekerja", "participants"),), area_column="wilayah")
    fact = apply_mapping(table, mapping, LINEAGE, kind="json_rows", dataset_id="x").facts[0]
    assert (fact["area"], fact["area_type"], fact["flags"]) == ("Atlantis", "other",
                                                               ["area_unknown"])


def test_a_renamed_row_is_an_error_never_zero_facts() -> None:
    mapping = Mapping((MetricRule("Tenaga Kerja", "participants", exact=True),),
                      area="Kota Banjarmasin")
    row, facts, _ = process_report(d.banjarmasin_html(), LINEAGE, kind="html_table",
                                   mapping=mapping)
    assert facts == []
    assert "no row matches the mapping's labels ('Tenaga Kerja'); the table's rows: " \
           "'Perusahaan', 'Pekerja'" in row["error"]


def test_all_cells_missing_is_no_fact_and_no_error() -> None:
    table = Table("T", [Cell("Produktivitas", y, "-", y) for y in ("2023", "2024", "2025")])
    mapping = Mapping((MetricRule("Produktivitas", "employed"),), area="Kabupaten Lumajang")
    assert apply_mapping(table, mapping, LINEAGE, kind="html_table", dataset_id="x").facts == []


def test_ckan_xlsx_resource_is_read_as_text_cells() -> None:
    import io

    import pandas as pd

    buffer = io.BytesIO()
    rows = [{"No.": i, "Provinsi": name, "Kepesertaan Aktif": active}
            for i, (_, name, active, _) in enumerate(d.KEMNAKER_ROWS[:3], start=1)]
    pd.DataFrame(rows).to_excel(buffer, index=False)
    mapping = Mapping((MetricRule("Kepesertaan Aktif", "participants"),),
                      area_column="Provinsi", period="2023-12")
    facts = facts_of("ckan", buffer.getvalue(), mapping)
    assert {f["area"]: f["value"] for f in facts} == {
        "Aceh": 583638.0, "Sumatera Utara": 2057246.0, "Sumatera Barat": 710474.0}
    assert {f["as_of"] for f in facts} == {"2023-12"}
