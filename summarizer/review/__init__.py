"""Reviewing a briefing's attributions: the listing, reviewers' decisions, re-verification.

``review_trace`` is the listing of a trace with its review file's decisions applied;
``reviewed_trace`` is that reviewed trace itself, which ``summarizer render`` turns into a .docx.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarizer.render.trace_reader import load_trace
from summarizer.review.decisions import apply, file_sha256, load_decisions, review_path
from summarizer.review.listing import listing

__all__ = ["review_trace", "reviewed_trace"]


def reviewed_trace(path: Path) -> dict[str, Any]:
    """The trace at ``path`` with every decision of its review file applied (checked first)."""
    trace = load_trace(path)
    return apply(trace, load_decisions(path, file_sha256(path)), review_path(path))


def review_trace(path: Path, show_all: bool = False) -> str:
    return listing(reviewed_trace(path), show_all=show_all)
