"""The document model every stage reads and writes.

Article → Paragraph → Sentence, as in sumy, but every piece keeps a stable id and its
character offsets in the original file, so that any summary sentence can be traced back to
the exact text it came from. Ids are built from positions in the *original* file, before
cleaning: a paragraph removed as site furniture keeps its number, so citations never shift.

Offsets point into the article's *extracted text* (``Extracted.text``): for a UTF-8 text file
that is the file itself; for HTML, Word and PDF files it is the text the reader took out of
them (kept in the trace, so a citation can always be shown).

Id scheme (stable across runs on the same file set):
- article:   ``A1``            (files in path order, subfolders included)
- paragraph: ``A1.P5``         (fifth paragraph of the file's body)
- sentence:  ``A1.P5.S2``      (second sentence of that paragraph)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Verdict = Literal["supported", "partly_supported", "unsupported"]
ParagraphKind = Literal["body", "heading"]


@dataclass(frozen=True)
class Sentence:
    id: str
    text: str
    start: int  # offset of the first character in the article's extracted text
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


@dataclass(frozen=True)
class Extracted:
    """The text an article's offsets point into, and how it was obtained from the file."""

    text: str
    method: str  # "text", "html (trafilatura 2.3.1)", "docx (python-docx 1.2.0)", "pdf (pypdf 7.1.1)"
    encoding: str | None  # of a text or HTML file; None for Word and PDF files
    encoding_detected: bool = False  # True when the encoding was guessed, not UTF-8 or declared
    note: str | None = None  # e.g. how the encoding was decided
    body_start: int = 0  # text before it is header lines (a text file's Title:/Source:/Date:)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    id: str
    path: Path
    title: str
    source: str | None
    date: str | None
    paragraphs: list[Paragraph]
    sha256: str  # of the file's bytes, so a trace names exactly what was read
    title_from: Literal["header", "metadata", "manifest", "text", "filename"] = "text"
    duplicate_of: str | None = None  # id of the article this one repeats (near-duplicate)
    url: str | None = None
    extracted: Extracted | None = None  # None only for articles built in code (tests)

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
    # Classes of error the verifier found (keys of ``attribution.verifier.ERROR_CLASSES``, e.g.
    # "who_did_it", "dropped_hedge"); empty when supported.
    errors: tuple[str, ...] = ()

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
    # compression: the source's words with some deleted (summarizers/deletion.py); rewrite: the
    # model's own words; extractive: the source sentence; extractive_fallback: the source
    # sentence after the model's draft was rejected; reviewer_edit: a reviewer's wording
    origin: str
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
