"""Regional reports (official tables) → facts: pure parsing and mapping, no I/O.

Each kind's reader turns a landed document (bytes) into `Cell`s (row label, column, the cell's
text, area and period as the table states them); `transforms.reports.mapping` turns cells into
fact rows with their lineage, following the source's declarative mapping (extractors/sources.toml).
"""
