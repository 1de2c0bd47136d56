"""A reviewer's change to a sentence, traced and verified again before it is saved.

Re-pointed citations are checked as given (``Tracer.verify``: exactly those paragraphs,
together). Edited wording and a restored model draft are traced afresh over the paragraphs the
section draws on, as the run traced them (an article's summary: that article; a theme: its
paragraphs; the executive summary: every independent article), plus the paragraphs the sentence
cites now; but a sentence whose citations a reviewer chose keeps them, and is verified against
them. No language model is involved: the verdict uses the embedder and the word-level checks.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, Sequence

from summarizer.dom import Attribution, Paragraph
from summarizer.errors import InputError, UsageError
from summarizer.render.trace_json import attribution_fields, label
from summarizer.render.trace_reader import article_from_trace

EDITED_ORIGIN = "reviewer_edit"  # the wording is the reviewer's: not quoted as the source's
RESTORED_ORIGIN = "rewrite"  # the model's rewrite, shown as the model wrote it

# "A2 ¶9", "A2¶9", "A2.P9", "A2 P9", "a2 p9", "A2 9"
_LABEL = re.compile(r"^\s*(A\d+)\s*(?:¶|\.?\s*P|\s)\s*(\d+)\s*$", re.IGNORECASE)


class Verifier(Protocol):
    def trace(self, texts: Sequence[str], candidates: Sequence[Paragraph]) -> list[Attribution]: ...

    def verify(self, text: str, cited: Sequence[Paragraph]) -> Attribution: ...


def paragraph_id(text: str) -> str:
    """A citation label as a reviewer types it (``A2 ¶9``, ``A2.P9``) → ``A2.P9``."""
    match = _LABEL.match(text)
    if not match:
        raise UsageError(f"{text.strip()!r} is not a paragraph label (write it as A2 ¶9 or A2.P9)")
    return f"{match.group(1).upper()}.P{int(match.group(2))}"


def paragraph_list(text: str) -> list[str]:
    """``"A1.P9, A2 ¶4"`` → ``["A1.P9", "A2.P4"]`` (order kept, repeats dropped)."""
    items = [item for item in text.split(",") if item.strip()]
    if not items:
        raise UsageError("no paragraph labels given")
    return list(dict.fromkeys(paragraph_id(item) for item in items))


class Reverifier:
    """Computes the changed fields of a sentence for a cite, edit or restore decision."""

    def __init__(self, verifier: Verifier, trace: dict[str, Any], source: object = "trace") -> None:
        self.verifier = verifier
        self.source = source  # the trace's path, named in errors
        self.articles = [article_from_trace(a) for a in trace["articles"]]
        self.paragraphs = {p.id: p for a in self.articles for p in a.paragraphs}
        self.themes = {t.get("section"): t for t in trace.get("themes") or []}

    def missing(self, ids: Sequence[str]) -> list[str]:
        return [i for i in ids if i not in self.paragraphs]

    def cite(self, sentence: dict[str, Any], ids: Sequence[str], *, add: bool = False) -> dict[str, Any]:
        current = [c["paragraph_id"] for c in sentence["citations"]]
        chosen = list(dict.fromkeys([*current, *ids])) if add else list(ids)
        return self._fields(self.verifier.verify(sentence["text"], self._resolve(chosen)))

    def edit(self, sentence: dict[str, Any], text: str) -> dict[str, Any]:
        text = " ".join(text.split())
        if not text:
            raise UsageError(f"sentence {sentence['id']}: the new wording is empty")
        return {**self._retrace(sentence, text), "text": text, "origin": EDITED_ORIGIN}

    def restore(self, sentence: dict[str, Any]) -> dict[str, Any]:
        draft = sentence.get("rejected_draft")
        if not draft:
            raise UsageError(f"sentence {sentence['id']} has no rejected model draft to restore")
        return {**self._retrace(sentence, draft), "text": draft, "origin": RESTORED_ORIGIN,
                "rejected_draft": None, "rejected_because": None}

    # -- internals -----------------------------------------------------------------------

    def _retrace(self, sentence: dict[str, Any], text: str) -> dict[str, Any]:
        cited = [c["paragraph_id"] for c in sentence["citations"]]
        chosen_by_reviewer = any(d["action"] == "cite" for d in (sentence.get("review") or {}).get("decisions", []))
        if chosen_by_reviewer and cited:
            return self._fields(self.verifier.verify(text, self._resolve(cited)))
        pool = list(dict.fromkeys([*self._section_pool(sentence["section"]), *cited]))
        [attribution] = self.verifier.trace([text], self._resolve(pool))
        return self._fields(attribution)

    def _section_pool(self, section: str) -> list[str]:
        independent = [a for a in self.articles if a.duplicate_of is None]
        if section.startswith("article:"):
            wanted = section.split(":", 1)[1]
            return [p.id for a in self.articles if a.id == wanted for p in a.body_paragraphs]
        theme = self.themes.get(section)
        if theme and theme.get("paragraph_ids"):
            return [pid for pid in theme["paragraph_ids"] if pid in self.paragraphs]
        return [p.id for a in independent for p in a.body_paragraphs]

    def _resolve(self, ids: Sequence[str]) -> list[Paragraph]:
        missing = self.missing(ids)
        if missing:
            raise InputError(self.source, f"no paragraph {', '.join(label_of(i) for i in missing)} in this "
                                          "briefing's sources")
        return [self.paragraphs[i] for i in ids]

    @staticmethod
    def _fields(attribution: Attribution) -> dict[str, Any]:
        fields = attribution_fields(attribution)
        if not fields["citations"]:
            fields["reason"] = fields["reason"] or "no paragraph supports it"
        return fields


def label_of(paragraph_id: str) -> str:
    try:
        return label(paragraph_id)
    except ValueError:
        return paragraph_id
