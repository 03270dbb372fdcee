"""The warehouse's own errors: one clear line for the user, never a traceback."""

from __future__ import annotations


class WarehouseError(RuntimeError):
    """The warehouse file cannot be opened, migrated, loaded or published (message says why)."""


class WarehouseBusy(WarehouseError):
    """Another run holds the writer lock; the message names the holder."""
