"""Render a :class:`~summarizer.dom.Briefing` as a Word document.

Every summary sentence is followed by its citation markers (``[A1 ¶5]``), each an internal
hyperlink to a bookmark on that paragraph in the "Source texts" appendix, so a reviewer is
one click from the evidence. The attribution verdict is visible on the sentence itself:
supported sentences are plain, partly supported ones carry a "⚠ partly supported" tag and
the reason, unsupported ones are prefixed "UNSUPPORTED:", shaded, and give the reason. Each
sentence also carries a Word comment, anchored on exactly its words, holding the verdict and
the supporting quote from each cited paragraph, so the evidence sits beside the sentence.

A reviewed briefing (summarizer.review) says how many sentences were reviewed and by whom;
each decided sentence says what was decided (a rejected one is struck through). ``final=True``
writes the copy an analyst sends out: rejected sentences gone, no verdict tags, notes,
legend or comments, the citation links kept.

Layout::

    Title, date, counts line (articles, sentences, verdicts, model), how-to-read note
    Articles in this briefing      table: id (link), title, source, date, file; duplicates
    Executive summary              (if any)
    Themes                         per theme: title, articles sharing it, sentences
    Article summaries              per summarised article: "Title (A1)", sentences
    Source texts (appendix)        per article: metadata, removed paragraphs, every kept
                                   paragraph numbered "¶5" and bookmarked "A1_P5"
    Skipped input files            (if any)
    Footer                         title · date, "Page X of Y"

python-docx has no API for bookmarks, internal hyperlinks or fields; those are built here as
OOXML elements. The file is written through :func:`summarizer.render.atomic.atomic_write`.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from summarizer.dom import Article, Briefing, Paragraph, Review, Summary, SummarySentence
from summarizer.render.atomic import atomic_write

__all__ = ["write_briefing", "build_document", "bookmark_name", "marker_text"]

# Colours: muted, print-friendly.
_GREY = RGBColor(0x59, 0x59, 0x59)
_LINK = RGBColor(0x1F, 0x4E, 0x79)
_AMBER_TEXT = RGBColor(0x7F, 0x4F, 0x00)
_AMBER_FILL = "FFEB9C"
_RED_TEXT = RGBColor(0x9C, 0x00, 0x06)
_RED_FILL = "FFC7CE"
_RED_FILL_LIGHT = "FCE4E4"

# Character and paragraph styles added to the document (users can restyle them in Word).
_S_MARKER = "Citation Marker"
_S_LINK = "Source Link"
_S_NOTE = "Attribution Note"
_S_PARTLY = "Verdict Partly Supported"
_S_UNSUPPORTED = "Verdict Unsupported"
_S_UNSUPPORTED_TEXT = "Unsupported Sentence"
_S_PARA_NUMBER = "Paragraph Number"
_S_META = "Briefing Metadata"
_S_SOURCE = "Source Paragraph"
_S_REJECTED = "Rejected Sentence"

COMMENT_AUTHOR = "briefing-summarizer"
_ACTION_WORDS = {
    "accept": "accepted", "reject": "rejected", "cite": "citations re-pointed",
    "edit": "wording edited", "restore_draft": "model draft restored",
}

_TOOLTIP_MAX = 200  # Word truncates screen tips past 255 characters
# Rows of the articles list (header included) kept on one page: 20 rows of one or two lines at
# 9 pt fill about half an A4 page, so the list moves whole at most half a page down.
KEEP_TOGETHER_ROWS = 20
_BOOKMARK_MAX = 40  # Word's limit on bookmark names

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_PARAGRAPH_ID = re.compile(r"\b(A\d+)\.P(\d+)\b")
_QUOTES = "\"'“”‘’«»„"


def write_briefing(briefing: Briefing, path: Path, *, final: bool = False) -> None:
    """Render ``briefing`` as a .docx at ``path``, atomically (old file intact on failure);
    ``final``: the send-out copy (see the module's docstring)."""
    document = build_document(briefing, final=final)
    atomic_write(Path(path), lambda tmp: document.save(str(tmp)))


def build_document(briefing: Briefing, *, final: bool = False) -> DocxDocument:
    """The briefing as an in-memory python-docx ``Document`` (not saved)."""
    return _Renderer(briefing, final=final).render()


def reviewers_line(briefing: Briefing) -> str | None:
    """"Reviewed: 3 of 17 summary sentences, by Ann (2), Bob (1) — 1 rejected, 2 revised.";
    None when nobody has reviewed the briefing."""
    sentences = [s for summary in _summaries(briefing) for s in summary.sentences]
    reviewed = [s for s in sentences if s.review is not None]
    if not reviewed:
        return None
    by: dict[str, int] = {}
    for sentence in reviewed:
        for name in dict.fromkeys(d.reviewer for d in sentence.review.decisions):  # type: ignore[union-attr]
            by[name] = by.get(name, 0) + 1
    statuses = [s.review.status for s in reviewed]  # type: ignore[union-attr]
    outcome = ", ".join(f"{statuses.count(x)} {x}" for x in ("accepted", "revised", "rejected") if x in statuses)
    who = ", ".join(f"{name} ({n})" for name, n in sorted(by.items()))
    return f"Reviewed: {len(reviewed)} of {_plural(len(sentences), 'summary sentence')}, by {who} — {outcome}."


def comment_text(sentence: SummarySentence, label_of) -> list[str]:
    """The paragraphs of a sentence's evidence comment: the verdict, each cited paragraph's
    supporting quote, the rejected model draft (if any) and the reviewers' decisions."""
    attribution = sentence.attribution
    if attribution is None:
        lines = ["Verdict: not checked against the sources."]
    else:
        verdict = attribution.verdict.replace("_", " ")
        reason = f" — {attribution.reason.strip()}" if attribution.reason.strip() else ""
        lines = [f"Verdict: {verdict} (support {attribution.score:.2f}){reason}"]
        for support in attribution.supports:
            quote = " ".join(support.quote.split())
            lines.append(f"{label_of(support.paragraph_id)} (support {support.score:.2f}): “{quote}”")
        if not attribution.supports:
            lines.append("No source paragraph supports it.")
    if sentence.draft:
        because = f" — set aside because {sentence.draft_problem}" if sentence.draft_problem else ""
        lines.append(f"Model draft: “{sentence.draft}”{because}")
    if sentence.review is not None:
        lines.append(f"Review: {_review_text(sentence.review)}")
    return [_clean(line) for line in lines]


def _review_text(review: Review) -> str:
    return "; ".join(
        f"{_ACTION_WORDS.get(d.action, d.action)} by {d.reviewer}"
        + (f" {d.at.replace('T', ' ')[:16]}" if d.at else "")
        for d in review.decisions
    )


def _summaries(briefing: Briefing) -> list[Summary]:
    summaries: list[Summary] = []
    if briefing.executive_summary is not None:
        summaries.append(briefing.executive_summary)
    summaries += [t.summary for t in briefing.themes if t.summary is not None]
    summaries += list(briefing.article_summaries)
    return summaries


def bookmark_name(key: str) -> str:
    """A valid Word bookmark name for ``key``: ``"A1.P5"`` → ``"A1_P5"``.

    Word requires a letter first, at most 40 characters, letters, digits and underscores only
    (a leading underscore hides the bookmark). Over-long keys keep a hash suffix so that
    distinct keys stay distinct.
    """
    name = re.sub(r"[^A-Za-z0-9_]", "_", key)
    if not re.match(r"[A-Za-z]", name):
        name = "B" + name
    if len(name) > _BOOKMARK_MAX:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
        name = name[: _BOOKMARK_MAX - 9] + "_" + digest
    return name


def marker_text(label: str) -> str:
    """The citation marker printed after a sentence: ``"A1 ¶5"`` → ``"[A1 ¶5]"``."""
    return f"[{label}]"


def _clean(text: object) -> str:
    """Text safe for XML (python-docx rejects control characters)."""
    return _XML_INVALID.sub("", str(text))


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def _human_date(value: str | None) -> str:
    if not value:
        return ""
    try:
        day = _dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day.strftime('%B %Y')}"


class _Bookmarks:
    """Assigns unique, valid bookmark names and ids; remembers which were placed."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}
        self._taken: set[str] = set()
        self._next_id = 0
        self.placed: set[str] = set()

    def name(self, key: str) -> str:
        if key not in self._names:
            base = bookmark_name(key)
            name, n = base, 1
            while name in self._taken:
                n += 1
                suffix = f"_{n}"
                name = base[: _BOOKMARK_MAX - len(suffix)] + suffix
            self._names[key] = name
            self._taken.add(name)
        return self._names[key]

    def place(self, paragraph: DocxParagraph, key: str) -> str:
        """Wrap the whole of ``paragraph`` in a bookmark for ``key``."""
        name = self.name(key)
        if name in self.placed:
            return name
        bookmark_id = str(self._next_id)
        self._next_id += 1
        p = paragraph._p
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), bookmark_id)
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), bookmark_id)
        ppr = p.pPr
        if ppr is not None:
            ppr.addnext(start)
        else:
            p.insert(0, start)
        p.append(end)
        self.placed.add(name)
        return name


class _Renderer:
    def __init__(self, briefing: Briefing, *, final: bool = False) -> None:
        self.b = briefing
        self.final = final
        self.doc = Document()
        self.bookmarks = _Bookmarks()
        self._style_ids: dict[str, str] = {}
        self.summaries = _summaries(briefing)
        self.sentences = [s for summary in self.summaries for s in summary.sentences]
        if final:  # the send-out copy: a rejected sentence is gone, and so are its citations
            self.sentences = [s for s in self.sentences if not (s.review and s.review.rejected)]
        self.cited = self._cited_paragraphs()
        # Which paragraph ids resolve to a paragraph of the briefing (others are shown, unlinked).
        self.resolved: dict[str, Paragraph] = {}
        for pid in self.cited:
            try:
                self.resolved[pid] = briefing.paragraph(pid)
            except (KeyError, IndexError):
                pass
        self.duplicate_of: dict[str, str] = {}
        self.copies: dict[str, list[str]] = {}
        for group in briefing.duplicate_groups:
            for member in group.members:
                if member != group.representative:
                    self.duplicate_of[member] = group.representative
                    self.copies.setdefault(group.representative, []).append(member)
        for article in briefing.articles:
            if article.duplicate_of and article.id not in self.duplicate_of:
                self.duplicate_of[article.id] = article.duplicate_of
                self.copies.setdefault(article.duplicate_of, []).append(article.id)

    # ------------------------------------------------------------------ document set-up

    def render(self) -> DocxDocument:
        self._setup()
        self._front_matter()
        # The reader's first page: the executive summary opens the document; the table of
        # articles (two pages for a 40-article week) comes after the summaries.
        if self.b.executive_summary is not None and self._shown(self.b.executive_summary):
            self._para("Heading 1", "Executive summary")
            self._sentences(self.b.executive_summary)
        self._themes()
        self._article_summaries()
        self._article_list()
        self._appendix()
        self._skipped()
        self._footer()
        return self.doc

    def _setup(self) -> None:
        doc = self.doc
        for section in doc.sections:
            section.left_margin = section.right_margin = Inches(1)
            section.top_margin = section.bottom_margin = Inches(0.9)
        props = doc.core_properties
        props.title = _clean(self.b.title)
        props.subject = "News briefing"
        props.author = props.last_modified_by = "briefing-summarizer"
        props.comments = f"Briefing for {self.b.date}; model {self._model_name()}"
        props.keywords = "briefing"
        props.revision = 1
        created = self._created()
        if created is not None:
            props.created = props.modified = created

        normal = doc.styles["Normal"]
        normal.paragraph_format.space_after = Pt(4)
        self._char_style(_S_MARKER, size=9, color=_LINK)
        self._char_style(_S_LINK, color=_LINK)
        self._char_style(_S_NOTE, size=8.5, color=_GREY)
        self._char_style(_S_PARTLY, size=8.5, color=_AMBER_TEXT, bold=True, fill=_AMBER_FILL)
        self._char_style(_S_UNSUPPORTED, color=_RED_TEXT, bold=True, fill=_RED_FILL)
        self._char_style(_S_UNSUPPORTED_TEXT, fill=_RED_FILL_LIGHT)
        self._char_style(_S_PARA_NUMBER, bold=True, color=_GREY)
        self._char_style(_S_REJECTED, color=_GREY).font.strike = True
        meta = self._para_style(_S_META)
        meta.font.size = Pt(9)
        meta.font.color.rgb = _GREY
        meta.paragraph_format.space_after = Pt(2)
        source = self._para_style(_S_SOURCE)
        source.paragraph_format.left_indent = Inches(0.5)
        source.paragraph_format.first_line_indent = Inches(-0.5)
        source.paragraph_format.space_after = Pt(5)

    # python-docx looks styles up by name with a linear scan of styles.xml on every
    # ``style=`` argument; with a few thousand paragraphs that dominated the run time, so
    # style ids are resolved once and set on the XML directly.

    def _style_id(self, name: str) -> str:
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        return self._style_ids[name]

    def _para(self, style: str | None = None, text: str | None = None) -> DocxParagraph:
        """Append a paragraph in ``style`` (a style name), with ``text`` as one run."""
        p = self.doc.add_paragraph()
        if style is not None:
            p._p.style = self._style_id(style)
        if text:
            p.add_run(_clean(text))
        return p

    def _run(self, p: DocxParagraph, text: str, style: str | None = None) -> Run:
        """Append a run of ``text`` in character style ``style`` to ``p``."""
        run = p.add_run(_clean(text))
        if style is not None:
            run._r.style = self._style_id(style)
        return run

    def _char_style(self, name, *, size=None, color=None, bold=None, fill=None):
        style = self.doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        style.base_style = self.doc.styles["Default Paragraph Font"]
        if size is not None:
            style.font.size = Pt(size)
        if color is not None:
            style.font.color.rgb = color
        if bold is not None:
            style.font.bold = bold
        if fill is not None:
            _shade(style.element.get_or_add_rPr(), fill)
        return style

    def _para_style(self, name):
        style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.doc.styles["Normal"]
        style.quick_style = True
        return style

    def _created(self) -> _dt.datetime | None:
        try:
            created = _dt.datetime.fromisoformat(self.b.created_at)
        except (TypeError, ValueError):
            return None
        if created.tzinfo is not None:
            created = created.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        return created

    def _model_name(self) -> str:
        model = self.b.model or {}
        return str(model.get("name") or model.get("source") or "unknown model")

    # ------------------------------------------------------------------ front matter

    def _front_matter(self) -> None:
        self._para("Title", _clean(self.b.title))
        date = self._para()
        run = date.add_run(_clean(_human_date(self.b.date)))
        run.bold = True
        run.font.size = Pt(12)

        counts = self._verdict_counts()
        n_articles = len(self.b.articles)
        parts = [_plural(n_articles, "article")]
        if self.duplicate_of:
            parts[0] += f" ({_plural(len(self.duplicate_of), 'near-duplicate')})"
        verdicts = [
            f"{counts['supported']} supported",
            f"{counts['partly_supported']} partly supported",
            f"{counts['unsupported']} unsupported",
        ]
        if counts[None]:
            verdicts.append(f"{counts[None]} not checked")
        if self.final:
            parts.append(_plural(len(self.sentences), "summary sentence"))
        else:
            parts.append(f"{_plural(len(self.sentences), 'summary sentence')}: {', '.join(verdicts)}")
        parts.append(f"model: {self._model_name()}")
        if self.b.skipped_files:
            parts.append(_plural(len(self.b.skipped_files), "input file") + " skipped")
        self._para(None, _clean(" · ".join(parts)))

        generated = self.b.created_at.replace("T", " ")[:16] if self.b.created_at else ""
        details = []
        if generated:
            details.append(f"Generated {generated}")
        if self.b.embedder:
            details.append(f"attribution checked with {self.b.embedder}")
        if details:
            self._para(_S_META, _clean("; ".join(details) + "."))
        reviewed = reviewers_line(self.b)
        if reviewed:
            self._para(_S_META, _clean(reviewed))
        elif not self.final:
            self._para(_S_META, "Not yet reviewed: run “summarizer review” on this briefing's .json trace to "
                                "record reviewers' decisions.")
        citations = ("How to read: every summary sentence ends with the source paragraphs it was "
                     "traced to, e.g. [A1 ¶5]; each marker links to that paragraph under Source texts "
                     "(in Word, Ctrl+click).")
        quotes = (" Sentences in quotation marks are the source's own words; the others are the "
                  "source's words with some left out.")
        if self.final:
            self._para(_S_META, citations + quotes)
            return
        self._para(
            _S_META,
            citations + " Each sentence's comment holds the verdict and the supporting quote from "
            "every cited paragraph. “⚠ partly supported” marks a sentence the sources back only in "
            "part; UNSUPPORTED marks one they do not back; a struck-through sentence was rejected "
            "by a reviewer and is left out of the final copy." + quotes,
        )

    def _verdict_counts(self) -> dict[str | None, int]:
        counts: dict[str | None, int] = {
            "supported": 0, "partly_supported": 0, "unsupported": 0, None: 0,
        }
        for sentence in self.sentences:
            verdict = sentence.attribution.verdict if sentence.attribution else None
            counts[verdict if verdict in counts else None] += 1
        return counts

    def _article_list(self) -> None:
        doc = self.doc
        self._para("Heading 1", "Articles in this briefing")
        if not self.b.articles:
            self._para(None, "No articles were read.")
            return
        widths = [Inches(0.45), Inches(2.6), Inches(1.2), Inches(0.9), Inches(1.35)]
        table = doc.add_table(rows=1, cols=5)
        table._tbl.tblPr.style = self._style_id("Table Grid")
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        header = table.rows[0]
        _repeat_header(header)
        for cell, text in zip(header.cells, ["ID", "Title", "Source", "Date", "File"]):
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            _shade(cell._tc.get_or_add_tcPr(), "F2F2F2", cell=True)
        for article in self.b.articles:
            cells = table.add_row().cells
            self._link(cells[0].paragraphs[0], article.id, f"src:{article.id}",
                       tooltip=f"Source text of {article.id}", style=_S_LINK)
            cells[1].paragraphs[0].add_run(_clean(article.title))
            note = self._duplicate_note(article)
            if note:
                self._run(cells[1].paragraphs[0], _clean(f" — {note}"), _S_NOTE)
            cells[2].paragraphs[0].add_run(_clean(article.source or "—"))
            cells[3].paragraphs[0].add_run(_clean(article.date or "—"))
            cells[4].paragraphs[0].add_run(_clean(article.path.name))
        note = self._style_id(_S_NOTE)
        # A list that fits on a page is kept on one: each row kept with the next, so a short list
        # moves whole rather than leave one row and its repeated header alone on the next page
        # (the samples' two-article list, page 1 onto page 2, 2026-12-07). A longer list breaks
        # between rows.
        together = len(table.rows) <= KEEP_TOGETHER_ROWS
        for k, row in enumerate(table.rows):
            _keep_row_whole(row)  # a row split across pages read as two half-articles (samples, page 1-2)
            for cell, width in zip(row.cells, widths):
                cell.width = width
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.space_after = Pt(0)
                    if together and k < len(table.rows) - 1:
                        paragraph.paragraph_format.keep_with_next = True
                    # Direct sizes, hyperlink runs included: LibreOffice lets the table style
                    # override character-style sizes inside tables.
                    for r in paragraph._p.iter(qn("w:r")):
                        Run(r, paragraph).font.size = Pt(8.5 if r.style == note else 9)
        for column, width in zip(table.columns, widths):
            column.width = width

    def _duplicate_note(self, article: Article) -> str:
        if article.id in self.duplicate_of:
            return f"same story as {self.duplicate_of[article.id]}; not summarised separately"
        if article.id in self.copies:
            return "same story also in " + ", ".join(self.copies[article.id])
        return ""

    # ------------------------------------------------------------------ summaries

    def _cited_paragraphs(self) -> list[str]:
        cited: dict[str, None] = {}
        for sentence in self.sentences:
            for pid in _cited_ids(sentence):
                cited[pid] = None
        return list(cited)

    def _themes(self) -> None:
        if not self.b.themes:
            return
        self._para("Heading 1", "Themes")
        for theme in self.b.themes:
            self._para("Heading 2", _clean(theme.title))
            shared = self._para(_S_META)
            shared.add_run("Articles: ")
            for i, article_id in enumerate(theme.article_ids):
                if i:
                    shared.add_run("; ")
                self._article_ref(shared, article_id)
            if theme.summary is None or not self._shown(theme.summary):
                self._para(_S_META, "No summary was written for this theme.")
            else:
                self._sentences(theme.summary)

    def _article_ref(self, paragraph: DocxParagraph, article_id: str) -> None:
        self._link(paragraph, article_id, f"src:{article_id}",
                   tooltip=f"Source text of {article_id}", style=_S_LINK)
        try:
            article = self.b.article(article_id)
        except KeyError:
            return
        paragraph.add_run(_clean(f" {article.title}"))
        if article.source:
            paragraph.add_run(_clean(f" ({article.source})"))

    def _article_summaries(self) -> None:
        if not self.b.article_summaries:
            return
        self._para("Heading 1", "Article summaries")
        for summary in self.b.article_summaries:
            article = self._summary_article(summary)
            if article is not None:
                heading = self._para("Heading 2")
                heading.add_run(_clean(f"{article.title} ({article.id})"))
                meta = [x for x in (article.source, article.date) if x]
                note = self._duplicate_note(article)
                if note:
                    meta.append(note[0].upper() + note[1:])
                if meta:
                    self._para(_S_META, _clean(" · ".join(meta)))
            else:
                self._para("Heading 2", _clean(summary.heading))
            if self._shown(summary):
                self._sentences(summary)
            else:
                self._para(_S_META, "No summary sentences.")

    def _summary_article(self, summary: Summary) -> Article | None:
        ids = list(summary.article_ids)
        if not ids and summary.section.startswith("article:"):
            ids = [summary.section.split(":", 1)[1]]
        for article_id in ids[:1]:
            try:
                return self.b.article(article_id)
            except KeyError:
                return None
        return None

    def _shown(self, summary: Summary) -> list[SummarySentence]:
        """The sentences of ``summary`` this copy shows (the final copy leaves out rejected ones)."""
        if not self.final:
            return list(summary.sentences)
        return [s for s in summary.sentences if not (s.review and s.review.rejected)]

    def _sentences(self, summary: Summary) -> None:
        for sentence in self._shown(summary):
            self._sentence(sentence)

    def _sentence(self, sentence: SummarySentence) -> None:
        p = self._para("List Bullet")
        p.paragraph_format.space_after = Pt(4)
        attribution = sentence.attribution
        verdict = attribution.verdict if attribution else None
        text = _clean(sentence.text.strip())
        quoted = sentence.origin in ("extractive", "extractive_fallback")
        # Already quoted, or quoted piece by piece (sources of several articles): leave as is.
        if quoted and text[:1] not in _QUOTES:
            text = f"“{text}”"

        rejected = sentence.review is not None and sentence.review.rejected
        if self.final:
            words = p.add_run(text)
        elif rejected:
            words = self._run(p, text, _S_REJECTED)
        elif verdict == "unsupported":
            self._run(p, "UNSUPPORTED:", _S_UNSUPPORTED)
            p.add_run(" ")
            words = self._run(p, text, _S_UNSUPPORTED_TEXT)
        else:
            words = p.add_run(text)
        if not self.final:
            self._evidence_comment(words, sentence)

        pids = _cited_ids(sentence)
        for pid in pids:
            p.add_run(" ")
            self._marker(p, sentence, pid)
        if not pids:
            p.add_run(" ")
            self._run(p, "[no source found]", _S_NOTE)
        if self.final:
            return

        if rejected:
            pass  # the review note below says so; a verdict tag would ask for a decision already made
        elif verdict == "partly_supported":
            p.add_run(" ")
            self._run(p, "⚠ partly supported", _S_PARTLY)
        elif verdict is None:
            p.add_run(" ")
            self._run(p, "⚠ not checked against the sources", _S_PARTLY)

        notes = []
        if sentence.review is not None:
            notes.append(_review_text(sentence.review))
        if not rejected and verdict in ("partly_supported", "unsupported") and attribution and attribution.reason:
            notes.append(attribution.reason.strip())
        if sentence.origin == "extractive_fallback" and not rejected:
            why = sentence.draft_problem or "it was not supported"
            notes.append(f"source wording used: the model's rewrite was set aside because {why}")
        if notes:
            p.add_run(" ")
            self._run(p, _clean(" — ".join(notes)), _S_NOTE)

    def _evidence_comment(self, words: Run, sentence: SummarySentence) -> None:
        """A Word comment anchored on exactly the sentence's words, holding its evidence."""
        lines = comment_text(sentence, self._label)
        comment = self.doc.add_comment(words, text=lines[0], author=COMMENT_AUTHOR, initials="BS")
        for line in lines[1:]:
            comment.add_paragraph(line)

    def _label(self, pid: str) -> str:
        paragraph = self.resolved.get(pid)
        return paragraph.label if paragraph is not None else pid

    def _marker(self, p: DocxParagraph, sentence: SummarySentence, pid: str) -> None:
        paragraph = self.resolved.get(pid)
        if paragraph is None:
            self._run(p, _clean(f"[{pid}: not in the sources]"), _S_NOTE)
            return
        tooltip = None
        support = next(
            (s for s in (sentence.attribution.supports if sentence.attribution else ())
             if s.paragraph_id == pid),
            None,
        )
        if support is not None:
            quote = " ".join(support.quote.split())
            tooltip = f"support {support.score:.2f}: “{quote}”"
        self._link(p, marker_text(paragraph.label), pid, tooltip=tooltip, style=_S_MARKER)

    def _link(self, p: DocxParagraph, text: str, key: str, *, tooltip: str | None,
              style: str) -> None:
        """An internal hyperlink to the bookmark for ``key`` (placed later, in the appendix).

        The run gets a character style, not direct formatting: LibreOffice drops unstyled
        internal links when it exports to PDF. (It also reads ``w:tooltip`` as a target-frame
        name; harmless, since it jumps to ``#bookmark`` links in the current window.)
        """
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("w:anchor"), self.bookmarks.name(key))
        hyperlink.set(qn("w:history"), "1")
        if tooltip:
            tooltip = _clean(tooltip)
            if len(tooltip) > _TOOLTIP_MAX:
                tooltip = tooltip[: _TOOLTIP_MAX - 1].rstrip() + "…"
            hyperlink.set(qn("w:tooltip"), tooltip)
        r = OxmlElement("w:r")
        hyperlink.append(r)
        p._p.append(hyperlink)
        run = Run(r, p)
        run.text = _clean(text)
        r.style = self._style_id(style)

    # ------------------------------------------------------------------ appendix

    def _appendix(self) -> None:
        heading = self._para("Heading 1", "Source texts")
        heading.paragraph_format.page_break_before = True
        self._para(
            _S_META,
            "The kept paragraphs of each article, numbered as in the original file; the "
            "citation markers above link here. Paragraphs removed in cleaning are listed "
            "under each article instead of printed.",
        )
        if not self.b.articles:
            self._para(_S_META, "No articles.")
        for article in self.b.articles:
            self._source_article(article)

    def _source_article(self, article: Article) -> None:
        heading = self._para("Heading 2")
        heading.add_run(_clean(f"{article.id} · {article.title}"))
        self.bookmarks.place(heading, f"src:{article.id}")

        meta = []
        if article.source:
            meta.append(f"Source: {article.source}")
        if article.date:
            meta.append(f"Date: {article.date}")
        if article.url:
            meta.append(f"URL: {article.url}")
        meta.append(f"File: {article.path.name}")
        extracted = article.extracted
        if extracted and extracted.method != "text":
            meta.append(f"text extracted: {extracted.method}")
        if extracted and extracted.encoding_detected:
            meta.append(f"decoded as {extracted.encoding} (detected)")
        if article.sha256:
            meta.append(f"sha256 {article.sha256[:12]}…")
        note = self._duplicate_note(article)
        if note:
            meta.append(note[0].upper() + note[1:])
        self._para(_S_META, _clean(" · ".join(meta)))

        removed = [p for p in article.paragraphs if not p.kept]
        if removed:
            line = self._para(_S_META)
            line.add_run("Removed in cleaning: ").bold = True
            # Grouped by reason, in file order: "¶7, ¶14 newsletter sign-up; ¶9 repeats ¶3".
            groups: dict[str, list[str]] = {}
            for p in removed:
                reason = _readable_reason(p.removal or "", article.id)
                groups.setdefault(reason, []).append(f"¶{p.number}")
            self._run(line, "; ".join(f"{', '.join(nums)} {reason}"
                                      for reason, nums in groups.items()))

        shown = [p for p in article.paragraphs if p.kept or p.id in self.resolved]
        if not shown:
            self._para(_S_META, "No paragraphs were kept.")
        for paragraph in shown:
            self._source_paragraph(paragraph)

    def _source_paragraph(self, paragraph: Paragraph) -> None:
        if paragraph.kind == "heading":
            p = self._para("Heading 3")
            p.paragraph_format.left_indent = Inches(0.5)
            p.paragraph_format.first_line_indent = Inches(-0.5)
            self._run(p, f"¶{paragraph.number}", _S_PARA_NUMBER)
            p.add_run("\t")
            p.add_run(_clean(paragraph.text))
        else:
            p = self._para(_S_SOURCE)
            self._run(p, f"¶{paragraph.number}", _S_PARA_NUMBER)
            p.add_run("\t")
            p.add_run(_clean(paragraph.text))
        if not paragraph.kept:
            p.add_run(" ")
            reason = _readable_reason(paragraph.removal or "", paragraph.article_id)
            self._run(p, f"(removed in cleaning: {reason}; printed because a summary sentence "
                         "cites it)", _S_NOTE)
        self.bookmarks.place(p, paragraph.id)

    def _skipped(self) -> None:
        if not self.b.skipped_files:
            return
        self._para("Heading 1", "Skipped input files")
        for skipped in self.b.skipped_files:
            p = self._para("List Bullet")
            p.add_run(_clean(Path(skipped.path).name)).bold = True
            p.add_run(_clean(f" — {skipped.problem}"))

    # ------------------------------------------------------------------ footer

    def _footer(self) -> None:
        section = self.doc.sections[0]
        text_width = section.page_width - section.left_margin - section.right_margin
        footer = section.footer
        p = footer.paragraphs[0]
        tabs = p.paragraph_format.tab_stops
        tabs.clear_all()
        # The Footer style has its own centre and right stops; clear them, keep one right stop.
        for inherited in p.style.paragraph_format.tab_stops:
            if inherited.position != text_width:
                tabs.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
        tabs.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        # the date once: the default title already carries it ("Weekly briefing — 7 December 2026")
        date = _human_date(self.b.date)
        label = " · ".join(x for x in (self.b.title, "" if date and date in (self.b.title or "") else date) if x)
        runs = [p.add_run(_clean(label) + "\tPage ")]
        runs += _add_field(p, "PAGE")
        runs.append(p.add_run(" of "))
        runs += _add_field(p, "NUMPAGES")
        for run in runs:
            run.font.size = Pt(8.5)
            run.font.color.rgb = _GREY


def _cited_ids(sentence: SummarySentence) -> list[str]:
    """Paragraph ids cited for ``sentence``, best first, without repeats."""
    if sentence.attribution is None:
        return []
    return list(dict.fromkeys(s.paragraph_id for s in sentence.attribution.supports))


def _readable_reason(reason: str, article_id: str) -> str:
    """Removal reasons may name paragraph ids ("repeats A1.P3"); show them as readers cite them."""

    def label(match: re.Match[str]) -> str:
        if match.group(1) == article_id:
            return f"¶{match.group(2)}"
        return f"{match.group(1)} ¶{match.group(2)}"

    return _PARAGRAPH_ID.sub(label, reason.strip()) or "no reason recorded"


def _shade(parent, fill: str, *, cell: bool = False) -> None:
    """Add ``<w:shd w:val="clear" w:fill=...>`` to an rPr (or tcPr) in schema order."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    if cell:
        successors = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                      "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge",
                      "w:tcPrChange")
    else:
        successors = ("w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
                      "w:eastAsianLayout", "w:specVanish", "w:oMath")
    for old in parent.findall(qn("w:shd")):
        parent.remove(old)
    parent.insert_element_before(shd, *successors)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _keep_row_whole(row) -> None:
    cant_split = OxmlElement("w:cantSplit")
    cant_split.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(cant_split)


def _add_field(p: DocxParagraph, instruction: str) -> list[Run]:
    """A complex field (begin / instrText / separate / result / end) such as PAGE."""
    runs: list[Run] = []

    def fld_char(kind: str) -> None:
        run = p.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._r.append(char)
        runs.append(run)

    fld_char("begin")
    run = p.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    runs.append(run)
    fld_char("separate")
    runs.append(p.add_run("1"))
    fld_char("end")
    return runs
