"""Reviewers' decisions, kept in a review file beside the trace (schema ``briefing-review/1``).

The trace stays what the run wrote; ``briefing-YYYY-MM-DD.review.json`` beside it holds the
decisions in the order they were made, each with the reviewer, the time and, for a decision that
changes a sentence, the fields it changed (``changes``) and what they were before (``previous``).
The reviewed briefing is the trace with the decisions applied in order (``apply``), so a render
needs no model, and a second reviewer's decisions are appended after the first's.

Every decision is saved as it is made: the file is re-read under a lock on the trace (another
reviewer may have saved meanwhile), the decision appended, the previous file copied to
``.review.json.bak`` and the new one written atomically. The review file names the trace's
sha256: decisions made on one run of the briefing are never applied to another.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from summarizer.errors import InputError
from summarizer.render.atomic import atomic_write
from summarizer.render.trace_reader import paragraph_ids

REVIEW_SCHEMA = "briefing-review/1"
ACTIONS = ("accept", "reject", "cite", "edit", "restore_draft")
CONTENT_ACTIONS = ("cite", "edit", "restore_draft")  # they change the sentence and re-verify it

# The sentence fields a decision may change; every other field of the trace's sentence is
# carried through as the run wrote it.
CHANGEABLE = ("text", "origin", "rejected_draft", "rejected_because", "verdict", "reason", "score",
              "signals", "citations")


def review_path(trace: Path) -> Path:
    """``briefing-2026-11-22.json`` → ``briefing-2026-11-22.review.json``."""
    return trace.with_name(trace.stem + ".review.json")


def backup_path(trace: Path) -> Path:
    return trace.with_name(trace.stem + ".review.json.bak")


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def load_decisions(trace: Path, trace_sha256: str) -> list[dict[str, Any]]:
    """The decisions recorded for ``trace`` (none when there is no review file yet)."""
    path = review_path(trace)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except UnicodeDecodeError:
        raise InputError(path, "not a review file: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"not a review file: invalid JSON ({error})") from None
    if not isinstance(data, dict) or data.get("schema") != REVIEW_SCHEMA:
        found = data.get("schema") if isinstance(data, dict) else None
        raise InputError(path, f"unknown review file schema {found!r} (this version reads {REVIEW_SCHEMA!r})")
    if data.get("trace_sha256") != trace_sha256:
        raise InputError(
            path,
            f"made for another run of {trace.name} (the trace changed since); move it away to review "
            "the new briefing afresh",
        )
    decisions = data.get("decisions")
    if not isinstance(decisions, list):
        raise InputError(path, "damaged review file: 'decisions' is not a list")
    for number, decision in enumerate(decisions, 1):
        if not isinstance(decision, dict) or decision.get("action") not in ACTIONS \
                or not isinstance(decision.get("sentence_id"), str) or not isinstance(decision.get("reviewer"), str) \
                or not isinstance(decision.get("changes", {}), dict):
            raise InputError(path, f"damaged review file: decision {number} lacks its sentence_id, action, "
                                   "reviewer or changes")
    return decisions


def record(trace: Path, decision: dict[str, Any]) -> int:
    """Save ``decision`` at once: append it to the review file (made if missing), keeping the
    previous file as the backup. Returns how many decisions the file now holds."""
    path = review_path(trace)
    with _locked(trace):
        sha = file_sha256(trace)
        decisions = load_decisions(trace, sha)
        decisions.append(decision)
        data = {"schema": REVIEW_SCHEMA, "trace": trace.name, "trace_sha256": sha, "decisions": decisions}
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        if path.exists():
            previous = path.read_bytes()
            atomic_write(backup_path(trace), lambda tmp: tmp.write_bytes(previous))
        atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return len(decisions)


def apply(trace: dict[str, Any], decisions: list[dict[str, Any]], source: Path | str) -> dict[str, Any]:
    """The reviewed trace: a copy of ``trace`` with ``decisions`` applied in order. Each decided
    sentence gets ``review = {"status", "decisions": [{action, reviewer, at}]}``; status is
    "rejected" when its last decision rejects it, "revised" when a decision changed it, else
    "accepted". The trace gets ``review = {"decisions": n, "reviewers": {name: sentences}}``.
    A decision on a sentence or paragraph the trace lacks is an InputError naming ``source``."""
    reviewed = copy.deepcopy(trace)
    sentences = {s["id"]: s for s in reviewed["sentences"]}
    paragraphs = paragraph_ids(reviewed)
    for number, decision in enumerate(decisions, 1):
        sentence = sentences.get(decision["sentence_id"])
        if sentence is None:
            raise InputError(source, f"decision {number} ({decision['reviewer']}: {decision['action']}) is on "
                                     f"sentence {decision['sentence_id']}, which is not in the trace")
        changes = decision.get("changes") or {}
        for citation in changes.get("citations") or []:
            if citation.get("paragraph_id") not in paragraphs:
                raise InputError(source, f"decision {number} cites paragraph {citation.get('paragraph_id')}, "
                                         "which is not in the trace")
        for key, value in changes.items():
            if key in CHANGEABLE:
                sentence[key] = copy.deepcopy(value)
        history = sentence.setdefault("review", {"status": "accepted", "decisions": []})["decisions"]
        history.append({"action": decision["action"], "reviewer": decision["reviewer"], "at": decision.get("at", "")})
        sentence["review"]["status"] = status_of([d["action"] for d in history])
    reviewers: dict[str, set[str]] = {}
    for decision in decisions:
        reviewers.setdefault(decision["reviewer"], set()).add(decision["sentence_id"])
    reviewed["review"] = {
        "decisions": len(decisions),
        "sentences": len({d["sentence_id"] for d in decisions}),
        "reviewers": {name: len(ids) for name, ids in sorted(reviewers.items())},
    }
    return reviewed


def status_of(actions: list[str]) -> str:
    if actions[-1] == "reject":
        return "rejected"
    if any(a in CONTENT_ACTIONS for a in actions):
        return "revised"
    return "accepted"


def make_decision(sentence: dict[str, Any], action: str, reviewer: str,
                  changes: dict[str, Any] | None = None) -> dict[str, Any]:
    """A decision record on ``sentence`` (its current, reviewed state)."""
    changes = {k: v for k, v in (changes or {}).items() if k in CHANGEABLE}
    return {
        "sentence_id": sentence["id"],
        "action": action,
        "reviewer": reviewer,
        "at": now(),
        "changes": changes,
        "previous": {k: copy.deepcopy(sentence.get(k)) for k in changes},
    }


@contextmanager
def _locked(trace: Path) -> Iterator[None]:
    """An exclusive lock on the trace file while the review file is read and rewritten, so two
    reviewers saving at the same moment both keep their decisions (POSIX; elsewhere a no-op)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(trace, "rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
