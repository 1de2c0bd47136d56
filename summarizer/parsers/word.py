"""Word files (``.docx``): the body's paragraphs and table cells in document order.

A Word paragraph is a paragraph; manual line breaks inside one are joined (a word hyphenated
at such a break is put back together); empty paragraphs are spacing and are dropped. Heading
and Title styles give heading paragraphs. The title comes from the document's properties (the
Title-styled paragraph stands in for a missing one). The author and creation date are not
taken as source and date: they name whoever saved the file and when (python-docx's own
template says 2013), not the publisher; a manifest gives those. Page headers and footers are
not read: they repeat on every page and are never the article.
"""

from __future__ import annotations

import zipfile
from importlib.metadata import version
from pathlib import Path
from typing import Any, Iterator

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph as WordParagraph

from summarizer.errors import InputError
from summarizer.parsers.extraction import Block, Extraction, from_blocks, join_lines

METHOD = f"docx (python-docx {version('python-docx')})"


def extract_docx(path: Path) -> Extraction:
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(path, f"not a readable Word (.docx) file ({_why(error)})") from None
    except Exception as error:  # lxml's XMLSyntaxError and friends from a damaged part
        raise InputError(path, f"damaged Word (.docx) file ({_why(error)})") from None
    blocks = [_block(paragraph) for paragraph in _paragraphs(document)]
    properties = document.core_properties
    title = (properties.title or "").strip() or next((b.text for b in blocks if b.removal == "title"), None)
    blocks = [Block(b.text, b.kind) for b in blocks]
    return from_blocks(blocks, METHOD, title=title or None)


def _why(error: Exception) -> str:
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__


def _paragraphs(document: Document) -> Iterator[WordParagraph]:
    """Paragraphs of the body in order, those inside tables (cell by cell) included."""
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            yield from _table_paragraphs(item)
        else:
            yield item


def _table_paragraphs(table: Table) -> Iterator[WordParagraph]:
    seen: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column it spans
                continue
            seen.add(id(cell._tc))
            for item in cell.iter_inner_content():
                if isinstance(item, Table):
                    yield from _table_paragraphs(item)
                else:
                    yield item


def _block(paragraph: WordParagraph) -> Block:
    style = _style_name(paragraph)
    text = join_lines(paragraph.text.replace("\t", " ").split("\n"))
    if style == "title":
        return Block(text, "heading", "title")  # the marker is dropped once the title is read
    return Block(text, "heading" if style.startswith("heading") else "body")


def _style_name(paragraph: Any) -> str:
    try:
        return (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    except (KeyError, ValueError):  # a style id the styles part does not define
        return ""
