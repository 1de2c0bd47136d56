import numpy as np

from summarizer.summarizers.themes.titles import checked_title, choose_title, phrases


class WordCountEmbedder:
    """Phrases with more words of a fixed vocabulary point closer to its centre."""

    vocabulary = ["air", "defence", "systems", "s-400", "deliveries"]

    def encode(self, texts):
        rows = [[float(w in t.lower()) for w in self.vocabulary] + [0.1] for t in texts]
        return np.array(rows) / np.linalg.norm(rows, axis=1, keepdims=True)


def test_phrases_are_content_word_runs_and_joined_pairs():
    found = phrases("Russia delayed deliveries of the S-400 air defence systems to Iran.")
    assert "S-400 air defence systems" in found and "Russia delayed deliveries" in found
    assert all(not p.lower().startswith(("the ", "of ")) for p in found)


def test_the_title_is_shared_by_two_articles_and_not_only_story_words():
    sentences = [
        "Russia has not delivered the S-400 air defence systems Iran ordered.",
        "Iran still waits for S-400 air defence systems from Russia.",
        "Russia and Iran signed a treaty.",
    ]
    centre = WordCountEmbedder().encode(["air defence systems s-400"])[0]
    title = choose_title(sentences, ["A1", "A2", "A2"], centre, {"russia", "iran"}, WordCountEmbedder())
    assert title == "S-400 air defence systems"


def test_the_models_title_is_kept_only_in_the_sources_words():
    from summarizer.summarizers.themes.titles import checked_title, title_request

    sentences = ["Dock workers in Rotterdam walked out over night-shift pay.", "The Rotterdam port strike entered its second day."]
    assert "- Dock workers" in title_request(sentences).user
    assert checked_title("Rotterdam port strike", sentences, set()) == "Rotterdam port strike"
    assert checked_title('"Night-shift pay dispute".', sentences, set()) is None  # "dispute" is not in them
    assert checked_title("Strike", sentences, set()) is None  # one word
    assert checked_title("Rotterdam strike", sentences, {"rotterdam", "strike"}) is None  # only the story's words


def test_a_title_is_a_noun_phrase_not_a_clause_cut_short():
    from summarizer.summarizers.themes.titles import reads_as_noun_phrase

    assert not reads_as_noun_phrase("Dodge continues")
    assert not reads_as_noun_phrase("Oil prices rise")
    assert reads_as_noun_phrase("Russian arms deliveries to Iran")
    assert reads_as_noun_phrase("Nuclear talks in Vienna")
    story = {"dodg"}
    sentences = ["Dodge continues to build muscle cars in Detroit.", "The brothers built their first car in 1914."]
    assert checked_title("Dodge continues", sentences, story) is None
    assert checked_title("Muscle cars", sentences, story) == "Muscle cars"
