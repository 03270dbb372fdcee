"""The warehouse's own errors: one clear line for the user, never a traceback."""

from __future__ import annotations

#: How an article's error starts when its landed file could not be read; such a page is not
#: counted as processed (warehouse.load.processed_pages), so it is parsed again once it heals.
UNREADABLE_RAW_PAGE = "raw page unreadable"

#: `quarantine.severity` of a fact the load gate held back (expectations.gate.HELD_BACK).
HELD_BACK_SEVERITY = "held_back"


class WarehouseError(RuntimeError):
    """The warehouse file cannot be opened, migrated, loaded or published (message says why)."""


class WarehouseBusy(WarehouseError):
    """Another run holds the writer lock; the message names the holder."""
