"""Article text to coverage facts: pure rules, no I/O, no Prefect, no DuckDB."""
