"""How a run ended, told to schedulers: the exit code of `cakupan` and the Prefect flow-run state.

One table, so the CLI, the flows and the README cannot drift apart:

| outcome | runs.status | exit code | Prefect state |
| --- | --- | --- | --- |
| every source ok | ok | 0 | Completed |
| some sources (or pages) failed, or the gate held one back | partial | 3 | Failed, "Partial" |
| every source ran; only some facts were quarantined (with reasons) | partial | 0 | Completed |
| every source failed, or the gate held back every source | failed | 1 | Failed |

Exit code 2 stays the usage and configuration error (a bad flag, an unknown source, a busy
warehouse), 70 an internal error, 130 an interrupt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3

#: runs.status -> exit code of `cakupan run`, `reprocess`, `backfill`.
EXIT_CODES: Mapping[str, int] = {"ok": EXIT_OK, "partial": EXIT_PARTIAL, "failed": EXIT_FAILED}


def exit_code(status: str) -> int:
    """The exit code for a run's status: a scheduler alerts on anything but 0."""
    return EXIT_CODES.get(status, EXIT_FAILED)


def failing_sources(summary: Any) -> list[str]:
    """Sources that failed or lost pages (each has a cause); quarantined facts alone are not."""
    return sorted(k for k, t in summary.sources.items() if t.status != "ok" and t.cause)


def summary_exit_code(summary: Any) -> int:
    """The exit code of a finished run: a run whose only blemish is quarantined facts exits 0
    (issue 16: odd figures never stop a nightly run), a failed source exits non-zero."""
    if summary.status == "partial" and not failing_sources(summary):
        return EXIT_OK
    return exit_code(summary.status)


def flow_state(summary: Any) -> Any:
    """The flow run's final Prefect state: Completed only when the run is ok (data: the summary)."""
    from prefect.states import Completed, Failed

    failed = sorted(k for k, t in summary.sources.items() if t.status == "failed")
    partial = sorted(k for k, t in summary.sources.items() if t.status == "partial")
    if summary_exit_code(summary) == EXIT_OK:
        return Completed(message=f"run {summary.run_id}: {summary.status}", data=summary)
    parts = []
    if failed:
        parts.append(f"{len(failed)} of {len(summary.sources)} sources failed "
                     f"({', '.join(failed)})")
    if partial:
        parts.append(f"pages failed in {', '.join(partial)}")
    what = "; ".join(parts)
    if summary.status == "partial":
        return Failed(name="Partial", message=f"run {summary.run_id}: {what}", data=summary)
    reason = what if failed else "; ".join(summary.notes[-1:]) or what or "the run failed"
    return Failed(message=f"run {summary.run_id}: {reason}", data=summary)


def summary_of(state: Any) -> Any:
    """The RunSummary a flow run returned, whatever its final state (for the CLI and tests)."""
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):  # the flow raised (a bad source id, a busy warehouse)
        raise result
    return result


def run_flow(flow: Any, **parameters: Any) -> Any:
    """Call a flow and return its RunSummary even when the run ended Failed or Partial."""
    return summary_of(flow(**parameters, return_state=True))
