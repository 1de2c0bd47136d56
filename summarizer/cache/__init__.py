"""The work cache: per-article model work (drafts, verdicts, embeddings) kept between runs.

Re-running the weekly briefing after one article is added should only pay for that article and
for what is recomputed across articles (themes, the executive summary). The cache is generic:
it memoizes the model calls themselves (``CachedGenerator``) and sentence vectors
(``CachedEmbedder``), keyed by content hash, model identity and generation settings, so it
works whatever the drafting stages ask for.
"""

from summarizer.cache.embedder import CachedEmbedder
from summarizer.cache.generator import CachedGenerator, model_key
from summarizer.cache.store import WorkCache, clear_cache, work_cache_path

__all__ = ["CachedEmbedder", "CachedGenerator", "WorkCache", "clear_cache", "model_key", "work_cache_path"]
