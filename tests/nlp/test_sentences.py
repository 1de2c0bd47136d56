from summarizer.nlp.sentences import sentence_spans, split_sentences


def test_abbreviations_do_not_split():
    text = "Dr. Smith met the U.S. envoy on Oct. 5. They talked. “It works,” he said."
    assert split_sentences(text) == ["Dr. Smith met the U.S. envoy on Oct. 5.", "They talked.", "“It works,” he said."]


def test_titles_and_degrees_punkt_lacks_do_not_split():
    # FRANK CNN/DM: "M.D. Anderson" split made "Anderson Cancer Center" a sentence's subject
    text = ("The pair married at the University of Texas M.D. Anderson Cancer Center. Gov. Jerry Brown "
            "ordered cuts, e.g. in Los Angeles. Rev. Jesse Jackson and Sgt. Pepper climbed Mt. Everest.")
    assert split_sentences(text) == [
        "The pair married at the University of Texas M.D. Anderson Cancer Center.",
        "Gov. Jerry Brown ordered cuts, e.g. in Los Angeles.",
        "Rev. Jesse Jackson and Sgt. Pepper climbed Mt. Everest.",
    ]
    # still a boundary before a frequent sentence starter
    assert len(split_sentences("The letter was signed by Jane Smith, M.D. The clinic closed in May.")) == 2



def test_organisation_abbreviations_do_not_split():
    # a real-news article: "Assn." ended a sentence and the fragment was quoted as a summary line
    text = ("SACRAMENTO — The lobby group Consumer Electronics Assn. is fighting a ban. The state's "
            "Water Dept. and the Dist. Atty. Office said the Univ. campus on Sunset Blvd. will close.")
    assert split_sentences(text) == [
        "SACRAMENTO — The lobby group Consumer Electronics Assn. is fighting a ban.",
        "The state's Water Dept. and the Dist. Atty. Office said the Univ. campus on Sunset Blvd. will close.",
    ]

def test_spans_are_offsets_into_the_text():
    text = "  First one here.   Second one there.  "
    for start, end in sentence_spans(text):
        assert text[start:end] in ("First one here.", "Second one there.")


def test_a_run_on_sentence_is_split_where_its_full_stop_went_missing():
    text = "The whole fall was caught on a visitor's phone The embarrassed guard got up at once. Then he left."
    assert split_sentences(text) == [
        "The whole fall was caught on a visitor's phone",
        "The embarrassed guard got up at once.",
        "Then he left.",
    ]
    # titles and names keep their capitals
    titled = "She won the 2012 series of The X Factor, and she studied in The Hague with a friend of An Nguyen."
    assert split_sentences(titled) == [titled]
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == split_sentences(text)


def test_a_run_on_opening_with_a_capitalised_preposition_is_split_but_a_title_is_not():
    text = "The camera has not worked for more than two years Around 300 cameras are out of order in the city."
    assert split_sentences(text) == ["The camera has not worked for more than two years",
                                     "Around 300 cameras are out of order in the city."]
    titled = "He starred in the film In Bruges and later in a play."
    assert split_sentences(titled) == [titled]


def test_a_run_on_opening_with_a_capital_a_before_a_name_is_split():
    text = ("Kevin Rebbie was arrested after a girl found a hidden camera that police traced back to the man "
            "A Pennsylvania man was arrested after allegedly abusing a girl in her home.")
    assert split_sentences(text) == [
        "Kevin Rebbie was arrested after a girl found a hidden camera that police traced back to the man",
        "A Pennsylvania man was arrested after allegedly abusing a girl in her home.",
    ]
    named = "She went to school with a friend of An Nguyen who lives in Hanoi."
    assert split_sentences(named) == [named]


def test_a_title_case_heading_is_not_split():
    heading = "Why Russia Sees Its Key Play Ticket in Iran's Dealing With the U.S. Last year, the talks stalled."
    assert "Dealing With the U.S." in split_sentences(heading)[0]


def test_a_run_on_after_a_name_or_before_but_is_split():
    # "... from Mexico The woman, who ..." and "... to be massaged But he was forced ...": the
    # full stop went missing after a name, or before a capitalised "But" (SummEval, 2026-12-05).
    text = ("Miss Santillan moved to London from Mexico The woman, who lived in Miami, was found dead "
            "The fish returns to be massaged But he was forced to remove the other two.")
    assert split_sentences(text) == [
        "Miss Santillan moved to London from Mexico",
        "The woman, who lived in Miami, was found dead",
        "The fish returns to be massaged",
        "But he was forced to remove the other two.",
    ]
    # A name before a capitalised title or name is no junction: "Jack The Ripper", "Plan A is".
    kept = "Police hunted Jack The Ripper in London, and Plan A is to stay, said Brian He of Beijing."
    assert split_sentences(kept) == [kept]


def test_a_run_on_after_a_name_before_the_and_a_price_is_split():
    text = ("The smile is back on his face after the confiscation of his toy gun at East Midlands Airport "
            "The £6 plastic gadget was described as a soft dart gun.")
    assert split_sentences(text) == [
        "The smile is back on his face after the confiscation of his toy gun at East Midlands Airport",
        "The £6 plastic gadget was described as a soft dart gun.",
    ]


def test_a_run_on_after_a_caption_credit_in_brackets_is_split():
    text = ("The school's results were annulled after a probe (file picture) However, he insisted he did "
            "not ask the pupils to change their answers. (CNN) The man said so. Smith (pictured) was seen.")
    assert split_sentences(text) == [
        "The school's results were annulled after a probe (file picture)",
        "However, he insisted he did not ask the pupils to change their answers.",
        "(CNN) The man said so.",
        "Smith (pictured) was seen.",
    ]


def test_a_heading_in_capitals_run_into_the_text_is_split():
    assert split_sentences("ANDREW SYMONDS STOPS A STREAKER Thankfully, Benaud was on hand to embellish it.") == [
        "ANDREW SYMONDS STOPS A STREAKER", "Thankfully, Benaud was on hand to embellish it."]
    # one acronym before a name is no heading
    assert split_sentences("NASA Administrator Bill Nelson said so. A US A Team member spoke.") == [
        "NASA Administrator Bill Nelson said so.", "A US A Team member spoke."]


def test_a_run_on_after_a_closing_quotation_mark_is_split():
    text = ("A man lodged a complaint that the weather on his holiday was 'too hot' The incident was shared by the "
            "police press office on its Facebook page.")
    assert split_sentences(text) == [
        "A man lodged a complaint that the weather on his holiday was 'too hot'",
        "The incident was shared by the police press office on its Facebook page.",
    ]
    # a quoted title keeps what follows it: its last word is capitalised
    text = 'They sang "Hey Jude" The whole night long was spent singing it again and again.'
    assert len(split_sentences(text)) == 1


def test_a_run_on_opening_with_a_quantifier_or_a_count_is_split():
    text = "Former TSA agent sentenced for recording coworker All this came to light after an anonymous tip in November."
    assert split_sentences(text) == ["Former TSA agent sentenced for recording coworker",
                                     "All this came to light after an anonymous tip in November."]
    # after a capitalised word it is part of a name or a title ("Group One of the draw")
    assert len(split_sentences("They were drawn in Group One of the qualifying competition on Monday.")) == 1


def test_a_full_stop_with_no_space_after_it_still_ends_a_sentence():
    text = "Turnout fell to a record low in 1999.It rose again at the next election in the UK.Their vote held."
    assert split_sentences(text) == [
        "Turnout fell to a record low in 1999.", "It rose again at the next election in the UK.", "Their vote held.",
    ]
    # not after an abbreviation's single lower-case letter, nor inside initials
    assert split_sentences("Mr.Smith met the U.S.A. delegation on Monday.") == ["Mr.Smith met the U.S.A. delegation on Monday."]
