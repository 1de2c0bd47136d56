"""Read a folder of articles into ``Article`` objects with offsets into their extracted text.

Formats: ``.txt``/``.md`` (any encoding; ``parsers/plain.py``), ``.html``/``.htm``
(``parsers/html.py``), ``.docx`` (``parsers/word.py``), ``.pdf`` (``parsers/pdf.py``). Each
gives an extracted text and its paragraph spans; paragraphs and sentences are built here, the
same way for every format. Paragraph numbers count every paragraph of the body in order, so
they stay valid after cleaning removes some.

Subfolders are read too, everything in path order (a week's folder of day folders
``2026-11-02/``, ``2026-11-03/``... reads day by day). Hidden files and folders, Word's lock
files (``~$…``) and the ``exclude`` folder (where briefings are written) are passed over. An
optional ``manifest.csv``/``manifest.json`` gives title, source, date and URL per file.

Bad files never stop the run by themselves: each yields a ``SkippedFile`` with a one-line
problem, and only an input with nothing usable left raises ``InputError``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.dom import Article, Extracted, Paragraph, Sentence, SkippedFile
from summarizer.errors import InputError
from summarizer.nlp.sentences import sentence_spans
from summarizer.parsers.decoding import Undecodable, decode_text, has_bom
from summarizer.parsers.extraction import Extraction
from summarizer.parsers.html import decode_html, extract_html
from summarizer.parsers.manifest import Manifest, find_manifest, load_manifest
from summarizer.parsers.pdf import extract_pdf
from summarizer.parsers.plain import MD_HEADING, extract_plain
from summarizer.parsers.word import extract_docx

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".docx", ".pdf")
# Largest file read, by format. Text: ~800k words, far beyond an article. A saved page carries
# scripts and styles (news pages are 0.3-3 MB); Word and PDF files carry images and fonts.
MAX_FILE_BYTES = {".txt": 5_000_000, ".md": 5_000_000, ".html": 20_000_000, ".htm": 20_000_000}
MAX_BINARY_FILE_BYTES = 50_000_000
_BRIEFING = re.compile(r"^briefing-\d{4}-\d{2}-\d{2}(?:-\d+)?\.docx$")  # what pipeline.output_paths writes
# Largest extracted text: the same ~800k words; a 500-page PDF report is not a news article.
MAX_TEXT_CHARS = 5_000_000


@dataclass(frozen=True)
class ReadResult:
    articles: list[Article]
    skipped: list[SkippedFile]
    notes: list[str] = field(default_factory=list)  # one line each, e.g. a manifest entry with no file


def read_folder(folder: Path, exclude: Path | None = None) -> ReadResult:
    """Read every article file under ``folder`` (subfolders too), in path order."""
    if not folder.exists():
        raise InputError(folder, "no such folder")
    if not folder.is_dir():
        raise InputError(folder, "not a folder (give the folder that holds the articles)")
    files = article_files(folder, exclude)
    if not files:
        raise InputError(folder, f"no article files ({', '.join(SUFFIXES)}) in this folder or its subfolders")
    manifest_path = find_manifest(folder)
    manifest = load_manifest(manifest_path) if manifest_path else None
    result = read_files(files, folder, manifest)
    if manifest:
        listed = {_relative(path, folder) for path in files}
        for name in manifest.entries:
            if name not in listed:
                result.notes.append(f"{manifest.path}: {name} is listed but there is no such article file")
    return result


def article_files(folder: Path, exclude: Path | None = None) -> list[Path]:
    """``exclude``: the output folder. Below the input folder, it is passed over whole; when it
    is the input folder itself, only the briefings in it are."""
    excluded = exclude.resolve() if exclude else None
    files = []
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        if any(part.startswith((".", "~$")) for part in parts):
            continue
        if excluded and excluded != folder.resolve() and excluded in path.resolve().parents:
            continue
        if excluded and path.resolve().parent == excluded and _BRIEFING.match(path.name):
            continue
        if path.suffix.lower() in SUFFIXES and path.is_file():
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(folder).parts)


def read_files(files: list[Path], folder: Path | None = None, manifest: Manifest | None = None) -> ReadResult:
    articles: list[Article] = []
    skipped: list[SkippedFile] = []
    for path in files:
        try:
            article = read_article(path, f"A{len(articles) + 1}")
        except InputError as error:
            skipped.append(SkippedFile(path, error.problem))
            continue
        if manifest and folder:
            _apply_manifest(article, manifest.entry(_relative(path, folder)))
        articles.append(article)
    return ReadResult(articles, skipped)


def _relative(path: Path, folder: Path) -> str:
    return path.relative_to(folder).as_posix()


def _apply_manifest(article: Article, entry: dict[str, str]) -> None:
    if "title" in entry:
        article.title, article.title_from = entry["title"], "manifest"
    article.source = entry.get("source", article.source)
    article.date = entry.get("date", article.date)
    article.url = entry.get("url", article.url)


def read_article(path: Path, article_id: str) -> Article:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        limit = MAX_FILE_BYTES.get(suffix, MAX_BINARY_FILE_BYTES)
        if size > limit:
            raise InputError(path, f"too large for an article ({size:,} bytes; limit {limit:,})")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from None
    extraction = extract(path, data)
    if len(extraction.text) > MAX_TEXT_CHARS:
        raise InputError(
            path, f"too much text for an article ({len(extraction.text):,} characters; limit {MAX_TEXT_CHARS:,})"
        )
    paragraphs = build_paragraphs(extraction, article_id)
    if not paragraphs:
        where = "after the header lines" if extraction.body_start else "in the file"
        raise InputError(path, f"no text {where}")
    title = extraction.title or ""
    return Article(
        id=article_id,
        path=path,
        title=title,
        source=extraction.source,
        date=extraction.date,
        paragraphs=paragraphs,
        sha256=hashlib.sha256(data).hexdigest(),
        title_from=extraction.metadata_from if title else "text",  # type: ignore[arg-type]
        url=extraction.url,
        extracted=Extracted(
            text=extraction.text,
            method=extraction.method,
            encoding=extraction.encoding,
            encoding_detected=extraction.encoding_detected,
            note="; ".join(filter(None, [extraction.encoding_note, *extraction.notes])) or None,
            body_start=extraction.body_start,
        ),
    )


def extract(path: Path, data: bytes) -> Extraction:
    """The file's extracted text and paragraph spans; ``InputError`` with a one-line problem."""
    suffix = path.suffix.lower()
    if suffix in (".docx", ".pdf"):
        if not data:
            raise InputError(path, "empty file")
        return extract_docx(path) if suffix == ".docx" else extract_pdf(path)
    if not data.strip():
        raise InputError(path, "empty file")
    if b"\x00" in data[:8192] and not has_bom(data):
        raise InputError(path, "binary file, not text")
    try:
        decoded = decode_html(data) if suffix in HTML_SUFFIXES else decode_text(data)
    except Undecodable as error:
        raise InputError(path, f"undecodable: {error}") from None
    if not decoded.text.strip():
        raise InputError(path, "empty file")
    return extract_html(decoded) if suffix in HTML_SUFFIXES else extract_plain(decoded)


def build_paragraphs(extraction: Extraction, article_id: str) -> list[Paragraph]:
    text = extraction.text
    paragraphs = []
    for number, span in enumerate(extraction.spans, 1):
        a, b = span.start, span.end
        raw = text[a:b]
        paragraph_id = f"{article_id}.P{number}"
        # Hard-wrapped lines are joined for reading; offsets still point into the text.
        display = " ".join(raw.split())
        heading = MD_HEADING.match(raw)
        if heading:
            display = display[heading.end() :].strip() or display
        sentences = [
            Sentence(f"{paragraph_id}.S{i}", " ".join(raw[s:e].split()), a + s, a + e)
            for i, (s, e) in enumerate(sentence_spans(raw), 1)
        ]
        paragraphs.append(
            Paragraph(
                id=paragraph_id,
                article_id=article_id,
                number=number,
                text=display,
                start=a,
                end=b,
                sentences=sentences,
                kind=span.kind,
                removal=span.removal,
            )
        )
    return paragraphs
