"""Areas and offices: normalisation of how articles name them, and the shipped tables."""

from __future__ import annotations

import pytest

from transforms.gazetteer import all_areas, resolve

RESOLVE_CASES = [
    ("Jateng", ("Jawa Tengah", "province", "33")),
    ("Jatim", ("Jawa Timur", "province", "35")),
    ("Jabar", ("Jawa Barat", "province", "32")),
    ("DIY", ("DI Yogyakarta", "province", "34")),
    ("Yogyakarta", ("DI Yogyakarta", "province", "34")),
    ("Kab. Demak", ("Demak", "regency", "33.21")),
    ("Kabupaten Demak", ("Demak", "regency", "33.21")),
    ("Pemkab Demak", ("Demak", "regency", "33.21")),
    ("Kota Magelang", ("Magelang", "city", "33.71")),
    ("Pemkot Magelang", ("Magelang", "city", "33.71")),
    ("Magelang", ("Magelang", "regency", "33.08")),
    ("Kediri", ("Kediri", "regency", "35.06")),
    ("Provinsi Jambi", ("Jambi", "province", "15")),
    ("Pemprov Jambi", ("Jambi", "province", "15")),
    ("Jambi", ("Jambi", "province", "15")),
    ("nasional", ("Indonesia", "national", None)),
    ("Indonesia", ("Indonesia", "national", None)),
    ("seluruh Indonesia", ("Indonesia", "national", None)),
    ("Kanwil Jateng-DIY", ("Jateng-DIY", "regional_office", None)),
    ("Jateng-DIY", ("Jateng-DIY", "regional_office", None)),
    ("Kantor Wilayah Jawa Tengah dan DI Yogyakarta", ("Jateng-DIY", "regional_office", None)),
    ("Kanwil Jatim", ("Jatim", "regional_office", None)),
    ("Kanwil Sumbagsel", ("Sumbagsel", "regional_office", None)),
    ("Kanwil DKI Jakarta", ("DKI Jakarta", "regional_office", None)),
    ("Kanwil Banten", ("Banten", "regional_office", None)),
    ("Kanwil Bali Nusa Tenggara Papua", ("Bali Nusa Tenggara Papua", "regional_office", None)),
    ("Kantor Cabang Semarang Majapahit", ("Semarang Majapahit", "branch", None)),
    ("Cabang Kediri", ("Kediri", "branch", None)),
    ("Cabang BPJamsostek Kediri", ("Kediri", "branch", None)),
    ("KCP Purwokerto", ("Purwokerto", "branch", None)),
    ("Papua Pegunungan", ("Papua Pegunungan", "province", "95")),
]


@pytest.mark.parametrize(("name", "expected"), RESOLVE_CASES)
def test_resolve(name: str, expected: tuple[str, str, str | None]) -> None:
    rec = resolve(name)
    assert rec is not None
    assert (rec.name, rec.area_type, rec.code) == expected


@pytest.mark.parametrize("name", ["", "   ", "xyz", "Kabupaten", "Kanwil Atlantis"])
def test_resolve_unknown(name: str) -> None:
    assert resolve(name) is None


def test_branch_parent_is_the_place_of_its_name() -> None:
    assert resolve("Cabang Kediri").parent == "Kediri"
    assert resolve("Kantor Cabang Semarang Majapahit").parent == "Semarang"


def test_tables_are_complete_and_consistent() -> None:
    areas = list(all_areas())
    by_type: dict[str, int] = {}
    for a in areas:
        by_type[a.area_type] = by_type.get(a.area_type, 0) + 1
    assert by_type["province"] == 38
    assert by_type["regency"] + by_type["city"] == 514
    assert by_type["national"] == 1
    names = {(a.name, a.area_type) for a in areas}
    provinces = {a.name for a in areas if a.area_type == "province"}
    for a in areas:
        if a.area_type in ("regency", "city"):
            assert a.parent in provinces, a
        if a.area_type == "province":
            assert a.parent == "Indonesia" and a.code and len(a.code) == 2
    assert len(names) == len(areas), "every (name, type) once"
    codes = [a.code for a in areas if a.code]
    assert len(codes) == len(set(codes)), "codes are unique"
    for a in areas:
        if a.code and a.area_type in ("regency", "city"):
            province = next(p for p in areas if p.name == a.parent and p.area_type == "province")
            assert a.code.startswith(province.code + ".")


@pytest.mark.parametrize(("spelling", "name", "area_type"), [
    # press abbreviations of regencies with long names
    ("Rohul", "Rokan Hulu", "regency"),
    ("Kabupaten Inhil", "Indragiri Hilir", "regency"),
    ("Tanjabbar", "Tanjung Jabung Barat", "regency"),
    ("Labura", "Labuhanbatu Utara", "regency"),
    ("Boltim", "Bolaang Mongondow Timur", "regency"),
    ("Bolmong Selatan", "Bolaang Mongondow Selatan", "regency"),
    # spaced and joined spellings of one name
    ("Labuhan Batu", "Labuhanbatu", "regency"),
    # regencies renamed after the source list was made, under both names
    ("Toba", "Toba", "regency"),
    ("Kabupaten Toba Samosir", "Toba", "regency"),
    # the older spelling of the province type word, and a main branch (KCU)
    ("Propinsi Lampung", "Lampung", "province"),
    ("Kantor Cabang Utama Palembang", "Palembang", "branch"),
    # regional offices named by their provinces, in the spellings the press uses
    ("Wilayah Sumatra Bagian Tengah", "Sumbagteng", "regional_office"),
    ("Kanwil Bali-Nusra", "Bali Nusa Tenggara Papua", "regional_office"),
    ("Kanwil Sumbar Riau-Kepri", "Sumbarriau", "regional_office"),
    ("Kanwil Sulawesi-Maluku", "Sulawesi Maluku", "regional_office"),
])
def test_press_spellings_resolve(spelling: str, name: str, area_type: str) -> None:
    rec = resolve(spelling)
    assert rec is not None and (rec.name, rec.area_type) == (name, area_type)


def test_a_branch_named_by_its_district_is_the_city_branch() -> None:
    rec = resolve("Cabang Nagoya")
    assert rec is not None and rec.area_type == "branch" and rec.parent == "Batam"
