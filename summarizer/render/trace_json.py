"""The machine-readable trace written beside the briefing (schema in README.md).

It holds everything needed to audit the briefing without re-running it: the settings and
model, every input's extracted text (what offsets point into: an HTML page's or a PDF's text
is not the file's bytes) with how it was extracted and decoded, every paragraph with offsets
and removal reason, and for every summary sentence its citations, per-signal scores, decisive
quote and verdict.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summarizer.dom import Article, Attribution, Briefing, Extracted, Summary, SummarySentence
from summarizer.render.atomic import atomic_write

SCHEMA = "briefing-trace/1"


def trace_dict(briefing: Briefing, docx_name: str | None = None) -> dict[str, Any]:
    summaries = _all_summaries(briefing)
    return {
        "schema": SCHEMA,
        "title": briefing.title,
        "date": briefing.date,
        "created_at": briefing.created_at,
        "briefing_file": docx_name,
        "settings": briefing.settings,
        "model": briefing.model,
        "embedder": briefing.embedder,
        "skipped_files": [{"file": str(s.path), "problem": s.problem} for s in briefing.skipped_files],
        "articles": [_article(a) for a in briefing.articles],
        "duplicate_groups": [
            {"representative": g.representative, "members": g.members, "similarity": _round(g.similarity)}
            for g in briefing.duplicate_groups
        ],
        "themes": [
            {
                "id": t.id,
                "title": t.title,
                "article_ids": t.article_ids,
                "paragraph_ids": t.paragraph_ids,
                "similarity": _round(t.similarity),
                "section": t.summary.section if t.summary else None,
            }
            for t in briefing.themes
        ],
        "sections": [
            {
                "section": s.section,
                "heading": s.heading,
                "article_ids": s.article_ids,
                "sentence_ids": [x.id for x in s.sentences],
            }
            for s in summaries
        ],
        "sentences": [_sentence(x) for s in summaries for x in s.sentences],
    }


def write_trace(briefing: Briefing, path: Path, docx_name: str | None = None) -> Path:
    text = json.dumps(trace_dict(briefing, docx_name), ensure_ascii=False, indent=1)
    return atomic_write(path, lambda tmp: tmp.write_text(text + "\n", encoding="utf-8"))


def _all_summaries(briefing: Briefing) -> list[Summary]:
    out: list[Summary] = []
    if briefing.executive_summary:
        out.append(briefing.executive_summary)
    out += [t.summary for t in briefing.themes if t.summary]
    out += briefing.article_summaries
    return out


def _article(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "title_from": article.title_from,
        "source": article.source,
        "date": article.date,
        "url": article.url,
        "file": str(article.path),
        "sha256": article.sha256,
        "extracted": _extracted(article.extracted),
        "duplicate_of": article.duplicate_of,
        "paragraphs": [
            {
                "id": p.id,
                "number": p.number,
                "kind": p.kind,
                "text": p.text,
                "start": p.start,
                "end": p.end,
                "removal": p.removal,
                "sentences": [{"id": s.id, "text": s.text, "start": s.start, "end": s.end} for s in p.sentences],
            }
            for p in article.paragraphs
        ],
    }


def _extracted(extracted: Extracted | None) -> dict[str, Any] | None:
    if extracted is None:
        return None
    return {
        "method": extracted.method,
        "encoding": extracted.encoding,
        "encoding_detected": extracted.encoding_detected,
        "note": extracted.note,
        "body_start": extracted.body_start,
        "sha256": extracted.sha256,
        "text": extracted.text,
    }


def _sentence(sentence: SummarySentence) -> dict[str, Any]:
    return {
        "id": sentence.id,
        "text": sentence.text,
        "section": sentence.section,
        "origin": sentence.origin,
        "source_sentence_ids": sentence.source_sentence_ids,
        "rejected_draft": sentence.draft,
        "rejected_because": sentence.draft_problem,
        **attribution_fields(sentence.attribution),
    }


def attribution_fields(attribution: Attribution | None) -> dict[str, Any]:
    """A sentence's verdict, reason, score, signals and citations as the trace records them."""
    return {
        "verdict": attribution.verdict if attribution else "unsupported",
        "reason": attribution.reason if attribution else "not traced",
        "errors": list(attribution.errors) if attribution else [],
        "score": _round(attribution.score) if attribution else 0.0,
        "signals": {k: _round(v) for k, v in attribution.signals.items()} if attribution else {},
        "citations": [
            {
                "paragraph_id": s.paragraph_id,
                "label": label(s.paragraph_id),
                "score": _round(s.score),
                "signals": {k: _round(v) for k, v in s.signals.items()},
                "quote": s.quote,
                "quote_sentence_id": s.quote_sentence_id,
            }
            for s in (attribution.supports if attribution else ())
        ],
    }


def label(paragraph_id: str) -> str:
    """The marker readers see for a paragraph id: ``A1.P5`` → ``A1 ¶5``."""
    article, paragraph = paragraph_id.split(".", 1)
    return f"{article} ¶{paragraph.lstrip('P')}"


def _round(value: float) -> float:
    return round(float(value), 4)
