"""`cakupan` with one test-only pause point, so a test can SIGKILL a run at an exact stage.

Off unless `CAKUPAN_TEST_PAUSE_AT` names a stage; the hook lives here, in the tests, and wraps
the product's own functions in this child process only (docs/faults.md lists the stages):

- `land`: a fetched page's file is written, its manifest row not yet appended;
- `load`: the batch's statements ran inside the load transaction, the commit not yet made;
- `publish`: the published copy is written to its temporary file, not yet renamed into place.

At the pause the process writes the stage name to `CAKUPAN_TEST_PAUSE_FILE` and sleeps.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def pause(stage: str) -> None:
    """Tell the test where we are, then wait to be killed."""
    Path(os.environ["CAKUPAN_TEST_PAUSE_FILE"]).write_text(stage, encoding="utf-8")
    time.sleep(600)


def pause_after(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn`, then the pause."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = fn(*args, **kwargs)
        pause(stage)
        return result

    return wrapper


def install(stage: str) -> None:
    """Wrap the function where `stage` pauses."""
    if stage == "land":
        import extractors.landing as landing

        append = landing._append_line

        def before_manifest_row(path: Path, obj: dict[str, Any]) -> None:
            if path.name == "manifest.jsonl":
                pause(stage)
            append(path, obj)

        landing._append_line = before_manifest_row
    elif stage == "load":
        import warehouse.load as load

        load._apply = pause_after(stage, load._apply)
    elif stage == "publish":
        import warehouse.publish as publish

        publish._check_copy = pause_after(stage, publish._check_copy)
    else:
        raise SystemExit(f"CAKUPAN_TEST_PAUSE_AT={stage!r}: not land, load or publish")


if __name__ == "__main__":
    if os.environ.get("CAKUPAN_TEST_PAUSE_AT"):
        install(os.environ["CAKUPAN_TEST_PAUSE_AT"])
    from flows.cli import main

    sys.argv[0] = "cakupan"
    main()
