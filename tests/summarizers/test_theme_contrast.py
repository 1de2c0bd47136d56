"""Opposition cues of theme_contrast: what counts as two articles saying different things."""

from summarizer.summarizers.theme_contrast import cues_between


def test_additive_not_only_is_no_negation():
    a = "The collapse sent ripples through the startup ecosystem, leading not just to economic uncertainty."
    b = "The collapse sent shockwaves through the startup ecosystem and the venture capital market."
    assert "polarity" not in cues_between(a, b)
    assert "polarity" in cues_between("The collapse did not hurt the startup ecosystem.", b)


def test_a_negation_verb_counts_in_any_inflection():
    hesitated = "Customers hesitated to sign new contracts amid the uncertainty."
    hesitating = "Customers were hesitating to sign new contracts amid the uncertainty."
    signing = "Customers kept signing new contracts despite the uncertainty."
    assert "polarity" not in cues_between(hesitated, hesitating)
    assert "polarity" in cues_between(hesitating, signing)


def test_a_decade_written_two_ways_is_not_a_different_number():
    assert "numbers" not in cues_between(
        "The bank was established in the early '80s to serve the tech industry.",
        "The bank was established in the early 1980s to serve the tech industry.",
    )
    assert "numbers" in cues_between("Sales grew 5 percent in the quarter.", "Sales grew 9 percent in the quarter.")
