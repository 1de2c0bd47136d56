"""Cross-article themes, in one direction of flow:

``stories`` (which articles tell one story) → ``topics`` (what two or more of them discuss,
within one story) → ``lines`` (the sentence each article contributes) → ``titles`` (a name in
the articles' own words). The sentences are shortened with the article summaries' in one model
call and checked like every other sentence (``summarizers.assemble``).

A theme is a title and one shortened line per article, not a sentence merged from several
articles: the 1.5B model garbled merges (most were rejected and fell back to two stitched
quotes), while shortening one sentence is a task it does well and the checks can verify.
"""

from summarizer.summarizers.themes.plan import ThemePlan, plan_themes

__all__ = ["ThemePlan", "plan_themes"]
