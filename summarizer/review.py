"""``summarizer review TRACE``: the attributions of a briefing, laid out for a reviewer.

Sentences that need a decision come first (partly supported, unsupported), then the model
drafts that were rejected and replaced by the source's own words (safe, but worth a glance:
they show where the model strays), each with its cited paragraphs, the decisive quote and the
reason, so a reviewer can check them without opening the .docx. ``--all`` adds the rest.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.render.trace_json import SCHEMA

_WRAP = 100


def load_trace(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no such trace file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InputError(path, f"not a briefing trace: invalid JSON ({error})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(path, f"not a briefing trace (expected schema {SCHEMA!r})")
    return data


def is_flagged(sentence: dict[str, Any]) -> bool:
    return sentence["verdict"] != "supported"


def is_replaced(sentence: dict[str, Any]) -> bool:
    return sentence["verdict"] == "supported" and sentence["origin"] == "extractive_fallback"


def review_trace(path: Path, show_all: bool = False) -> str:
    data = load_trace(path)
    sentences = data["sentences"]
    counts = {v: sum(1 for s in sentences if s["verdict"] == v) for v in ("supported", "partly_supported", "unsupported")}
    replaced = sum(1 for s in sentences if s["origin"] == "extractive_fallback")
    paragraphs = {p["id"]: p for a in data["articles"] for p in a["paragraphs"]}
    lines = [
        f"{data['title']} ({len(data['articles'])} articles, {len(sentences)} sentences: "
        f"{counts['supported']} supported, {counts['partly_supported']} partly supported, "
        f"{counts['unsupported']} unsupported; {replaced} model drafts replaced by the source's words)",
        f"model: {data['model'].get('name')}  sha256: {data['model'].get('sha256')}",
        "",
    ]
    flagged = [s for s in sentences if is_flagged(s)]
    lines.append(f"NEEDS REVIEW ({len(flagged)})" if flagged else "NEEDS REVIEW: none")
    for sentence in flagged:
        lines += _entry(sentence, paragraphs)
    replaced_sentences = [s for s in sentences if is_replaced(s)]
    lines.append("")
    lines.append(f"MODEL DRAFTS REPLACED BY THE SOURCE'S WORDS ({len(replaced_sentences)})")
    for sentence in replaced_sentences:
        lines += _entry(sentence, paragraphs)
    if show_all:
        lines.append("")
        lines.append("SUPPORTED")
        for sentence in sentences:
            if not is_flagged(sentence) and not is_replaced(sentence):
                lines += _entry(sentence, paragraphs)
    return "\n".join(lines) + "\n"


def _entry(sentence: dict[str, Any], paragraphs: dict[str, dict[str, Any]]) -> list[str]:
    verdict = sentence["verdict"].replace("_", " ")
    out = ["", f"[{sentence['id']}] {sentence['section']} — {verdict}, score {sentence['score']:.2f} ({sentence['origin']})"]
    out += textwrap.wrap(sentence["text"], _WRAP, initial_indent="  ", subsequent_indent="  ")
    out.append(f"  reason: {sentence['reason']}")
    if sentence.get("errors"):
        out.append(f"  errors found: {', '.join(sentence['errors'])}")
    if sentence.get("rejected_draft"):
        out += textwrap.wrap(
            "rejected model draft: " + sentence["rejected_draft"], _WRAP, initial_indent="  ", subsequent_indent="    "
        )
        if sentence.get("rejected_because"):
            out.append(f"    because {sentence['rejected_because']}")
    for citation in sentence["citations"]:
        paragraph = paragraphs.get(citation["paragraph_id"])
        state = "" if paragraph is None or paragraph["removal"] is None else f" (REMOVED: {paragraph['removal']})"
        out.append(f"  cites {citation['label']}{state} score {citation['score']:.2f}")
        out += textwrap.wrap('"' + citation["quote"] + '"', _WRAP, initial_indent="    ", subsequent_indent="    ")
    if not sentence["citations"]:
        out.append("  cites nothing")
    return out
