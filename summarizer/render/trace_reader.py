"""Read a briefing's JSON trace back: checked, then as the document model the renderers take.

``summarizer render`` rebuilds the .docx from the trace alone (no language model), so the
trace must hold everything the document shows; this module is the inverse of ``trace_json``.
A hand-edited or damaged trace is refused with one line naming the file and the first
problem found, before anything is written.

Only the fields the renderers and the review need are required; other fields of a sentence
(new ones a later version adds) are carried through untouched by the review and ignored here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summarizer.dom import (
    Article,
    Attribution,
    Briefing,
    Decision,
    DuplicateGroup,
    Paragraph,
    Review,
    Sentence,
    SkippedFile,
    Summary,
    SummarySentence,
    Support,
    Theme,
)
from summarizer.errors import InputError
from summarizer.render.trace_json import SCHEMA

__all__ = ["load_trace", "check_trace", "briefing_from_trace", "article_from_trace", "paragraph_ids"]

_VERDICTS = ("supported", "partly_supported", "unsupported")


def load_trace(path: Path) -> dict[str, Any]:
    """The trace at ``path`` as a dict, checked (``check_trace``); InputError otherwise."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such trace file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a trace file") from None
    except UnicodeDecodeError:
        raise InputError(path, "not a briefing trace: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"not a briefing trace: invalid JSON ({error})") from None
    check_trace(data, path)
    return data


def check_trace(data: Any, path: Path | str) -> None:
    """Raise InputError naming ``path`` and the first problem in ``data``; None if usable."""

    def fail(problem: str) -> None:
        raise InputError(path, problem)

    if not isinstance(data, dict):
        fail("not a briefing trace (the JSON is not an object)")
    schema = data.get("schema")
    if schema != SCHEMA:
        if isinstance(schema, str) and schema.startswith("briefing-review/"):
            fail("this is a review file; give the briefing's trace (.json) it sits beside")
        if isinstance(schema, str) and schema.startswith("briefing-trace/"):
            fail(f"unknown trace schema version {schema!r} (this version reads {SCHEMA!r})")
        fail(f"not a briefing trace (expected schema {SCHEMA!r}, found {schema!r})")
    for key, kind in (("title", str), ("articles", list), ("sections", list), ("sentences", list)):
        if not isinstance(data.get(key), kind):
            fail(f"damaged trace: '{key}' is missing or not a {kind.__name__}")
    paragraphs: set[str] = set()
    for a, article in enumerate(data["articles"]):
        where = f"articles[{a}]"
        if not isinstance(article, dict) or not isinstance(article.get("id"), str):
            fail(f"damaged trace: {where} has no id")
        if not isinstance(article.get("paragraphs"), list):
            fail(f"damaged trace: article {article['id']} has no paragraph list")
        for paragraph in article["paragraphs"]:
            if not isinstance(paragraph, dict) or not isinstance(paragraph.get("id"), str) \
                    or not isinstance(paragraph.get("text"), str) or not isinstance(paragraph.get("number"), int):
                fail(f"damaged trace: a paragraph of article {article['id']} lacks its id, number or text")
            paragraphs.add(paragraph["id"])
    sentence_ids: set[str] = set()
    for s, sentence in enumerate(data["sentences"]):
        if not isinstance(sentence, dict) or not isinstance(sentence.get("id"), str):
            fail(f"damaged trace: sentences[{s}] has no id")
        sid = sentence["id"]
        if sid in sentence_ids:
            fail(f"damaged trace: sentence id {sid} appears twice")
        sentence_ids.add(sid)
        for key in ("text", "section"):
            if not isinstance(sentence.get(key), str):
                fail(f"damaged trace: sentence {sid} has no '{key}'")
        if sentence.get("verdict") not in _VERDICTS:
            fail(f"damaged trace: sentence {sid} has verdict {sentence.get('verdict')!r} "
                 f"(expected one of {', '.join(_VERDICTS)})")
        if not isinstance(sentence.get("score", 0.0), (int, float)):
            fail(f"damaged trace: sentence {sid} has a score that is not a number")
        citations = sentence.get("citations")
        if not isinstance(citations, list):
            fail(f"damaged trace: sentence {sid} has no citation list")
        for citation in citations:
            pid = citation.get("paragraph_id") if isinstance(citation, dict) else None
            if not isinstance(pid, str):
                fail(f"damaged trace: a citation of sentence {sid} has no paragraph_id")
            if pid not in paragraphs:
                fail(f"sentence {sid} cites paragraph {pid}, which is not in the trace")
    for section in data["sections"]:
        if not isinstance(section, dict) or not isinstance(section.get("sentence_ids"), list):
            fail("damaged trace: a section has no sentence_ids list")
        for sid in section["sentence_ids"]:
            if sid not in sentence_ids:
                fail(f"damaged trace: section {section.get('section')!r} lists sentence {sid}, "
                     "which is not in 'sentences'")


def paragraph_ids(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Paragraph id → its entry in the trace."""
    return {p["id"]: p for a in data["articles"] for p in a["paragraphs"]}


def briefing_from_trace(data: dict[str, Any]) -> Briefing:
    """The document model of a (checked) trace, as the pipeline had built it, plus any
    reviewers' decisions recorded on its sentences (``sentence["review"]``)."""
    articles = [article_from_trace(a) for a in data["articles"]]
    sentences = {s["id"]: _sentence(s) for s in data["sentences"]}
    summaries = {
        section["section"]: Summary(
            section=section["section"],
            heading=section.get("heading") or section["section"],
            article_ids=list(section.get("article_ids") or []),
            sentences=[sentences[i] for i in section["sentence_ids"]],
        )
        for section in data["sections"]
    }
    themes = []
    for theme in data.get("themes") or []:
        themes.append(Theme(
            id=theme["id"],
            title=theme.get("title") or theme["id"],
            article_ids=list(theme.get("article_ids") or []),
            paragraph_ids=list(theme.get("paragraph_ids") or []),
            similarity=float(theme.get("similarity") or 0.0),
            summary=summaries.get(theme.get("section") or ""),
        ))
    theme_sections = {t.summary.section for t in themes if t.summary is not None}
    return Briefing(
        title=data["title"],
        date=data.get("date") or "",
        articles=articles,
        executive_summary=summaries.get("executive"),
        themes=themes,
        article_summaries=[s for key, s in summaries.items() if key != "executive" and key not in theme_sections],
        duplicate_groups=[
            DuplicateGroup(g["representative"], list(g["members"]), float(g.get("similarity") or 0.0))
            for g in data.get("duplicate_groups") or []
        ],
        skipped_files=[SkippedFile(Path(s["file"]), s["problem"]) for s in data.get("skipped_files") or []],
        settings=data.get("settings") or {},
        model=data.get("model") or {},
        embedder=data.get("embedder") or "",
        created_at=data.get("created_at") or "",
    )


def article_from_trace(data: dict[str, Any]) -> Article:
    """One article entry of a trace as the document model's Article."""
    article_id = data["id"]
    paragraphs = [
        Paragraph(
            id=p["id"],
            article_id=article_id,
            number=p["number"],
            text=p["text"],
            start=p.get("start", 0),
            end=p.get("end", 0),
            sentences=[Sentence(s["id"], s["text"], s.get("start", 0), s.get("end", 0)) for s in p.get("sentences") or []],
            kind=p.get("kind") or "body",
            removal=p.get("removal"),
        )
        for p in data["paragraphs"]
    ]
    return Article(
        id=article_id,
        path=Path(data.get("file") or article_id),
        title=data.get("title") or article_id,
        source=data.get("source"),
        date=data.get("date"),
        paragraphs=paragraphs,
        sha256=data.get("sha256") or "",
        title_from=data.get("title_from") or "text",
        duplicate_of=data.get("duplicate_of"),
    )


def _sentence(data: dict[str, Any]) -> SummarySentence:
    supports = tuple(
        Support(
            paragraph_id=c["paragraph_id"],
            score=float(c.get("score") or 0.0),
            signals=dict(c.get("signals") or {}),
            quote=c.get("quote") or "",
            quote_sentence_id=c.get("quote_sentence_id") or "",
        )
        for c in data["citations"]
    )
    attribution = Attribution(
        supports=supports,
        verdict=data["verdict"],
        reason=data.get("reason") or "",
        score=float(data.get("score") or 0.0),
        signals=dict(data.get("signals") or {}),
    )
    review = data.get("review")
    return SummarySentence(
        id=data["id"],
        text=data["text"],
        section=data["section"],
        origin=data.get("origin") or "rewrite",
        source_sentence_ids=list(data.get("source_sentence_ids") or []),
        attribution=attribution,
        draft=data.get("rejected_draft"),
        draft_problem=data.get("rejected_because"),
        review=Review(
            status=review["status"],
            decisions=tuple(Decision(d["action"], d["reviewer"], d["at"]) for d in review["decisions"]),
        ) if review else None,
    )
