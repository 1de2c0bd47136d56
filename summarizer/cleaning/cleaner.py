"""Clean one article: mark what is not the article's own text, with the reason.

Nothing is deleted: a removed paragraph keeps its id and number and gets ``removal`` set, so
citations keep the original numbering and the trace shows every removal. Paragraphs the reader
already marked (an HTML page's boilerplate, a PDF's page numbers) stay removed. Passes, in order:

1. injection and furniture: paragraphs that address an AI model (``injection.py``: the model
   never reads them, the tracer never cites them), and widgets, captions or tags, wherever
   they stand;
2. front matter: everything before the first paragraph of running prose that is not prose
   (headline, byline, author bio, standfirst); the first headline-like line becomes the
   title when the file gave none;
3. end of article: the first appeal or widget after at least ``END_MIN_SHARE`` of the
   article's prose ends the article; everything after it (teasers of other articles,
   newsletter boxes) is removed, since scrapes append whole other stories there;
4. repeats: a paragraph that repeats an earlier one (exactly, or with ``REPEAT_RATIO`` of its
   words in order) is removed in favour of the first occurrence; candidates come from a
   MinHash-LSH index of word trigrams, so a long file is not compared pair by pair;
5. structure: short non-prose lines among prose become headings; headings left with no text
   under them are removed.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from datasketch import MinHash, MinHashLSH

from summarizer.cleaning.furniture import furniture_reason, is_appeal, is_prose, is_title_like
from summarizer.cleaning.injection import injection_reason
from summarizer.dom import Article, Paragraph
from summarizer.nlp.text import jaccard, normalize, without_dateline, words

# The end of an article is only searched for after this share of its prose characters, so
# that a caption or a quoted appeal near the top does not cut the article short.
END_MIN_SHARE = 0.5
# Word-sequence similarity (difflib ratio over word lists) at or above which two paragraphs
# count as the same text repeated. 0.85 tolerates a changed word or two in a paragraph (a
# scrape's re-render: "twelve" → "12") while two different paragraphs on one subject stay far
# below it (typically < 0.3).
REPEAT_RATIO = 0.85
# Cheap pre-filter before the ratio: the word sets must overlap at least this much.
REPEAT_PREFILTER_JACCARD = 0.5
# Shorter paragraphs (headlines, tags) must match exactly to count as repeats.
REPEAT_MIN_WORDS = 8
# Near-repeat candidates: paragraphs whose word-trigram sets are close by MinHash-LSH. A pair at
# REPEAT_RATIO shares long runs of words: a changed word costs at most three trigrams, so one or
# two changed words in a paragraph leave trigram Jaccard ~0.7-0.85, and even six changes
# scattered through 40 words leave ~0.35. 64 bands of 2 rows (128 permutations) make such a pair
# a candidate with probability 1-(1-J^2)^64: 0.9996 at J = 0.35, 0.93 at J = 0.2; two
# unrelated paragraphs (J ~0.01 even over a 16-word vocabulary) only 0.6 % of the time. The
# ratio itself still decides; the index only spares the quadratic comparison of every pair
# (5,000 paragraphs: 74 s -> bench/RESULTS.md).
REPEAT_SHINGLE_WORDS = 3
LSH_BANDS = 64
LSH_ROWS = 2
_TEMPLATE = MinHash(num_perm=LSH_BANDS * LSH_ROWS, seed=1)  # permutations drawn once, not per paragraph
# With no title line, a file name of this many words is a headline slug
# ("riac-russia-iran-biden-era") and titles the article; a shorter one ("doc2", "article_17")
# says nothing, and the first sentence of the text, cut to LEDE_TITLE_MAX_WORDS, is used instead.
FILENAME_TITLE_MIN_WORDS = 3
LEDE_TITLE_MAX_WORDS = 12


def clean_article(article: Article) -> Article:
    paragraphs = article.paragraphs
    for paragraph in paragraphs:
        if paragraph.removal is None:
            paragraph.removal = injection_reason(paragraph.text) or furniture_reason(paragraph.text)
    title = _mark_front_matter(paragraphs)
    if not article.title:
        if title:
            article.title = title
            article.title_from = "text"
        elif len(_filename_words(article)) >= FILENAME_TITLE_MIN_WORDS:
            article.title = _title_from_filename(article)
            article.title_from = "filename"
        else:
            lede = _title_from_lede(paragraphs)
            article.title = lede or _title_from_filename(article)
            article.title_from = "text" if lede else "filename"
    _mark_after_end(paragraphs)
    _mark_repeats(paragraphs)
    _mark_headings(paragraphs)
    return article


def _remove(paragraph: Paragraph, reason: str) -> None:
    if paragraph.removal is None:
        paragraph.removal = reason


def _mark_front_matter(paragraphs: list[Paragraph]) -> str | None:
    """Remove the lines before the body; return the first headline-like one."""
    title = None
    for paragraph in paragraphs:
        if paragraph.kept and is_prose(paragraph.text):
            break
        if paragraph.kept and title is None and is_title_like(paragraph.text):
            title = paragraph.text
            _remove(paragraph, "headline")
        elif paragraph.kept and title is not None and normalize(paragraph.text) == normalize(title):
            continue  # a repeated headline is reported as a repeat by the repeats pass
        else:
            _remove(paragraph, "front matter: byline, standfirst or label before the article body")
    return title


def _mark_after_end(paragraphs: list[Paragraph]) -> None:
    prose_chars = [len(p.text) if p.kept and is_prose(p.text) else 0 for p in paragraphs]
    total = sum(prose_chars)
    if not total:
        return
    seen = 0
    for index, paragraph in enumerate(paragraphs):
        ends_here = is_appeal(paragraph.text) or (
            paragraph.removal is not None and paragraph.removal.startswith("site furniture")
        )
        if ends_here and seen >= END_MIN_SHARE * total:
            what = "appeal" if is_appeal(paragraph.text) else "widget"
            paragraph.removal = paragraph.removal or "site furniture: donation or newsletter appeal"
            for later in paragraphs[index + 1 :]:
                _remove(later, f"after the article's end (¶{paragraph.number}, {what}): teaser or furniture")
            return
        seen += prose_chars[index]


def _same_text(a: list[str], b: list[str], a_set: set[str], b_set: set[str]) -> bool:
    """Whether ``a`` repeats ``b``: ``REPEAT_RATIO`` of their words in order. Cheap upper bounds
    of SequenceMatcher's ratio go first (length, Jaccard prefilter, multiset overlap), so most
    pairs of a long file are ruled out without the quadratic alignment; the decisions are those of
    the full ratio alone."""
    shorter, longer = sorted((len(a), len(b)))
    if shorter < REPEAT_MIN_WORDS or 2 * shorter / (shorter + longer) < REPEAT_RATIO:
        return False
    if jaccard(a_set, b_set) < REPEAT_PREFILTER_JACCARD:
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= REPEAT_RATIO and matcher.ratio() >= REPEAT_RATIO


def _signature(tokens: list[str]) -> MinHash:
    signature = MinHash(
        num_perm=LSH_BANDS * LSH_ROWS, seed=1, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme
    )
    n = REPEAT_SHINGLE_WORDS
    signature.update_batch([" ".join(tokens[i : i + n]).encode("utf-8") for i in range(len(tokens) - n + 1)])
    return signature


def _mark_repeats(paragraphs: list[Paragraph]) -> None:
    """Each paragraph against the earlier paragraphs that are not repeats themselves: the first
    one it repeats, in file order, is named."""
    earlier: dict[int, tuple[Paragraph, list[str], set[str]]] = {}
    index = MinHashLSH(num_perm=LSH_BANDS * LSH_ROWS, params=(LSH_BANDS, LSH_ROWS))
    exact: dict[tuple[str, ...], Paragraph] = {}  # identical word sequences, found in O(1)
    for position, paragraph in enumerate(paragraphs):
        tokens = words(paragraph.text)
        first = exact.get(tuple(tokens))
        signature = None
        if first is None and len(tokens) >= REPEAT_MIN_WORDS:
            token_set = set(tokens)
            signature = _signature(tokens)
            for candidate in sorted(index.query(signature)):
                other, other_tokens, other_set = earlier[candidate]
                if _same_text(tokens, other_tokens, token_set, other_set):
                    first = other
                    break
        if first is not None:
            if paragraph.removal is None or paragraph.removal.startswith("after the article's end"):
                paragraph.removal = f"repeats ¶{first.number}"
            continue
        if signature is not None:
            earlier[position] = (paragraph, tokens, token_set)
            index.insert(position, signature)
        exact.setdefault(tuple(tokens), paragraph)


def _mark_headings(paragraphs: list[Paragraph]) -> None:
    for paragraph in paragraphs:
        if paragraph.kept and paragraph.kind == "body" and not is_prose(paragraph.text):
            if len(words(paragraph.text)) <= 20:
                paragraph.kind = "heading"
    # A heading whose section lost all its text (e.g. a "Bottom line" that only repeated
    # earlier paragraphs) would head nothing in the appendix.
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kept and paragraph.kind == "heading":
            following = next(
                (p for p in paragraphs[index + 1 :] if p.kept),
                None,
            )
            if following is None or following.kind == "heading":
                paragraph.removal = "heading with no text under it after cleaning"


def _filename_parts(article: Article) -> list[str]:
    return article.path.stem.replace("_", " ").replace("-", " ").split()


def _filename_words(article: Article) -> list[str]:
    return [word for word in _filename_parts(article) if word.isalpha()]


def _title_from_filename(article: Article) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in _filename_parts(article)) or article.id


def _title_from_lede(paragraphs: list[Paragraph]) -> str:
    """The first sentence of the article's text, cut to ``LEDE_TITLE_MAX_WORDS`` words."""
    first = next((p for p in paragraphs if p.kept and p.sentences), None)
    if first is None:
        return ""
    tokens = without_dateline(first.sentences[0].text).split()  # "WASHINGTON (Aug. 13) -- Declaring ..."
    if len(tokens) <= LEDE_TITLE_MAX_WORDS:
        return " ".join(tokens).rstrip(".")
    return " ".join(tokens[:LEDE_TITLE_MAX_WORDS]).rstrip(",;:") + "…"
