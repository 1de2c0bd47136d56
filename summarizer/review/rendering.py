"""``summarizer render TRACE``: the .docx rebuilt from the trace and its reviewers' decisions.

Reads JSON and writes Word; no model of any kind is loaded (nor imported), so it takes seconds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from summarizer.render.docx_writer import write_briefing
from summarizer.render.trace_reader import briefing_from_trace
from summarizer.review import reviewed_trace

Report = Callable[[str], None]


def render_paths(trace_path: Path, trace: dict[str, Any], output_folder: Path | None, final: bool) -> Path:
    """Where ``summarizer render`` writes: the trace's own .docx name (``-final`` added for the
    send-out copy), in ``output_folder`` or beside the trace."""
    folder = output_folder or trace_path.parent
    name = trace.get("briefing_file")
    stem = Path(name).stem if isinstance(name, str) and name.endswith(".docx") and "/" not in name else trace_path.stem
    return folder / (f"{stem}-final.docx" if final else f"{stem}.docx")


def run_render(trace_path: Path, *, output_folder: Path | None, final: bool, report: Report) -> Path:
    """Rebuild the .docx from the trace and its reviewers' decisions; no model is loaded."""
    reviewed = reviewed_trace(trace_path)
    briefing = briefing_from_trace(reviewed)
    path = render_paths(trace_path, reviewed, output_folder, final)
    if output_folder is not None:
        output_folder.mkdir(parents=True, exist_ok=True)
    open_flags = [s["id"] for s in reviewed["sentences"] if s["verdict"] != "supported" and not s.get("review")]
    if final and open_flags:
        report(f"warning: {len(open_flags)} flagged sentences were not reviewed and go out as they are: "
               + ", ".join(open_flags))
    write_briefing(briefing, path, final=final)
    return path
