"""PDF files: the text layer, with paragraphs rebuilt from the page layout.

pypdf's layout mode places each line on a character grid and leaves blank lines where the page
leaves vertical space, so a blank line separates paragraphs. Inside a block of lines, a new
paragraph also starts after a short line that ends a sentence or a heading (a short line
without end punctuation), and at a line indented further than the block's other lines (a
first-line indent). Lines of a paragraph are joined, words hyphenated at a line end put back
together. A paragraph cut by a page break (it ends without end punctuation and the next page
goes on in lower case) is joined across it. Lines that are only a page number, and running
headers or footers (the same short line at the top or bottom of two or more pages), are kept
in the extracted text but marked removed.

Only the text layer is read: a scanned PDF (page images, no text) is reported as such.
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pypdf
from pypdf.errors import PyPdfError

from summarizer.errors import InputError
from summarizer.parsers.extraction import Block, Extraction, from_blocks, join_lines

METHOD = f"pdf (pypdf {version('pypdf')}, layout mode)"
PAGE_NUMBER = "page number"
RUNNING_LINE = "running header or footer (the same line on several pages)"
# Lines at a page's top or bottom this many words long or shorter may be running headers.
RUNNING_LINE_MAX_WORDS = 12
# A line shorter than this share of the block's widest line ends its paragraph when it ends a
# sentence (the last line of a paragraph), or is a heading when it does not.
SHORT_LINE_SHARE = 0.6
# A line indented at least this many columns more than the block's least indented line
# starts a paragraph (a first-line indent), when the line before it ended a sentence.
INDENT_COLUMNS = 2
_SENTENCE_END = re.compile(r"[.!?:][\"”’')\]]*$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.IGNORECASE)


def extract_pdf(path: Path) -> Extraction:
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(path, "encrypted PDF: it needs a password to open")
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
        info = reader.metadata
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
        raise InputError(path, f"not a readable PDF ({_why(error)})") from None
    if not any(page.strip() for page in pages):
        raise InputError(
            path, f"scanned PDF: no text layer on its {len(pages)} page(s) (run OCR on it first, e.g. ocrmypdf)"
        )
    blocks: list[Block] = []
    for page in _mark_running_lines([_page_blocks(page) for page in pages]):
        _append_page(blocks, page)
    return from_blocks(blocks, METHOD, **_metadata(info))


def _why(error: Exception) -> str:
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__


def _metadata(info: Any) -> dict[str, str | None]:
    """The document's title. Its author and creation date name whoever saved the file and when
    (a browser's "print to PDF"), not the publisher and the publication date: not used."""
    if info is None:
        return {}
    return {"title": str(info.title or "").strip() or None}


def _page_blocks(page: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", page):
        lines = [line.rstrip() for line in chunk.split("\n") if line.strip()]
        if lines:
            blocks.extend(_paragraphs(lines))
    return blocks


def _paragraphs(lines: list[str]) -> list[Block]:
    """Split one block of consecutive lines into paragraphs (see the module's rules)."""
    widest = max(len(line.strip()) for line in lines)
    least_indent = min(len(line) - len(line.lstrip()) for line in lines)
    groups: list[list[str]] = [[]]
    for index, line in enumerate(lines):
        if index and groups[-1]:
            previous = lines[index - 1].strip()
            short = len(previous) < SHORT_LINE_SHARE * widest
            ended = bool(_SENTENCE_END.search(previous))
            indented = len(line) - len(line.lstrip()) >= least_indent + INDENT_COLUMNS
            if short or (indented and ended):
                groups.append([])
        groups[-1].append(line)
    blocks = []
    for group in groups:
        text = join_lines(group)
        if _PAGE_NUMBER.match(text):
            blocks.append(Block(text, "body", PAGE_NUMBER))
        elif len(group) == 1 and not _SENTENCE_END.search(text) and len(text.split()) <= 12 and len(groups) > 1:
            blocks.append(Block(text, "heading"))
        else:
            blocks.append(Block(text))
    return blocks


def _mark_running_lines(pages: list[list[Block]]) -> list[list[Block]]:
    def edges(page: list[Block]) -> list[int]:
        kept = [i for i, b in enumerate(page) if b.removal is None]
        return sorted({kept[0], kept[-1]}) if kept else []

    counts: dict[str, int] = {}
    for page in pages:
        for text in {page[i].text for i in edges(page)}:
            counts[text] = counts.get(text, 0) + 1
    marked = []
    for page in pages:
        page = list(page)
        for i in edges(page):
            block = page[i]
            if counts[block.text] >= 2 and len(block.text.split()) <= RUNNING_LINE_MAX_WORDS:
                page[i] = Block(block.text, block.kind, RUNNING_LINE)
        marked.append(page)
    return marked


def _append_page(blocks: list[Block], page: list[Block]) -> None:
    """Add a page's blocks, joining a paragraph the page break cut in two."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].removal is None), None)
    first = next((i for i, b in enumerate(page) if b.removal is None), None)
    if last is not None and first is not None:
        before, after = blocks[last], page[first]
        if (
            before.kind == after.kind == "body"
            and not _SENTENCE_END.search(before.text)
            and after.text[:1].islower()
        ):
            joined = join_lines([before.text, after.text])
            blocks[last] = Block(joined)
            # The page number between them moves after the joined paragraph.
            blocks.extend(page[:first] + page[first + 1 :])
            return
    blocks.extend(page)
