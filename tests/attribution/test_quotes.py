from summarizer.attribution.quotes import is_verbatim, misquotes, quoted_spans

SOURCE = ['The minister called the attack "a shameful act of cowardice" and vowed a response.']


def test_quoted_spans_in_straight_and_curly_marks():
    assert quoted_spans('He said "never again" and ‘not now’.') == ["not now", "never again"]
    assert quoted_spans("It's the company's plan.") == []  # apostrophes are no quotes


def test_a_quote_must_be_verbatim():
    assert misquotes('The minister called it "a shameful act of cowardice".', SOURCE) == []
    assert misquotes('The minister called it “A shameful act of cowardice.”', SOURCE) == []
    assert misquotes('The minister called it "a cowardly and shameful act".', SOURCE) == [
        "a cowardly and shameful act"
    ]


def test_an_ellipsis_joins_parts_that_each_occur_in_one_paragraph():
    assert misquotes('He called it "a shameful act ... and vowed a response".', SOURCE) == []
    assert misquotes('He called it "a shameful act ... and promised revenge".', SOURCE) == [
        "a shameful act ... and promised revenge"
    ]


def test_a_verbatim_sentence_needs_no_judge():
    assert is_verbatim("The minister called the attack a shameful act of cowardice.", SOURCE)
    assert is_verbatim('"The minister called the attack "a shameful act of cowardice"', SOURCE)
    assert not is_verbatim("The minister called the attack cowardly.", SOURCE)
    assert not is_verbatim("The minister", SOURCE)  # too short to mean anything


def test_straight_single_quotes_and_tokenised_quotes_are_quotations():
    from summarizer.attribution.quotes import quoted_spans

    assert quoted_spans("The Smiths said: 'We have found 102 arrows so far' on Monday.") == ["We have found 102 arrows so far"]
    # a tokenised, lower-cased benchmark text splits apostrophes off too: not read
    assert quoted_spans("he urged ` patriotic scots ' to vote labour.") == []
    # apostrophes open nothing
    assert quoted_spans("The Smiths' arrows and the Joneses' dogs, rock 'n' roll.") == []
    assert misquotes("The Smiths said: 'We have found 200 arrows so far'.",
                     ["The Smiths told MailOnline Travel: 'We have found 102 arrows so far.'"]) == ["We have found 200 arrows so far"]


def test_straight_quote_marks_pair_in_order():
    from summarizer.attribution.quotes import quoted_spans

    assert quoted_spans("She had been 'envious' of her pet hen, called 'Doggie', TMZ reports.") == []
    assert quoted_spans("They are 'good' and 'fake' and the 'very inactive' ones") == ["very inactive"]
