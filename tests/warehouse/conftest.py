"""Fixtures: a fresh warehouse file in a temporary folder, and one loaded with the gold seeds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.warehouse.batches import seed_batch
from warehouse.db import connect
from warehouse.load import load_batch


@pytest.fixture
def master(tmp_path: Path) -> Path:
    """Where the master warehouse file goes."""
    return tmp_path / "cakupan.duckdb"


@pytest.fixture
def con(master: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A writable, migrated, empty warehouse."""
    connection = connect(master)
    yield connection
    connection.close()


@pytest.fixture
def seeded(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """The warehouse with the five gold seed articles loaded."""
    load_batch(con, seed_batch())
    return con
