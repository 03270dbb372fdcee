"""The sources registry: the shipped file loads; each mistake names the file, entry and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.sources import DEFAULT_SOURCES_PATH, Politeness, SourcesError, load_sources

GOOD = """
[[source]]
id = "demo_1"
name = "Demo"
base_url = "https://www.demo.example"
sitemap = "https://www.demo.example/sitemap.xml"
keywords = ["BPJS Ketenagakerjaan"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_registry_declares_the_five_seed_outlets_unverified() -> None:
    sources = {s.id: s for s in load_sources(DEFAULT_SOURCES_PATH)}
    assert set(sources) == {
        "radioidola",
        "suaramerdeka_kedu",
        "magelangekspres",
        "rri",
        "jambiekspres",
    }
    hosts = {s.id: s.hosts for s in sources.values()}
    assert "www.radioidola.com" in hosts["radioidola"]
    assert "www.suaramerdeka-kedu.com" in hosts["suaramerdeka_kedu"]
    assert "magelangekspres.disway.id" in hosts["magelangekspres"]
    assert "www.rri.co.id" in hosts["rri"]
    assert "jambiekspres.disway.id" in hosts["jambiekspres"]
    assert all(s.verified is False for s in sources.values())
    assert all(s.sitemap or s.feed or s.listing for s in sources.values())


def test_header_documents_every_option_with_its_default() -> None:
    header = DEFAULT_SOURCES_PATH.read_text(encoding="utf-8").split("\n[[source]]")[0]
    defaults = Politeness()
    for name in Politeness.__dataclass_fields__:
        value = getattr(defaults, name)
        shown = f'"{value}"' if isinstance(value, str) else str(value)
        lines = [ln for ln in header.splitlines() if ln.startswith(f"#   {name} ")]
        assert lines and f"= {shown}" in lines[0], name
    for key in ("sitemap", "feed", "listing", "selectors", "allowed_hosts", "verified", "keywords",
                "url_filter"):
        assert key in header


def test_a_good_entry_loads_with_defaults_and_overrides(tmp_path: Path) -> None:
    text = GOOD + 'rate_per_second = 0.5\nmax_pages = 10\nselectors = { body = "div.isi" }\n'
    (src,) = load_sources(write(tmp_path, text))
    assert src.id == "demo_1" and src.keywords == ("BPJS Ketenagakerjaan",)
    assert src.politeness.rate_per_second == 0.5 and src.politeness.max_pages == 10
    assert src.politeness.max_retries == Politeness().max_retries
    assert src.selectors is not None and src.selectors.body == "div.isi"
    assert src.hosts == frozenset({"www.demo.example"})


BAD = [
    # (replace this, with this, expected words in the message)
    ('id = "demo_1"', 'id = "demo-1"', ["source #1", "field 'id'", "letters"]),
    ('sitemap = "https://www.demo.example/sitemap.xml"\n', "", ["field 'sitemap'", "no discovery"]),
    (
        'name = "Demo"',
        'name = "Demo"\nsitemapp = "x"',
        ["(demo_1)", "field 'sitemapp'", "unknown key"],
    ),
    (
        'base_url = "https://www.demo.example"',
        'base_url = "www.demo.example"',
        ["field 'base_url'"],
    ),
    (
        'base_url = "https://www.demo.example"',
        'base_url = "ftp://demo.example"',
        ["field 'base_url'"],
    ),
    ('keywords = ["BPJS Ketenagakerjaan"]', "keywords = []", ["field 'keywords'"]),
    ('name = "Demo"\n', "", ["field 'name'", "missing"]),
    ('name = "Demo"', 'name = "Demo"\nrate_per_second = -1', ["field 'rate_per_second'"]),
    ('name = "Demo"', 'name = "Demo"\nmax_retries = "3"', ["field 'max_retries'"]),
    (
        'name = "Demo"',
        'name = "Demo"\nlisting = "https://demo.example/p"',
        ["field 'listing'", "{page}"],
    ),
    ('name = "Demo"', 'name = "Demo"\nselectors = { headline = "h1" }', ["selectors.headline"]),
    ('name = "Demo"', 'name = "Demo"\nallowed_hosts = ["https://x.example/"]', ["allowed_hosts"]),
    ('name = "Demo"', 'name = "Demo"\nverified = "yes"', ["field 'verified'"]),
]


@pytest.mark.parametrize(("old", "new", "words"), BAD)
def test_bad_entries_fail_with_file_entry_and_field(
    tmp_path: Path, old: str, new: str, words: list[str]
) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(SourcesError) as err:
        load_sources(path)
    message = str(err.value)
    assert str(path) in message
    for word in words:
        assert word in message


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(
        SourcesError, match=r"source #2 \(demo_1\): field 'id': duplicate of source #1"
    ):
        load_sources(write(tmp_path, GOOD + GOOD))


def test_unreadable_and_malformed_files_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="cannot read"):
        load_sources(tmp_path / "missing.toml")
    with pytest.raises(SourcesError, match="not valid TOML"):
        load_sources(write(tmp_path, "[[source]\nid = 1"))
    with pytest.raises(SourcesError, match="unknown top-level"):
        load_sources(write(tmp_path, GOOD + "\n[defaults]\nx = 1\n"))


def test_url_filter_is_keywords_by_default_none_on_request_and_nothing_else(
    tmp_path: Path,
) -> None:
    (default,) = load_sources(write(tmp_path, GOOD))
    assert default.url_filter == "keywords"
    (every,) = load_sources(write(tmp_path, GOOD + 'url_filter = "none"\n'))
    assert every.url_filter == "none"
    for bad in ('"all"', "false", '"None"'):
        with pytest.raises(SourcesError, match=r"source #1 \(demo_1\): field 'url_filter': .* "
                                               r"must be one of 'keywords', 'none'"):
            load_sources(write(tmp_path, GOOD + f"url_filter = {bad}\n"))
