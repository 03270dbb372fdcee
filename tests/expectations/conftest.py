"""One GX start-up per session: the first validation pays the import (seconds), later ones not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.expectations.factories import RUN_ID, TODAY, fact, frame, rows


@pytest.fixture(scope="session")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Data Docs folder shared by the session (the runner is cached per folder)."""
    return tmp_path_factory.mktemp("gx") / "data_docs"


@pytest.fixture(scope="session")
def warm(docs_dir: Path) -> Path:
    """Validate a one-fact batch once so GX is imported and the checkpoints exist."""
    from expectations.validate import validate_facts

    validate_facts(frame(rows([fact()])), run_id=RUN_ID, docs_dir=docs_dir, today=TODAY)
    validate_facts(frame(rows([fact()])), run_id=RUN_ID, docs_dir=None, today=TODAY)
    return docs_dir
