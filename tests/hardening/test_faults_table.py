"""The faults table stays honest: every test it names exists, every hardening table case is in
it, and the README's Faults section shows the same table as docs/faults.md."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.hardening.harness import REPO

FAULTS = REPO / "docs" / "faults.md"
README = REPO / "README.md"
HARDENING = Path(__file__).parent
TEST_REF = re.compile(r"`(tests/[\w/]+\.py)::(test_\w+)`")


def table(text: str, start: str, end: str) -> list[str]:
    """The Markdown table rows between two markers."""
    assert start in text and end in text, f"markers {start} / {end} missing"
    body = text.split(start, 1)[1].split(end, 1)[0]
    return [line for line in body.splitlines() if line.startswith("|")]


def functions_of(path: Path) -> set[str]:
    """Names of the module-level test functions of a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in tree.body
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name.startswith("test_")}


def is_table_case(node: ast.expr) -> bool:
    """True for `pytest.mark.table_case` (alone or in a list)."""
    if isinstance(node, ast.List | ast.Tuple):
        return any(is_table_case(e) for e in node.elts)
    return ast.unparse(node).endswith("mark.table_case")


def table_cases(path: Path) -> set[str]:
    """Tests of a file marked `table_case`, by the module's pytestmark or a decorator."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    whole = any(isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "pytestmark"
                                                  for t in n.targets) and is_table_case(n.value)
                for n in tree.body)
    return {n.name for n in tree.body
            if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")
            and (whole or any(is_table_case(d) for d in n.decorator_list))}


def rows() -> list[str]:
    """The rows of the table in docs/faults.md."""
    return table(FAULTS.read_text(encoding="utf-8"), "<!-- table:start -->", "<!-- table:end -->")


def test_every_named_test_exists() -> None:
    named = TEST_REF.findall("\n".join(rows()))
    assert len(named) > 20
    missing = [f"{f}::{t}" for f, t in named
               if not (REPO / f).is_file() or t not in functions_of(REPO / f)]
    assert not missing, f"docs/faults.md names tests that do not exist: {missing}"


def test_every_row_names_a_test_and_says_what_was_lost() -> None:
    header, _, *body = rows()
    assert header.startswith("| fault or bad input | what the pipeline did | lost | test |")
    for row in body:
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert len(cells) == 4 and all(cells), row
        assert TEST_REF.search(cells[3]), row


def test_every_table_case_of_the_hardening_suite_is_in_the_table() -> None:
    named = set(TEST_REF.findall("\n".join(rows())))
    cases = {(f"tests/hardening/{p.name}", t) for p in sorted(HARDENING.glob("test_*.py"))
             for t in table_cases(p)}
    assert len(cases) > 20
    absent = sorted(f"{f}::{t}" for f, t in cases - named)
    assert not absent, f"table cases missing from docs/faults.md: {absent}"


def test_the_readme_shows_the_same_table() -> None:
    readme = table(README.read_text(encoding="utf-8"), "<!-- faults:start -->",
                   "<!-- faults:end -->")
    assert readme == rows(), "copy the table of docs/faults.md into README.md's Faults section"
