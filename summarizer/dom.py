"""The document model every stage reads and writes.

Article → Paragraph → Sentence, as in sumy, but every piece keeps a stable id and its
character offsets in the original file, so that any summary sentence can be traced back to
the exact text it came from. Ids are built from positions in the *original* file, before
cleaning: a paragraph removed as site furniture keeps its number, so citations never shift.

Id scheme (stable across runs on the same file set):
- article:   ``A1``            (files in name order)
- paragraph: ``A1.P5``         (fifth paragraph of the file's body)
- sentence:  ``A1.P5.S2``      (second sentence of that paragraph)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Verdict = Literal["supported", "partly_supported", "unsupported"]
ParagraphKind = Literal["body", "heading"]


@dataclass(frozen=True)
class Sentence:
    id: str
    text: str
    start: int  # offset of the first character in the original file
    end: int  # offset one past the last character

    @property
    def article_id(self) -> str:
        """The article it belongs to ("A1" of "A1.P5.S2")."""
        return self.id.split(".", 1)[0]


@dataclass
class Paragraph:
    id: str
    article_id: str
    number: int  # 1-based, counted in the original file's body
    text: str
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)
    kind: ParagraphKind = "body"
    removal: str | None = None  # why cleaning removed it; None while kept

    @property
    def kept(self) -> bool:
        return self.removal is None

    @property
    def label(self) -> str:
        """The citation marker readers see, e.g. ``A1 ¶5``."""
        return f"{self.article_id} ¶{self.number}"


@dataclass
class Article:
    id: str
    path: Path
    title: str
    source: str | None
    date: str | None
    paragraphs: list[Paragraph]
    sha256: str  # of the file's bytes, so a trace names exactly what was read
    title_from: Literal["header", "text", "filename"] = "text"
    duplicate_of: str | None = None  # id of the article this one repeats (near-duplicate)

    @property
    def kept_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kept]

    @property
    def body_paragraphs(self) -> list[Paragraph]:
        """Kept paragraphs that carry prose (not headings): what summaries draw on."""
        return [p for p in self.paragraphs if p.kept and p.kind == "body"]

    def paragraph(self, paragraph_id: str) -> Paragraph:
        for paragraph in self.paragraphs:
            if paragraph.id == paragraph_id:
                return paragraph
        raise KeyError(paragraph_id)


@dataclass(frozen=True)
class Support:
    """One paragraph cited for a summary sentence, with the evidence for citing it."""

    paragraph_id: str
    score: float  # combined support in [0, 1]
    signals: dict[str, float]  # per-signal scores (embedding, lexical, ...)
    quote: str  # the source sentence that supports the summary sentence best
    quote_sentence_id: str


@dataclass(frozen=True)
class Attribution:
    supports: tuple[Support, ...]
    verdict: Verdict
    reason: str
    score: float
    signals: dict[str, float]

    @property
    def paragraph_ids(self) -> list[str]:
        return [s.paragraph_id for s in self.supports]


@dataclass(frozen=True)
class Decision:
    """One reviewer's decision on a summary sentence (see summarizer.review.decisions)."""

    action: str  # "accept", "reject", "cite", "edit", "restore_draft"
    reviewer: str
    at: str  # ISO timestamp, UTC


@dataclass(frozen=True)
class Review:
    """Where a reviewed sentence stands: its decisions in the order they were made."""

    status: Literal["accepted", "revised", "rejected"]
    decisions: tuple[Decision, ...]

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"

    @property
    def last(self) -> Decision:
        return self.decisions[-1]


@dataclass
class SummarySentence:
    id: str
    text: str
    section: str  # "executive", "theme:T1" or "article:A1"
    origin: str  # "rewrite", "extractive", "extractive_fallback", ... (how the text was made)
    source_sentence_ids: list[str]  # what the model was asked to condense
    attribution: Attribution | None = None
    draft: str | None = None  # the model's rewrite when it was rejected for the source
    draft_problem: str | None = None  # why it was rejected, for the reviewer
    review: Review | None = None  # reviewers' decisions, when the briefing was reviewed


@dataclass
class Summary:
    section: str
    heading: str
    article_ids: list[str]
    sentences: list[SummarySentence]


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    problem: str


@dataclass
class Theme:
    """A topic that two or more (independent) articles discuss."""

    id: str  # "T1"
    title: str
    article_ids: list[str]
    paragraph_ids: list[str]  # member paragraphs the theme was formed from
    similarity: float  # mean pairwise similarity of the members, as recorded in the trace
    summary: Summary | None = None


@dataclass
class DuplicateGroup:
    """Articles that are the same story (a wire copy, a light rewording): summarised once."""

    representative: str  # article id that is summarised
    members: list[str]  # all article ids in the group, representative first
    similarity: float


@dataclass
class Briefing:
    """Everything the renderers need; built once by the pipeline, never mutated after."""

    title: str
    date: str  # ISO date the briefing is for
    articles: list[Article]
    executive_summary: Summary | None
    themes: list[Theme]
    article_summaries: list[Summary]  # one per representative article, in article order
    duplicate_groups: list[DuplicateGroup]
    skipped_files: list[SkippedFile]
    settings: dict[str, object]  # the run's effective configuration
    model: dict[str, object]  # ModelIdentity as a dict
    embedder: str
    created_at: str  # ISO timestamp

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def paragraph(self, paragraph_id: str) -> Paragraph:
        return self.article(paragraph_id.split(".", 1)[0]).paragraph(paragraph_id)
