from summarizer.attribution.numbers import dropped_parts, moved_counts

STATS = ("Real Madrid (2008-09): 3 apps, 0 goals Valladolid (2009-13): 85 apps, 13 goals Derby (loan, "
         "2010-11): 29 apps, 5 goals Rayo Vallecano (2013-) 65 apps, 26 goals")


def test_a_count_handed_to_the_item_before_it_is_caught():
    found = moved_counts("Valladolid 2009-13: 85 apps, 13 goals 5 goals.", [STATS])
    assert [(f.count, f.written_with, f.source_with) for f in found] == [("5 goals", "Valladolid", "Derby")]
    found = moved_counts("Real Madrid (2008-09): 3 apps, 0 goals, 85 apps.", [STATS])
    assert [f.source_with for f in found] == ["Valladolid"]


def test_counts_kept_with_their_own_names_pass():
    assert moved_counts("Valladolid (2009-13): 85 apps, 13 goals.", [STATS]) == []
    assert moved_counts("Derby: 29 apps, 5 goals.", [STATS]) == []


def test_a_name_deleted_from_between_subject_and_count_is_no_move():
    # "Arsenal" stands between Smith and his goals, but Smith has no goals of his own there
    source = ["Smith, 25, who joined Arsenal in 2010, scored 15 goals last season."]
    assert moved_counts("Smith scored 15 goals last season.", source) == []


def test_a_part_read_as_the_whole():
    source = ["About £10.25m of that money is now missing and the loan is subject to a police investigation."]
    assert [f.phrase for f in dropped_parts("The money is missing and the loan is under police investigation.", source)] == [
        "About £10.25m of that money"]
    source = ["Some of the players were fined by the club after the brawl in Madrid."]
    assert dropped_parts("The players were fined by the club after the brawl.", source)


def test_a_part_kept_or_an_idiom_passes():
    source = ["About £10.25m of that money is now missing and the loan is subject to a police investigation."]
    assert dropped_parts("About £10.25m of the money is missing, and the loan is under investigation.", source) == []
    assert dropped_parts("Much of the money is missing and the loan is under police investigation.", source) == []
    source = ["As part of the deal, the company agreed to sell its stake in the port."]
    assert dropped_parts("Under the deal, the company agreed to sell its stake in the port.", source) == []


def test_among_keeps_the_part_and_a_noun_elsewhere_is_no_whole():
    source = ["Rihanna is one of the main trendsetters of the body jewellery this year, stylists say."]
    assert dropped_parts("Rihanna is among the main trendsetters of the body jewellery.", source) == []
    source = ["Footage shows Spahic throwing his hands into the faces of some of the yellow-jacketed staff."]
    assert dropped_parts("Footage shows Spahic throwing his hands into the faces of yellow-jacketed staff.", source) == []


def test_a_whole_stated_in_another_cited_sentence_is_sourced():
    sources = ["Three of the Swedes chased the man across the campus and held him down.",
               "The victim had a bloody mouth and seemed badly beaten, the Swedes told the Post."]
    assert dropped_parts("The Swedes told the Post the victim seemed badly beaten.", sources) == []


def test_a_count_given_another_scope():
    from summarizer.attribution.numbers import moved_scopes

    source = ["James Rodriguez has scored 15 goals in La Liga this season and four in the Champions League."]
    found = moved_scopes("James Rodriguez has scored 15 goals in the La Liga and Champions League.", source)
    assert [f.count for f in found] == ["15 goal"]
    source = ["Dodge intends to produce 3,000 units of the Demon 170 for the U.S. and 300 for Canada."]
    assert moved_scopes("Dodge will produce 3,000 units for Canada.", source)


def test_a_count_with_its_own_scope_or_none_in_the_source_passes():
    from summarizer.attribution.numbers import moved_scopes

    source = ["Dodge intends to produce 3,000 units of the Demon 170 for the U.S. and 300 for Canada."]
    assert moved_scopes("Dodge will produce 3,000 units for the U.S.", source) == []
    assert moved_scopes("Smith scored 15 goals for Arsenal.", ["Arsenal striker Smith scored 15 goals last season."]) == []


def test_a_count_loses_the_period_it_runs_over():
    from summarizer.attribution.numbers import dropped_periods

    # FRANK CNN/DM, Qwen's line, labelled partly (2026-12-06): a season's tally read as a total
    source = "Benzema has scored 15 goals during the La Liga campaign and six in the Champions League this term."
    [found] = dropped_periods("Benzema scored 15 goals in La Liga and six in Champions League.", [source])
    assert (found.count, found.period) == ("15 goals", "this term")
    assert dropped_periods("Benzema has scored 15 goals in La Liga this term.", [source]) == []
    # another cited sentence giving the count without a period lets the summary do so
    assert dropped_periods("Benzema scored 15 goals in La Liga.", [source, "Benzema has 15 goals in La Liga."]) == []
    # a length of time is no tally over the period
    contract = ("The club's vice-captain had 14 months remaining on his current contract and his advisors had been "
                "in talks with Liverpool since the beginning of this season.")
    assert dropped_periods("The club's vice-captain had 14 months remaining on his current contract.", [contract]) == []
    # a rank is no tally (FRANK CNN/DM, a faithful summary flagged, 2026-12-06)
    locke = "Locke, who returned to Rugby Park last summer, had been working as No 2 under Johnston."
    assert dropped_periods("Locke had been working as no 2 under Allan Johnston.", [locke]) == []


def test_a_bound_read_as_the_date():
    from summarizer.attribution.numbers import moved_bounds

    source = "By 1914, the Dodge brothers had launched their first complete car, the Model 30."
    [found] = moved_bounds("The Dodge brothers launched their first complete car in 1914.", [source])
    assert "'in 1914'" in found.describe() and "'By 1914'" in found.describe()
    assert moved_bounds("The Dodge brothers had launched their first car by 1914.", [source]) == []
    # the date given as such anywhere in the cited text lets the summary use it
    assert moved_bounds("The car was launched in 1914.", [source, "The 1914 model sold well."]) == []
    assert moved_bounds("Prices rose in March.", ["Prices rose in March and fell by April."]) == []
    [found] = moved_bounds("Prices rose in March 2023.", ["Prices have risen since March 2023, officials said."])
    assert found.bound == "since March 2023"
