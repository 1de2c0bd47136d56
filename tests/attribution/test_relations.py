from summarizer.attribution.relations import misspelt_names, moved_roles, role_pairs, self_relations, swapped_agents, swapped_patients

ISRAEL = ["The Israeli military later confirmed that it had initiated Operation Rising Lion, "
          "striking nuclear sites across Iran."]
DEAL = ["The deal was signed by the militia on Tuesday, and the presidency welcomed it."]


def agents(sentence, sources):
    return [(f.written, f.verb, f.source_agent) for f in swapped_agents(sentence, sources)]


def test_the_doer_swapped_for_another_name_of_the_paragraph():
    assert agents("The Israeli military later confirmed that Iran had initiated Operation Rising Lion.",
                  ISRAEL) == [("Iran", "initiated", "military")]


def test_the_same_doer_through_a_pronoun_passes():
    assert agents("The Israeli military confirmed that it had initiated Operation Rising Lion.", ISRAEL) == []
    assert agents("The military had initiated Operation Rising Lion.", ISRAEL) == []


def test_a_passive_source_gives_the_agent_after_by():
    assert agents("The presidency signed the deal on Tuesday.", DEAL) == [("presidency", "signed", "militia")]
    assert agents("The militia signed the deal on Tuesday.", DEAL) == []
    assert agents("The deal was signed by the militia.", DEAL) == []


def test_a_passive_summary_is_compared_by_its_agent():
    assert agents("The deal was signed by the presidency.", DEAL) == [("presidency", "signed", "militia")]


def test_an_agent_the_cited_text_never_has_is_left_to_other_signals():
    # A paraphrased or new doer is not a swap within the paragraph; key terms and the judge see it.
    assert agents("Government forces signed the deal on Tuesday.", DEAL) == []


def test_role_pairs_in_front_and_in_apposition():
    pairs = role_pairs("Trump's son-in-law Jared Kushner met Steve Witkoff, the special envoy, in Doha.")
    assert (("trump", "son-in-law"), ("jared", "kushner")) in pairs
    assert (("special", "envoy"), ("steve", "witkoff")) in pairs
    assert (("foreign", "minister"), ("abbas", "araghchi")) in role_pairs("Foreign Minister Abbas Araghchi spoke.")


SOURCE = ["Trump's son-in-law Jared Kushner met Saudi officials, while Steve Witkoff, the special envoy, "
          "stayed in Doha."]


def test_a_title_moved_to_another_person():
    [moved] = moved_roles("Trump's son-in-law Steve Witkoff met Saudi officials.", SOURCE)
    assert moved.written == "Steve Witkoff" and moved.source_person == "Jared Kushner"
    assert "son-in-law" in moved.describe()


def test_a_title_kept_with_its_person_passes():
    assert moved_roles("Jared Kushner, Trump's son-in-law, met Saudi officials.", SOURCE) == []
    assert moved_roles("Special envoy Witkoff stayed in Doha.", SOURCE) == []


def test_a_title_the_source_does_not_give_is_not_judged_here():
    assert moved_roles("Defence Minister Jared Kushner met Saudi officials.", SOURCE) == []


def test_a_name_made_of_two_people():
    from summarizer.attribution.relations import split_names

    source = ["Carlo Ancelotti has revealed Karim Benzema will miss Real Madrid's game against Malaga.",
              "President Joe Biden met Chancellor Olaf Scholz."]
    [split] = split_names("Ancelotti said Carlo Benzema will miss the game.", source)
    assert split.written == "Carlo Benzema" and split.source_names == ("Carlo Ancelotti", "Karim Benzema")
    assert split_names("Real Madrid's Benzema will miss the game, President Biden said.", source) == []
    assert split_names("Karim Benzema will miss the game against Malaga.", source) == []
    assert split_names("Carlo Smith will miss the game.", source) == []  # 'Smith' is for key terms


def test_a_quoted_nickname_inside_a_name_is_part_of_it():
    from summarizer.attribution.relations import split_names

    # SummEval, the eleventh blind set
    source = ['In the lawsuit, Rochelle "Shelly" Sterling accused Stiviano of targeting wealthy older men.']
    assert split_names("Shelly Sterling accused Stiviano of targeting wealthy older men.", source) == []
    assert split_names("Rochelle Sterling accused Stiviano of targeting wealthy older men.", source) == []
    assert split_names("Rochelle Stiviano accused Sterling of targeting wealthy older men.", source) != []


def test_a_nationality_before_a_noun_is_no_part_of_a_name():
    from summarizer.attribution.relations import split_names

    source = ["Activists poured paint outside the Russian embassy in London, police in London said."]
    assert split_names("Activists poured paint outside the London Russian embassy.", source) == []
    people = ["Carlo Ancelotti praised Karim Benzema, the Russian embassy said."]
    [split] = split_names("Carlo Benzema was praised.", people)  # names still may not be mixed
    assert split.written == "Carlo Benzema"


def test_a_subject_whose_post_modifier_was_deleted_keeps_its_doer():
    source = ["Derby County season ticket holders from the 2010-11 campaign might struggle to believe it."]
    assert agents("Derby County season ticket holders might struggle to believe it.", source) == []
    # another name of the paragraph as the doer is still a swap
    source = ["Fans of Derby County were stunned when the club announced that Bueno had signed for Porto."]
    assert agents("Fans of Derby County were stunned when the club announced that Porto had signed.", source) \
        == [("Porto", "signed", "Bueno")]


def test_a_role_the_cited_text_never_gives_is_invented():
    from summarizer.attribution.relations import unsourced_roles

    source = ["The arrow was one of 102 found by retired couple Brian and Charlotte Smith, who have "
              "travelled across the US to photograph the monuments."]
    assert [f.role for f in unsourced_roles(
        "The company's chief executive, Brian and Charlotte Smith, have travelled to photograph the monuments.",
        source)] == ["chief executive"]
    source = ["Real Madrid striker Karim Benzema has been ruled out of the match against Malaga."]
    assert [f.role for f in unsourced_roles("Real Madrid's captain Karim Benzema has been ruled out.", source)] \
        == ["captain"]
    assert unsourced_roles("Real Madrid striker Benzema has been ruled out against Malaga.", source) == []
    # words that are as often ordinary nouns are left alone
    assert unsourced_roles("The head of the list has been ruled out against Malaga.", source) == []


def test_the_doer_is_what_the_cited_text_says_was_acted_on():
    assert agents("Colin Daniel blocked a right-footed shot from the right side of the box.",
                  ["Colin Daniel (Blackpool) right footed shot from the right side of the box is blocked."]) \
        == [("Daniel", "blocked", "(it is acted on there)")]
    # British and American spellings are one verb; a short apposition is part of the subject
    assert agents("Mr. Mackintosh criticized the loan.", ["Mr Mackintosh was criticised over the loan."]) \
        == [("Mackintosh", "criticized", "(it is acted on there)")]
    assert agents("Keating recommended Nicholson.", ["Striker Keating, 21, was recommended to Nicholson by Adams."]) \
        == [("Keating", "recommended", "(it is acted on there)")]
    # the same passive, or the real doer, passes
    assert agents("Mr Mackintosh was criticised over the loan.", ["Mr Mackintosh was criticised over the loan."]) == []
    assert agents("Police arrested the man on Tuesday.", ["The man was arrested by police on Tuesday."]) == []


def test_a_subject_with_a_relative_clause_and_joined_names():
    source = ['"Detectives from the UK who are reviewing the murders of Hannah Witheridge and David Miller '
              'have completed their work.']
    assert agents("Detectives have completed their work.", source) == []


def test_a_headline_passive_is_no_active_doer():
    source = ["The concept was revealed at the Aircraft Interiors Expo in Hamburg this week."]
    assert agents("Concept revealed at Aircraft Interiors Expo in Hamburg.", source) == []


def test_sentences_of_one_line_are_apart():
    from summarizer.attribution.relations import split_names

    source = ["Foul by Jamille Matt (Blackpool).Tom Eastman (Colchester United) wins a free kick in the attacking half."]
    assert split_names("Foul by Jamille Matt. Tom Eastman wins a free kick in the attacking half.", source) == []


def test_an_adverb_is_no_doer_and_a_that_clause_has_its_own_subject():
    assert agents("Dodge has evolved continuously, pushing the boundaries of muscle car design.",
                  ["Originating in Detroit, Michigan, Dodge has continuously evolved, pushing the boundaries."]) == []
    source = ["The visit came after the Prime Minister met Mr Cameron and agreed that a delegation of British "
              "officers could travel to Thailand."]
    assert agents("The visit came after he agreed that a British delegation could travel to Thailand.", source) == []


def test_a_bracketed_team_moved_to_another_player():
    from summarizer.attribution.relations import moved_affiliations

    source = ["Foul by Jamille Matt (Blackpool).Tom Eastman (Colchester United) wins a free kick in the attacking half."]
    assert [f.describe() for f in moved_affiliations("Matt (Colchester United) wins a free kick.", source)] == [
        "'Matt (colchester united)' is 'Matt (blackpool)' in the cited text"
    ]
    assert moved_affiliations("Tom Eastman (Colchester United) wins a free kick.", source) == []
    assert moved_affiliations("Smith (Leeds) wins a free kick.", source) == []  # a name the cited text lacks


def test_a_doer_named_another_way_in_another_sentence_is_no_swap():
    source = ["Locke was appointed manager on Monday.", "The 39-year-old replaced Allan Johnston in February."]
    assert agents("Locke replaced Allan Johnston in February.", source) == []


COMMENTARY = ["Foul by Tom Eastman (Colchester United).Andy Taylor (Blackpool) is shown the yellow card for a bad foul."]


def test_a_receiver_written_as_the_giver():
    from summarizer.attribution.relations import reversed_transfers

    found = reversed_transfers("The yellow card was given by Andy Taylor (Blackpool) to Tom Eastman.", COMMENTARY)
    assert [(f.who, f.what) for f in found] == [("Andy Taylor", "yellow card")]
    assert reversed_transfers("Andy Taylor gave Tom Eastman the yellow card.", COMMENTARY)
    source = ["Maria Lopez was awarded the Nobel Prize in Chemistry for her work on catalysts, the academy said."]
    assert reversed_transfers("Maria Lopez awarded the Nobel Prize in Chemistry.", source)


def test_a_receiver_as_receiver_or_a_real_giver_passes():
    from summarizer.attribution.relations import reversed_transfers

    assert reversed_transfers("Andy Taylor was shown the yellow card for a bad foul.", COMMENTARY) == []
    source = ["Referee Mike Dean showed Andy Taylor the yellow card, and Andy Taylor was shown the door by fans."]
    assert reversed_transfers("Mike Dean showed Andy Taylor the yellow card.", source) == []


def test_two_people_related_who_never_meet_in_a_cited_sentence():
    from summarizer.attribution.relations import unrelated_pairs

    found = unrelated_pairs("Tom Eastman fouled Andy Taylor.", COMMENTARY)
    assert [(f.a, f.verb, f.b) for f in found] == [("Tom Eastman", "fouled", "Andy Taylor")]
    assert unrelated_pairs("Tom Eastman fouled Andy Taylor.", ["Tom Eastman (Colchester United) fouled Andy Taylor."]) == []
    # a pronoun may carry one of them into the next sentence
    source = ["Joe Biden arrived in Geneva on Tuesday. He met Vladimir Putin for three hours."]
    assert unrelated_pairs("Joe Biden met Vladimir Putin in Geneva.", source) == []


def test_a_generic_stand_in_for_a_common_noun_doer_or_owner():
    from summarizer.attribution.relations import stand_ins

    source = ["Since then, the services have become an important moment for thousands of visiting Australians."]
    assert [(f.written, f.source) for f in stand_ins(
        "The company has become an important moment for thousands of visiting Australians.", source)] == [
        ("the company", "services")]
    source = ["The Dodge brothers' commitment to quality and innovation laid a solid foundation for the brand."]
    assert stand_ins("The company's commitment to quality laid a solid foundation for the brand.", source)


def test_the_company_for_a_persons_his_or_their_is_a_stand_in():
    from summarizer.attribution.relations import stand_ins

    # SummEval, the eleventh blind set (both labelled unsupported)
    assert stand_ins("The company's former female companion has lost big.",
                     ["But now it's his former female companion who has lost big."])
    assert stand_ins("The company's fast relationship didn't go unnoticed by fans.",
                     ["Their fast relationship didn't go unnoticed by fans."])
    # "their" after a name may be that name's
    assert stand_ins("The company's fourth-quarter earnings were announced.",
                     ["Foot Locker made waves with the announcement of their fourth-quarter earnings."]) == []


def test_a_stand_in_for_a_common_noun_that_opens_the_cited_sentence():
    from summarizer.attribution.relations import stand_ins

    # capitalised only because it opens the sentence: banks in general, not one company
    source = ["Banks may also diversify their loan portfolios more aggressively to spread risk."]
    assert [(f.written, f.source) for f in stand_ins(
        "The company may also diversify its loan portfolios more aggressively.", source)] == [("the company", "Banks")]
    source = ["Banks are expected to adopt more diversified financial models to mitigate future risks."]
    assert stand_ins("The company is expected to adopt more diversified financial models.", source)
    # a name opening the sentence is still a name
    source = ["Dodge continues to honour its heritage with the new model."]
    assert stand_ins("The company continues to honour its heritage.", source) == []


def test_a_stand_in_for_a_named_doer_or_one_the_source_uses_passes():
    from summarizer.attribution.relations import stand_ins

    source = ["Dodge reported a record year, and Dodge has continued to honour its heritage."]
    assert stand_ins("The company has continued to honour its heritage.", source) == []
    source = ["The company's engineers have designed a new engine for the car."]
    assert stand_ins("The company has designed a new engine.", source) == []


def test_the_doer_before_a_relative_clause_is_the_verbs_doer():
    source = ["Given its niche focus, the bank quickly grew to become a favored financial institution among "
              "tech entrepreneurs."]
    found = swapped_agents("The company's niche focus, which is in the tech industry, quickly grew to become a "
                           "favored financial institution among tech entrepreneurs.", source)
    assert [(f.written, f.source_agent) for f in found] == [("focus", "bank")]
    assert swapped_agents("The bank, which had a niche focus, quickly grew to become a favored financial "
                          "institution.", source) == []
    # a passive inside the clause is no passive of the verb; one before the verb still is
    source = ["The deal, which was drafted in May, was signed by the militia."]
    assert swapped_agents("The deal, which was drafted in May, was signed by the militia.", source) == []


def test_the_company_is_a_fair_word_for_a_bank_or_a_retailer_but_not_a_church():
    from summarizer.attribution.relations import stand_ins

    source = ["The bank's rapid growth was a testament to its strategies."]
    assert stand_ins("The company's rapid growth was a testament to its strategies.", source) == []
    source = ["The bank was founded by entrepreneurs who saw an opportunity."]
    assert stand_ins("The company was founded by entrepreneurs who saw an opportunity.", source) == []
    source = ["The church's online services run every Sunday for a global congregation."]
    assert stand_ins("The company's online services run every Sunday.", source)
    # a team is no general word for a bank
    source = ["The bank's rapid growth was a testament to its strategies."]
    assert stand_ins("The team's rapid growth was a testament to its strategies.", source)


def test_the_person_acted_on_swapped_for_another_word_of_the_sentence():
    from summarizer.attribution.relations import swapped_objects

    source = ["The visit came after Thai Prime Minister Prayuth Chan-ocha met Mr Cameron at a summit in Italy "
              "and agreed that a delegation of British officers could travel to Thailand."]
    found = swapped_objects("The visit came after Prayuth Chan-ocha met a British officer to discuss a delegation.", source)
    assert [(f.verb, f.written, f.source_object) for f in found] == [("met", "British officer", "Mr Cameron")]
    assert swapped_objects("Prayuth Chan-ocha met Mr Cameron at a summit in Italy.", source) == []


def test_a_thing_for_a_thing_or_a_clause_is_no_swapped_person():
    from summarizer.attribution.relations import swapped_objects

    source = ["Many Clouds won the Grand National at Aintree under Leighton Aspell."]
    assert swapped_objects("Many Clouds won the race at Aintree.", source) == []
    source = ["Organisers found Nigalidze had hidden a phone in a cubicle, covered in toilet paper."]
    assert swapped_objects("Organisers found the officer in a cubicle.", source) == []


def test_a_named_person_called_by_a_relation_is_no_swap():
    from summarizer.attribution.relations import swapped_objects

    source = ["In the preview he says he never abused little Naomi, his daughter, at the family home."]
    assert swapped_objects("He never abused my daughter at the family home.", source) == []


def test_an_object_the_verb_has_in_another_cited_sentence_is_no_swap():
    from summarizer.attribution.relations import swapped_objects

    sources = ["He won praise when he played Winston Churchill in the television drama.",
               "In the Harry Potter films he played Cornelius Fudge, the Minister for Magic."]
    assert swapped_objects("He played Cornelius Fudge in the Harry Potter films.", sources) == []


def test_a_reported_clause_without_that_has_its_own_subject():
    # FRANK CNN/DM, SmolLM2's line, labelled unsupported (2026-12-06): the manager made the one missing the game
    source = ("Carlo Ancelotti has revealed Karim Benzema will miss Real Madrid's La Liga game at home to Malaga on "
              "Saturday after the Frenchman limped out of training with a knee problem.")
    [swap] = swapped_agents("Carlo Ancelotti has revealed that Carlo Ancelotti will miss La Liga's match against "
                            "Malaga on Saturday.", [source])
    assert (swap.verb, swap.written, swap.source_agent) == ("miss", "Ancelotti", "Benzema")
    assert swapped_agents("Ancelotti said Benzema will miss the game against Malaga.", [source]) == []
    assert swapped_agents("Karim Benzema will miss Real Madrid's game against Malaga.", [source]) == []


def test_a_role_given_to_an_owner_the_cited_text_never_names_is_invented():
    from summarizer.attribution.relations import unsourced_roles

    # FRANK XSum, SmolLM2's line, labelled partly (2026-12-06): a charity's director made a company's
    source = ['Its director, Patrick Cregg, said: "This is a special opportunity to make a personal and hands-on '
              'contribution to Brackfield Wood, still very much in its infancy.']
    line = 'The company\'s director said: "This is a special opportunity to make a personal contribution."'
    assert [f.role for f in unsourced_roles(line, source)] == ["company's director"]
    trust = ["The Woodland Trust's director said it was a special opportunity."]
    assert unsourced_roles("The trust's director said it was a special opportunity.", trust) == []


def test_an_act_given_to_another_name_of_the_cited_text():
    from summarizer.attribution.relations import moved_actors

    # FRANK XSum (match commentary), SmolLM2's line, labelled unsupported (2026-12-06)
    source = [", Colchester United 1.Foul by Jamille Matt (Blackpool).Chris Porter (Colchester United) wins a free "
              "kick in the attacking half."]
    [found] = moved_actors("Foul by Chris Porter (Colchester United) wins a free kick in the attacking half.", source)
    assert (found.act, found.written, found.source) == ("Foul", "Chris Porter", "matt")
    assert moved_actors("Foul by Jamille Matt (Blackpool).", source) == []
    # a name the cited text does not have is the key-term checks' business
    assert moved_actors("Foul by John Smith.", source) == []


def test_a_name_standing_for_the_bodies_or_family_it_belonged_to():
    from summarizer.attribution.relations import dropped_of_heads

    # FRANK XSum, Qwen's line, labelled partly (2026-12-06): people found, not their bodies
    source = ["The bodies of David Miller, 24, and Hannah Witheridge, 23, were discovered on a beach in Koh Tao on "
              "15 September."]
    [found] = dropped_of_heads("David Miller and Hannah Witheridge were discovered on a beach in Koh Tao.", source)
    assert (found.written, found.source) == ("David Miller", "bodies of David Miller")
    assert dropped_of_heads("The bodies of David Miller and Hannah Witheridge were discovered on a beach.", source) == []
    family = ["The family of Ellie Butler said she was a happy girl."]
    assert dropped_of_heads("Ellie Butler was a happy girl, her family said.", family) == []


def test_a_day_before_a_name_is_a_date_not_part_of_it():
    from summarizer.attribution.relations import split_names

    source = ["President Joe Biden met Chancellor Olaf Scholz in Berlin on Tuesday."]
    assert split_names("On Tuesday Biden met Scholz in Berlin.", source) == []
    assert split_names("In March Biden met Scholz in Berlin.", source) == []
    # a real mix-up of two people's names is still found
    assert [s.written for s in split_names("Joe Scholz met Biden in Berlin.", source)] == ["Joe Scholz"]


def test_a_date_or_a_count_before_the_verb_is_no_doer():
    # FRANK CNN/DM, faithful summaries flagged (2026-12-06)
    spain = ["Spain's 2-0 defeat by Holland on Tuesday brought back bitter memories of their 2014 World Cup."]
    assert agents("Spain's 2-0 defeat by Holland brought back bitter memories of the 2014 World Cup.", spain) == []
    arrows = ["The Bloomington arrow was one of 102 found by retired couple Brian and Charlotte Smith."]
    assert agents("Retired couple Brian and Charlotte Smith have found 102 arrows so far.", arrows) == []


def test_the_same_subject_with_a_shorter_modifier_is_no_swap():
    # FRANK CNN/DM, a faithful summary flagged (2026-12-06): the word before "ease" is a
    # modifier's noun in both, the subject "the videos" in both
    source = ["The hope is that the videos shown to residents of a care home in the city will ease their confusion."]
    assert agents("The hope is that the videos shown to residents will ease their confusion.", source) == []
    # the modifier's noun made the subject is still caught
    assert agents("The residents will ease their confusion.", source) != []


def test_a_verb_joined_by_and_shares_the_earlier_verbs_doer():
    # FRANK CNN/DM, a faithful summary flagged (2026-12-06)
    source = ["After struggling in Australia, Natalia Moon followed her dreams and moved to the Philippines. "
              "The Darwin woman moved to the Philippines in 2012."]
    assert agents("Natalia Moon moved to the Philippines in 2012.", source) == []
    # a doer the joined verbs never have is still a swap
    both = ["Natalia Moon followed her dreams and moved to Manila, where her agent Ana Cruz lived."]
    assert agents("Ana Cruz moved to Manila.", both) == [("Cruz", "moved", "Moon")]
    # "was arrested and charged": acted on, no doer
    from summarizer.attribution.relations import _coordinated_agent, _tokens
    tokens = _tokens("The man was arrested and charged with murder.")
    assert _coordinated_agent(tokens, 5) is None


def test_a_first_person_doer_is_the_speaker_and_not_resolved():
    # FRANK CNN/DM (2026-12-06): "I" in a quoted post was read as the sentence's first subject,
    # the movie, and the summary's "I" as James Haskell: a swap of two wrong guesses
    from summarizer.attribution.relations import _relations

    relations = _relations("The new Avengers movie released this week so thought I would release the inner Iron Man.")
    assert [(verb, agent) for verb, agent, *_ in relations] == [("releas", "movi")]


def test_a_he_or_she_is_no_thing():
    source = ["The visit came after the Prime Minister met Mr Cameron and agreed that officers could travel."]
    assert agents("The visit came after he agreed that officers could travel.", source) == []


def test_the_doer_in_another_tense_or_in_a_by_phrase_is_no_swap():
    # FRANK CNN/DM, faithful summaries flagged (2026-12-06)
    goals = ["Six of Herrera's seven goals have been scored with his eyes shut.",
             "Manchester United star Ander Herrera scores his side's opening goal against Aston Villa."]
    assert agents("Ander Herrera scored his side's opening goal against Aston Villa.", goals) == []
    rally = ["Ben Elton spoke at the event also attended by Eddie Izzard, Joey Essex and Sally Lindsay."]
    assert agents("Eddie Izzard, Joey Essex and Sally Lindsay attended the event.", rally) == []
    # a "by" phrase ends at its preposition: the presidency still did not sign
    deal = ["The deal was signed by the militia on Tuesday, and the presidency welcomed it."]
    assert agents("The presidency signed the deal.", deal) == [("presidency", "signed", "militia")]


def test_the_same_verb_with_another_object_is_another_event():
    # FRANK XSum, a faithful summary flagged (2026-12-06)
    source = ["Mr Salmond, who was speaking before the Chancellor delivered his UK budget, joked about it."]
    assert agents("Alex Salmond has delivered his final speech at the Scottish parliament.", source) == []
    # the same object with another doer is still a swap
    assert agents("Alex Salmond delivered his UK budget.", source) == [("Salmond", "delivered", "Chancellor")]


JORDAN = ["The last time Frank Jordan spoke with his son, Louis Jordan was fishing off the coast.",
          "Louis Jordan, 37, took his 35-foot sailboat out in late January."]


def test_the_same_surname_with_another_given_name_is_another_doer():
    assert agents("Frank Jordan, 37, took his 35-foot sailboat out in late January.", JORDAN) == [
        ("Frank Jordan", "took", "Louis Jordan")]
    assert agents("Newcastle United beat Chelsea on Saturday.",
                  ["Manchester United beat Chelsea on Saturday, while Newcastle United lost."]) == [
        ("Newcastle United", "beat", "Manchester United")]


def test_the_same_person_named_more_or_less_fully_is_no_swap():
    assert agents("Louis Jordan took his sailboat out in late January.", JORDAN) == []
    assert agents("Jordan, 37, took his sailboat out in late January.", JORDAN) == []
    assert agents("Mr Jordan took his sailboat out in late January.", JORDAN) == []
    # a title, a date word or a possessor before the name is no given name
    assert agents("Sir Keir Starmer said the plan had failed.", ["Labour leader Keir Starmer said the plan had failed."]) == []
    assert agents("Herrera scored in the second half.", ["In January Herrera scored twice."]) == []


def test_a_short_apposition_between_the_doer_and_its_verb_is_skipped():
    # the doer is found across ", 37," (before, no agent was found, so no swap could be seen)
    assert agents("Smith, 37, took the boat out.", ["Jones, 41, took the boat out while Smith watched."]) == [
        ("Smith", "took", "Jones")]
    # a name inside the apposition may be the doer: not skipped
    assert agents("The photographer, Alan Lawrence, created a series.",
                  ["The father, Alan Lawrence, created a series of photos."]) == []


PAMA = ["Phillip Pama covered his face as he left the court where he was granted conditional bail on Friday, "
        "while Mr Yeaman was making a commotion."]


def patients(sentence, sources):
    return [(f.written, f.verb, f.source_subject) for f in swapped_patients(sentence, sources)]


def test_the_one_acted_on_swapped_for_another_name_of_the_sentence():
    assert patients("Mr Yeaman was granted conditional bail on Friday.", PAMA) == [("Yeaman", "granted", "Pama")]
    assert patients("Smith was arrested on Monday.", ["Jones was arrested on Monday after Smith called police."]) == [
        ("Smith", "arrested", "Jones")]


def test_the_one_acted_on_passes_when_it_is_the_same_or_unnamed():
    assert patients("Pama was granted conditional bail on Friday.", PAMA) == []
    assert patients("Mr Yeaman was granted an award.", PAMA) == []  # another object: another event
    assert patients("Smith was arrested on Monday.",
                    ["Jones was arrested on Monday and Smith was arrested on Tuesday."]) == []
    assert patients("Smith was arrested on Monday.", ["The suspect was arrested on Monday after Smith called."]) == []
    # "was drinking" is no passive
    assert patients("Smith was drinking with a friend.", ["Jones was drinking with Smith in Torquay."]) == []


GULLIT = ["Carver was assistant to former Newcastle manager Ruud Gullit, who managed the club until 1999."]


def test_one_person_on_both_sides_of_a_verb():
    assert [(f.name, f.verb) for f in self_relations(
        "Gullit was assistant to former Newcastle manager Ruud Gullit.", GULLIT)] == [("Gullit", "assistant")]
    assert [f.name for f in self_relations(
        "Gloucester came from behind to beat Gloucester at Kingsholm.",
        ["Gloucester came from behind to beat Cardiff Blues at Kingsholm."])] == ["Gloucester"]


def test_two_people_or_a_place_named_twice_are_no_self_relation():
    assert self_relations("Carver was assistant to former Newcastle manager Ruud Gullit.", GULLIT) == []
    assert self_relations("Serena Williams beat Venus Williams in the final.",
                          ["Serena Williams beat Venus Williams in the final."]) == []
    assert self_relations("A school in Northern Ireland has launched a programme for pupils in Northern Ireland.",
                          ["A school in Northern Ireland has launched a programme."]) == []
    assert self_relations("Barcelona rejected a bid for Barcelona striker Neymar.",
                          ["Barcelona rejected a bid for their striker Neymar."]) == []


def test_a_progressive_verb_is_active_and_its_doer_is_checked():
    source = "The city council is building a new bridge over the river under the direction of engineer Ann Ruiz."
    found = swapped_agents("Ann Ruiz is building a new bridge over the river.", [source])
    assert [(f.written, f.source_agent) for f in found] == [("Ruiz", "council")]
    assert swapped_agents("The city council is building a new bridge.", [source]) == []
    # a passive is still a passive: what was acted on is no doer
    assert swapped_agents("The bridge was built by the council.", ["The bridge was built by the council in 1990."]) == []


def test_a_name_one_letter_from_a_cited_name_is_misspelt():
    # FRANK XSum, the fifth blind set: "Valley" for the killer Vallely
    source = ["The jury cleared his friend. Vallely, 24, will be sentenced on 8 December."]
    assert [(f.written, f.name) for f in misspelt_names("Valley will be sentenced on 8 December.", source)] \
        == [("Valley", "vallely")]
    assert misspelt_names("Vallely will be sentenced on 8 December.", source) == []
    # an inflection, a spelling variant, a short name: none
    assert misspelt_names("The Russians said so.", ["The Russian envoy said so."]) == []
    assert misspelt_names("The World Health Organization said so.", ["The World Health Organisation said so."]) == []
    assert misspelt_names("The Parks are closed.", ["Paris is closed."]) == []
    assert misspelt_names("He played for Argentina's River Plate.", ["He played for Argentine side River Plate."]) == []


def test_a_possessive_given_to_the_other_person():
    from summarizer.attribution.relations import swapped_possessives

    source = ["Lord Oates accused Labour of being prepared to concede everything, and the opposition's leader "
              "in the Lords, Baroness Smith, responded that his party was giving people false hope."]
    [found] = swapped_possessives("Baroness Smith responded that her party was giving people false hope.", source)
    assert (found.written, found.source) == ("her party", "his party")
    assert swapped_possessives("Baroness Smith responded that his party was giving people false hope.", source) == []
    both = ["She said his party and her party would vote together."]
    assert swapped_possessives("She said her party would vote with his.", both) == []
    assert swapped_possessives("He thanked her for the support.", ["She thanked him for his support."]) == []


def test_an_opposite_written_where_the_cited_text_has_its_other():
    from summarizer.attribution.relations import swapped_opposites

    source = ["They have won only twice on the road since 24 September, including defeats at Chelsea and Manchester United."]
    [found] = swapped_opposites("The team won twice away, including draws at Chelsea and Manchester United.", source)
    assert (found.written, found.source) == ("draws", "defeats")
    assert swapped_opposites("Profits fell by 8% in the quarter.", ["Profits rose by 8% in the quarter."])[0].source == "rose"
    # a converse relation is no swap: the shared words stand on the other side
    assert swapped_opposites("Chelsea won against Arsenal.", ["Arsenal lost to Chelsea on Sunday."]) == []
    assert swapped_opposites("The dollar rose against the pound.", ["The pound fell against the dollar."]) == []
    # the same member beside the same words elsewhere in the cited text
    both = ["Comparable store sales rose by 4.2%.", "Sales fell 0.3% on the year: a slight sales decline."]
    assert swapped_opposites("Comparable store sales rising by 4.2%.", both) == []


def test_an_opposite_placed_better_than_the_same_word_elsewhere():
    from summarizer.attribution.relations import swapped_opposites

    source = ["Adult females are in image D and adult males are seen on the far right of image E."]
    [found] = swapped_opposites("Adult females are seen on the far right of image E.", source)
    assert (found.written, found.source) == ("females", "males")
    assert swapped_opposites("Adult males are seen on the far right of image E.", source) == []
