"""The part-of-speech tagger: verified files, tags by character span."""

import shutil

import pytest

from summarizer.errors import ModelError
from summarizer.nlp import tagger


def test_tags_come_from_the_whole_sentence_and_a_contraction_keeps_its_verb():
    text = "There's not been a lot to laugh about, and police took the man to hospital."
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\S+", text)]
    tags = dict(zip(text.split(), tagger.tags_at(text, words)))
    assert tags["There's"] == "VBZ"  # spaCy reads "There" + "'s"; the word keeps the verb's tag
    assert tags["took"] == "VBD"  # an irregular past, which word shapes missed
    assert tags["laugh"] == "VB" and tags["lot"] == "NN"


def test_a_changed_file_is_refused_with_its_name(tmp_path):
    folder = tmp_path / "release"
    shutil.copytree(tagger.data_folder(), folder)
    tagger.verify(folder)  # the installed files are the pinned ones
    with open(folder / "tagger" / "model", "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError, match=r"tagger/model: sha256 differs"):
        tagger.verify(folder)
    (folder / "tok2vec" / "model").unlink()
    with pytest.raises(ModelError, match=r"tok2vec/model: missing"):
        tagger.verify(folder)


def test_the_release_package_is_never_imported():
    import sys

    tagger.tag_spans("The bank raised rates.")
    assert tagger.PACKAGE not in sys.modules


def test_a_text_longer_than_any_sentence_is_left_untagged():
    long = "word " * (tagger.MAX_TAGGED_CHARS // 5 + 1)
    assert tagger.tag_spans(long) == ()
    assert set(tagger.tags_at(long, [(0, 4), (5, 9)])) == {""}
