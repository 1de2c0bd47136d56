from summarizer.nlp.text import content_terms, jaccard, key_terms, normalize, owns_the_sentence_before, words


def test_words_and_normalize():
    assert words("Russia’s S-400 systems, in 2020!") == ["russia", "s", "400", "systems", "in", "2020"]
    assert normalize("“Curly”  quotes\n here") == '"Curly" quotes here'


def test_content_terms_stem_and_drop_stop_words():
    assert content_terms("The sanctions were sanctioned") == ["sanction", "sanction"]


def test_key_terms_names_numbers_months():
    terms = key_terms("In March, Putin met Pezeshkian and agreed on 1,200 tanks and three ships.")
    assert {"march", "putin", "pezeshkian", "1200", "three"} <= terms
    assert "agre" not in terms and "in" not in terms


def test_jaccard():
    assert jaccard({"a", "b"}, {"b", "c"}) == 1 / 3


def test_unquoted_removes_only_quotes_around_the_whole_text():
    from summarizer.nlp.text import unquoted

    assert unquoted(' “Rates rose.” ') == "Rates rose."
    assert unquoted('"Rates rose."') == "Rates rose."
    assert unquoted('He said "rates rose."') == 'He said "rates rose."'
    assert unquoted('"') == '"'


def test_a_stray_quotation_mark_after_the_final_stop_goes():
    from summarizer.nlp.text import without_stray_quote

    assert without_stray_quote("He continues with the counselling. '") == "He continues with the counselling."
    assert without_stray_quote('He said: "We won."') == 'He said: "We won."'


def test_a_sentence_that_says_whose_the_claim_before_it_was():
    for text in ["Or so says actress Jane Smith, who spoke to a magazine this week.",
                 "So claims the ministry in a statement on Friday.",
                 "That's according to a new report by the housing charity.",
                 "At least, that's what police say.",
                 "That is the view of many economists at the central bank.",
                 "Or at least that was the verdict of the judges on Sunday."]:
        assert owns_the_sentence_before(text), text
    for text in ["So the council voted to close the library.",
                 "That is why the plan failed in the end.",
                 "According to police, the man fled on foot.",
                 "That's what happened next.",
                 "This is the first time the club has won the cup."]:
        assert not owns_the_sentence_before(text), text


def test_a_wire_dateline_is_taken_off_a_quoted_lede():
    from summarizer.nlp.text import without_dateline

    # real news, 2026-12-07: a section's quoted first point printed "MONTGOMERY, Ala. -- ..."
    assert without_dateline("MONTGOMERY, Ala. -- Alabama's new law may be backfiring.") == "Alabama's new law may be backfiring."
    assert without_dateline("WASHINGTON (Aug. 13) -- Declaring the soul at stake, Gates acted.") == "Declaring the soul at stake, Gates acted."
    assert without_dateline("SAN FRANCISCO (AP) — Steve Jobs resigned.") == "Steve Jobs resigned."
    assert without_dateline("LONDON (Reuters) - The bank said it would cut jobs.") == "The bank said it would cut jobs."
    # no dateline: a dash inside the sentence, a name in capitals that is the subject
    assert without_dateline("US-China talks - a new round - begin today.") == "US-China talks - a new round - begin today."
    assert without_dateline("The city — a big one — grew.") == "The city — a big one — grew."
    assert without_dateline("NATO leaders met in Brussels.") == "NATO leaders met in Brussels."


def test_an_agency_in_brackets_is_a_dateline():
    from summarizer.nlp.text import without_dateline

    # real news, 2026-12-07: "(CNN)Winning the presidency didn't change Donald Trump ..." quoted as a first point
    assert without_dateline("(CNN)Winning the presidency didn't change him.") == "Winning the presidency didn't change him."
    assert without_dateline("(Reuters) - The bank cut jobs.") == "The bank cut jobs."
    assert without_dateline("(Updated) The bank cut jobs.") == "(Updated) The bank cut jobs."
