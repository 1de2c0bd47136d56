"""The attributions of a briefing laid out for a reviewer (``summarizer review TRACE --list``).

Sentences that need a decision come first (partly supported, unsupported), then the model
drafts that were rejected and replaced by the source's own words (safe, but worth a glance:
they show where the model strays), each with its cited paragraphs, the decisive quote and the
reason, so a reviewer can check them without opening the .docx. Sentences reviewers have
decided on are listed apart, with the decisions; ``--all`` adds the rest.
"""

from __future__ import annotations

import textwrap
from typing import Any

_WRAP = 100


def is_flagged(sentence: dict[str, Any]) -> bool:
    return sentence["verdict"] != "supported"


def is_replaced(sentence: dict[str, Any]) -> bool:
    return sentence["verdict"] == "supported" and bool(sentence.get("rejected_draft"))


def is_reviewed(sentence: dict[str, Any]) -> bool:
    return bool(sentence.get("review"))


def review_order(sentences: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flagged sentences first, then the rest; each part by lowest support first."""
    return sorted(sentences, key=lambda s: (not is_flagged(s), float(s.get("score") or 0.0)))


def listing(data: dict[str, Any], show_all: bool = False) -> str:
    """The review listing of a (reviewed) trace."""
    sentences = data["sentences"]
    counts = {v: sum(1 for s in sentences if s["verdict"] == v) for v in ("supported", "partly_supported", "unsupported")}
    replaced = sum(1 for s in sentences if s.get("rejected_draft"))
    paragraphs = {p["id"]: p for a in data["articles"] for p in a["paragraphs"]}
    model = data.get("model") or {}
    lines = [
        f"{data['title']} ({len(data['articles'])} articles, {len(sentences)} sentences: "
        f"{counts['supported']} supported, {counts['partly_supported']} partly supported, "
        f"{counts['unsupported']} unsupported; {replaced} model drafts replaced by the source's words)",
        f"model: {model.get('name')}  sha256: {model.get('sha256')}",
        reviewed_line(data),
        "",
    ]
    open_ = [s for s in sentences if not is_reviewed(s)]
    flagged = review_order([s for s in open_ if is_flagged(s)])
    lines.append(f"NEEDS REVIEW ({len(flagged)})" if flagged else "NEEDS REVIEW: none")
    for sentence in flagged:
        lines += entry(sentence, paragraphs)
    replaced_sentences = review_order([s for s in open_ if is_replaced(s)])
    lines.append("")
    lines.append(f"MODEL DRAFTS REPLACED BY THE SOURCE'S WORDS ({len(replaced_sentences)})")
    for sentence in replaced_sentences:
        lines += entry(sentence, paragraphs)
    reviewed = [s for s in sentences if is_reviewed(s)]
    if reviewed:
        lines.append("")
        lines.append(f"REVIEWED ({len(reviewed)})")
        for sentence in reviewed:
            lines += entry(sentence, paragraphs)
    if show_all:
        lines.append("")
        lines.append("SUPPORTED")
        for sentence in review_order(open_):
            if not is_flagged(sentence) and not is_replaced(sentence):
                lines += entry(sentence, paragraphs)
    return "\n".join(lines) + "\n"


def reviewed_line(data: dict[str, Any]) -> str:
    review = data.get("review") or {}
    if not review.get("decisions"):
        return "reviewed: not yet"
    total = len(data["sentences"])
    rejected = sum(1 for s in data["sentences"] if (s.get("review") or {}).get("status") == "rejected")
    revised = sum(1 for s in data["sentences"] if (s.get("review") or {}).get("status") == "revised")
    who = ", ".join(f"{name} ({n})" for name, n in review["reviewers"].items())
    return (f"reviewed: {review['sentences']} of {total} sentences by {who}; "
            f"{revised} revised, {rejected} rejected")


def decision_summary(sentence: dict[str, Any]) -> str:
    """``"rejected — reject by Ann at 2026-12-04 23:50"``; empty for an undecided sentence."""
    review = sentence.get("review")
    if not review:
        return ""
    steps = "; ".join(
        f"{d['action'].replace('_', ' ')} by {d['reviewer']} at {d['at'].replace('T', ' ')[:16]}"
        for d in review["decisions"]
    )
    return f"{review['status'].upper()} — {steps}"


def entry(sentence: dict[str, Any], paragraphs: dict[str, dict[str, Any]]) -> list[str]:
    verdict = sentence["verdict"].replace("_", " ")
    out = ["", f"[{sentence['id']}] {sentence['section']} — {verdict}, score {float(sentence.get('score') or 0):.2f} "
               f"({sentence.get('origin')})"]
    out += textwrap.wrap(sentence["text"], _WRAP, initial_indent="  ", subsequent_indent="  ")
    if sentence.get("review"):
        out.append(f"  review: {decision_summary(sentence)}")
    out.append(f"  reason: {sentence.get('reason')}")
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
        state = "" if paragraph is None or paragraph.get("removal") is None else f" (REMOVED: {paragraph['removal']})"
        out.append(f"  cites {citation.get('label') or citation['paragraph_id']}{state} "
                   f"score {float(citation.get('score') or 0):.2f}")
        out += textwrap.wrap('"' + (citation.get("quote") or "") + '"', _WRAP, initial_indent="    ",
                             subsequent_indent="    ")
    if not sentence["citations"]:
        out.append("  cites nothing")
    return out
