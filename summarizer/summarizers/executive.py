"""The executive summary's candidates: the week's most important points, once each.

Stories are taken largest first (a story told by five articles matters more than one told by
one), round-robin, so every story gets its point before any gets a second; within a story, the
article closest to the story's centre speaks first, with the sentence that covers most of it.
``assemble`` prints the first candidates that shorten well, within the word budget, and never
a sentence that another section prints, nor one that repeats a point already made.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from summarizer.dom import Sentence
from summarizer.summarizers.article import ArticlePlan
from summarizer.summarizers.pool import SentencePool

# Points one story may give at most: three is enough to state a story; the rest is in its
# articles' sections.
MAX_POINTS_PER_STORY = 3


def plan_executive(
    stories: Sequence[Sequence[str]], plans: dict[str, ArticlePlan], pool: SentencePool
) -> list[tuple[int, Sentence]]:
    """(story index, sentence) candidates in the order they should be printed."""
    queues: list[list[Sentence]] = []
    for story in stories:
        vectors = np.stack([pool.article_vector(a) for a in story])
        centre = vectors.mean(axis=0)
        order = [story[i] for i in np.argsort(-(vectors @ centre), kind="stable")]
        # Each article's best sentence first, then each article's second, ...
        ranked = [[s.sentence for s in plans[a].candidates] for a in order if a in plans]
        queue: list[Sentence] = []
        depth = max((len(r) for r in ranked), default=0)
        for level in range(depth):
            queue.extend(r[level] for r in ranked if level < len(r))
        queues.append(queue)
    out: list[tuple[int, Sentence]] = []
    # Round-robin over stories; a story's queue offers spares too (a point that fails a check
    # is replaced by the story's next), so up to three times the points it may give.
    for level in range(3 * MAX_POINTS_PER_STORY):
        for index, queue in enumerate(queues):
            if level < len(queue):
                out.append((index, queue[level]))
    return out
