from summarizer.attribution.hedges import dropped_hedges


def found(sentence, sources):
    return [f.kind for f in dropped_hedges(sentence, sources)]


def kinds(sentence, sources):
    return [(f.kind, f.hedge) for f in dropped_hedges(sentence, sources)]


def test_an_approximate_number_must_stay_approximate():
    source = ["At least 30 people were killed in the attack on the market, officials said."]
    assert kinds("30 people were killed in the attack on the market.", source) == [("approximate", "At least 30")]
    assert kinds("More than 30 people were killed in the attack on the market.", source) == []
    assert kinds("At least 30 people were killed in the market attack.", source) == []


def test_a_number_the_summary_does_not_use_is_not_checked():
    source = ["About 200 police were deployed and 30 people were arrested at the protest."]
    assert kinds("Police arrested 30 people at the protest.", source) == []


def test_uncertainty_markers_must_survive():
    source = ["The strike reportedly hit what Israel described as a weapons depot near the border."]
    found = kinds("The strike hit a weapons depot near the border.", source)
    assert ("uncertain", "reportedly") in found and ("uncertain", "what Israel described as") in found
    assert kinds("The strike reportedly hit a weapons depot near the border.", source) == []


def test_a_modal_must_survive_in_any_wording():
    source = ["Ms Lee said the merger could collapse over the pricing dispute."]
    assert kinds("The merger will collapse over the pricing dispute.", source) == [("uncertain", "could")]
    assert kinds("The merger might collapse over the pricing dispute.", source) == []
    assert kinds("The merger may collapse over the pricing dispute.", source) == []
    # unnamed analysts are a source of their own (eighth blind set, 2026-12-07)
    analysts = ["Analysts said the merger could collapse over the pricing dispute."]
    assert kinds("The merger might collapse over the pricing dispute.", analysts) == [("sourced", "Analysts said")]


def test_the_month_may_is_no_hedge():
    source = ["The company opened its first factory in Ohio in May after years of delay."]
    assert kinds("The company opened its first factory in Ohio after years of delay.", source) == []


def test_an_anonymous_source_must_survive():
    source = ["The merger talks have stalled over pricing, sources told Reuters."]
    assert kinds("The merger talks have stalled over pricing.", source) == [("sourced", "sources told")]
    assert kinds("The merger talks have stalled over pricing, according to sources.", source) == []
    assert kinds("Sources said the merger talks have stalled over pricing.", source) == []


def test_according_to_an_unnamed_source_must_survive():
    for who in ("a ministry official", "the experts", "two popular online measuring tools", "recent reports"):
        source = [f"According to {who}, the new tax will raise 2 billion euros next year."]
        assert kinds("The new tax will raise 2 billion euros next year.", source) == [("sourced", "According to")], who


def test_according_to_a_source_the_article_named_may_go_like_its_said():
    # the eleventh blind set: "According to the newspaper, the five former Three Lions bosses warn
    # ..." and "According to their latest financial report, comparable store sales increased ..."
    # printed without it, labelled supported like "Police said the man was arrested" -> "The man ..."
    for who in ("the ministry", "the newspaper", "their latest financial report", "police", "the Arizona DPS"):
        source = [f"According to {who}, the new tax will raise 2 billion euros next year."]
        assert kinds("The new tax will raise 2 billion euros next year.", source) == [], who


def test_a_start_or_a_thought_printed_as_the_deed_drops_it():
    # SummEval and SummHay, the twelfth blind set (labelled partly and unsupported)
    source = ["Although Juventus are reluctant to lose the league's top scorer, they have accepted the player wants "
              "to leave and have already started identifying potential replacements."]
    line = "They have accepted the player wants to leave and have already identified potential replacements."
    assert ("intention", "started identifying") in kinds(line, source)  # "wants to" keeps no start
    assert kinds("Juventus have already started identifying potential replacements.", source) == []
    source = ["The uncertainty prompted many SMEs to re-evaluate their banking relationships and consider "
              "diversifying their banking partners to mitigate future risks."]
    assert ("intention", "consider diversifying") in kinds(
        "Many SMEs re-evaluated banking relationships and diversified partners to mitigate future risks.", source)


def test_a_forecast_printed_as_fact_drops_its_hedge():
    # SummHay, the eleventh blind set (labelled partly)
    source = ["Notably, Foot Locker projects that the renewed partnership with Nike will drive total annual "
              "revenue up to $9.5 billion by 2026, compared to $8.5 billion in 2022."]
    line = "The renewed partnership with Nike will drive total annual revenue to $9.5 billion by 2026."
    assert ("uncertain", "projects that") in kinds(line, source)
    assert ("uncertain", "projects that") not in kinds("Foot Locker projects the partnership with Nike will drive "
                                                       "total annual revenue to $9.5 billion by 2026.", source)


def test_a_hedge_of_another_claim_in_the_sentence_does_not_count():
    # The summary takes the first clause only; "could" qualifies the part it left out.
    source = ["The central bank raised rates to 4.5% on Tuesday, and economists warned that inflation "
              "could stay high through next winter."]
    assert kinds("The central bank raised rates to 4.5% on Tuesday.", source) == []


def test_a_sentence_that_shares_little_with_the_source_is_not_checked():
    source = ["Officials reportedly met in Geneva to discuss the ceasefire."]
    assert kinds("The ceasefire collapsed after a week of fighting in the north.", source) == []


def test_it_appears_is_a_hedge():
    source = ["But it appears the Argentine club will have to wait for his signature."]
    assert kinds("The Argentine club will have to wait for his signature.", source) == [("uncertain", "it appears")]


def test_a_dropped_condition():
    source = ["When not in use, the secret door must be closed and latched to keep passengers out."]
    assert kinds("The secret door must be closed and latched to keep passengers out.", source) == [
        ("conditional", "When not")
    ]
    assert kinds("Unless in use, the secret door must be closed and latched to keep passengers out.", source) == []


def test_a_condition_that_ends_its_clause_governs_the_words_before_it():
    # SummEval, 2026-12-05: the briefing printed "Manchester City players will lose
    # £500,000-a-man." for a loss that holds only if they fail to qualify.
    source = ["Manchester City players will lose £500,000-a-man in bonuses if they fail to qualify for the "
              "Champions League this season."]
    assert kinds("Manchester City players will lose £500,000-a-man.", source) == [("conditional", "if")]
    # a clause the condition does not end is not governed by it
    source = ["The club won 2-0 on Sunday, and the manager said he would resign if they lost again."]
    assert kinds("The club won 2-0 on Sunday.", source) == []


def test_a_dropped_exception():
    source = ["Omar didn't say what led to the release, other than that Arab tribal leaders helped coordinate it."]
    assert kinds("Omar didn't say what led to the release.", source) == [("conditional", "other than")]
    source = ["The winner of the race on Sunday was none other than the defending champion, Smith."]
    assert kinds("The winner of the race on Sunday was the defending champion, Smith.", source) == []


def test_a_narrative_when_is_no_condition():
    source = ["When police arrived at the scene, the suspects immediately started attacking them."]
    assert kinds("When police arrived, the suspects started attacking them.", source) == []
    assert kinds("The suspects started attacking police at the scene.", source) == []


def test_first_person_speech_without_its_speaker():
    source = ["'Benzema is not available for Saturday but we will have him back for the next game,' "
              "added the Italian."]
    assert kinds("Benzema is not available for Saturday but we will have him back for the next game.", source) == [
        ("sourced", "the speaker of a quotation")
    ]
    assert kinds("Ancelotti said Benzema is not available for Saturday but they will have him back.", source) == []
    assert kinds('"We will have him back for the next game," Benzema\'s coach said.', source) == []


def test_the_us_is_no_first_person():
    source = ["The arrow was one of 102 found by a retired couple who have travelled across the US, they said."]
    assert kinds("The arrow was one of 102 found by a retired couple who travelled across the US.", source) == []


def test_an_uncertainty_marker_reaches_only_to_the_end_of_its_clause():
    source = ["Dotted among scrubland, placed in seemingly random spots, these huge arrows were once "
              "markers for early airmail flights across the US."]
    assert kinds("These huge arrows were once markers for early airmail flights across the US.", source) == []
    assert kinds("The arrows were placed in random spots among scrubland.", source) == [("uncertain", "seemingly")]
    source = ["Season ticket holders might struggle to believe it but Alberto Bueno prepares to face "
              "his former club Real Madrid on Wednesday."]
    assert kinds("Alberto Bueno prepares to face his former club Real Madrid on Wednesday.", source) == []
    assert kinds("Season ticket holders struggle to believe it.", source) == [("uncertain", "might")]


def test_a_marker_opening_its_clause_still_reaches_into_it():
    source = ["Reportedly, the minister resigned over the leaked budget figures on Monday."]
    assert kinds("The minister resigned over the leaked budget figures on Monday.", source) == [
        ("uncertain", "Reportedly")
    ]


def test_a_speakers_own_i_think_is_a_hedge():
    source = ["And I think all of our customers will love that we're bringing back the Original Barbie."]
    found = kinds("All customers will love that Myer is bringing back the Original Barbie.", source)
    assert ("uncertain", "I think") in found


def test_a_speakers_own_expectation_with_an_adverb_is_a_hedge():
    source = ["Aberdeen have been so consistent, especially at home, so I fully expect Rangers to lose on Sunday."]
    found = kinds("Aberdeen have been consistent, so Rangers will lose on Sunday.", source)
    assert ("uncertain", "I fully expect") in found
    assert kinds("The pundit said Rangers would lose on Sunday because Aberdeen have been consistent.", source) == []


def test_a_speaker_the_cited_text_does_not_have():
    from summarizer.attribution.hedges import added_speakers

    source = ["Echoing the classic muscle cars of the 1970s, the Challenger's design became an instant hit."]
    assert [f.words for f in added_speakers(
        "The company's chief executive said that the Challenger's design became an instant hit.", source)] == ["said"]
    assert added_speakers("The Challenger's design became an instant hit.", source) == []
    # any speech in the cited text: who speaks is for the other checks
    quoted = ["'The design became an instant hit,' the designer told reporters."]
    assert added_speakers("The company said the design became an instant hit.", quoted) == []


def test_a_likeness_is_no_identity():
    source = ['"This was a woman who didn\'t just solve crimes but was like an action hero in a sense.']
    assert ("uncertain", "in a sense") in kinds("This woman solved crimes and was an action hero.", source)


def test_a_claim_restricted_to_some_people():
    source = ["For those who prioritize customization, the Demon 170 does not disappoint."]
    assert kinds("The Demon 170 does not disappoint.", source) == [("conditional", "For those who")]
    assert kinds("For those who prioritize customization, the Demon 170 does not disappoint.", source) == []


def test_a_first_person_sentence_of_a_long_quotation_needs_its_speaker():
    # the speaker of a long quote is often paragraphs away: no marks, no "said" in sight
    source = ["the end of the project, our aim is to have 40,000 native trees planted here at Brackfield."]
    assert kinds("The end of the project, our aim is to have 40,000 native trees planted here.", source) == [
        ("sourced", "the speaker of a quotation")
    ]


def test_according_to_a_named_source_is_its_said():
    source = ["When police arrived, the Gavers immediately started attacking, according to the Arizona DPS."]
    assert kinds("When police arrived, the Gavers immediately started attacking.", source) == []
    source = ["The shooter tried to ram the gates before firing at the guard, according to reports."]
    assert kinds("The shooter tried to ram the gates before firing at the guard.", source) == [
        ("sourced", "according to")
    ]


def test_a_lower_case_us_is_no_first_person_in_lower_case_text():
    source = ["'He was ranked sixth on the US military's list of the 55 most-wanted Iraqis,' officials said."]
    assert kinds("he was ranked sixth on the us military's list of the 55 most-wanted iraqis.", source) == []


def test_a_hedge_governs_its_own_clause_only():
    source = ["The pair seemed to have ended their long feud but Merson was unable to resist another dig at Townsend."]
    assert kinds("Merson was unable to resist another dig at Townsend.", source) == []
    assert kinds("The pair had ended their long feud.", source) == [("uncertain", "seemed to")]


def test_a_named_teller_is_a_speaker_an_anonymous_one_a_source():
    named = ["The boy's leg was injured in the fall, Dr. Christopher Kuhar, the zoo's executive director told Fox 8."]
    assert kinds("The boy's leg was injured in the fall.", named) == []
    anonymous = ["The talks have stalled over pricing, a senior official familiar with the matter told Reuters."]
    assert [k for k, _ in kinds("The talks have stalled over pricing.", anonymous)] == ["sourced"]


def test_an_aside_between_dashes_does_not_end_a_hedge_reach():
    source = ["and I think all of our customers - big kids and little kids alike - will love that we're "
              "bringing back the Original Barbie to Myer."]
    assert kinds("All customers will love the Original Barbie at Myer.", source) == [("uncertain", "I think")]
    source = ["The old bridge could (weather permitting) reopen to traffic next spring."]
    assert kinds("The bridge will reopen to traffic next spring.", source) == [("uncertain", "could")]
    # an aside that is never closed still ends the clause
    source = ["Placed in seemingly random spots - these huge arrows were markers for airmail flights."]
    assert kinds("These huge arrows were markers for airmail flights.", source) == []


def test_a_speakers_judgement_must_keep_its_speaker():
    source = ['"Paretsky "really changed the way that readers thought about female writers", Cleeves said.']
    assert found("Paretsky changed readers' views on female writers.", source) == ["judgement"]
    assert found("Cleeves said Paretsky changed readers' views on female writers.", source) == []
    # a quotation that runs on from an earlier sentence (its speaker named there)
    source = ['"This was a woman who didn\'t just solve crimes but was a real hero to her readers.']
    assert found("This woman didn't just solve crimes but was a real hero to her readers.", source) == ["judgement"]
    source = ["The minister said the new law was a disgrace to the country's parliament."]
    assert found("The new law was a disgrace to the country's parliament.", source) == ["judgement"]


def test_a_speakers_demand_or_counterfactual_is_a_judgement():
    source = ['"Now Scotland has to deal with the reality of the chancellor\'s decision.']
    assert found("Scotland must deal with the reality of the chancellor's decision.", source) == ["judgement"]
    source = ["Mr Swinney said debt could have been reduced without this scale of cuts to public spending."]
    assert found("Debt could have been reduced without this scale of cuts.", source) == ["judgement"]
    assert found("Mr Swinney said debt could have been reduced without such cuts.", source) == []


def test_a_quoted_rating_is_the_speakers_view():
    source = ['"Aintree has done a great job with the track and the fences are first class," said the trainer.']
    assert found("The fences at Aintree are first class.", source) == ["judgement"]
    source = ['"He is as good as any horse in the National," Nicholls said.']
    assert found("He is as good as any horse in the National.", source) == ["judgement"]
    # a quoted report, and a possessive's 's, rate nothing
    source = ['"The Welsh Rugby Union will appoint assistant coaches for the summer tour," he said.']
    assert found("The Welsh Rugby Union will appoint assistant coaches for the summer tour.", source) == []
    source = ['"Other users who watched the video pointed out Piko-Taro\'s unique wardrobe.']
    assert found("Other users pointed out Piko-Taro's unique wardrobe.", source) == []


def test_a_reported_fact_may_lose_its_named_speaker():
    source = ["Police said the man was arrested at his home in Leeds on Tuesday."]
    assert kinds("The man was arrested at his home in Leeds on Tuesday.", source) == []
    source = ['"The trees will be planted along the river next spring," Mr Cregg said.']
    assert kinds("The trees will be planted along the river next spring.", source) == []


def test_a_judgement_word_in_an_award_name_judges_nothing():
    source = ['"The shortlist:Sara Paretsky was chosen for the outstanding contribution to crime fiction award.']
    assert kinds("Sara Paretsky was chosen for the outstanding contribution to crime fiction award.", source) == []
    source = ["He won the Best Actor award at the festival in Venice, organisers said."]
    assert kinds("He won the Best Actor award at the festival in Venice.", source) == []


def test_a_judgement_dropped_with_its_adjective_is_no_longer_printed():
    source = ['"My review will ensure that older people in residential care have the best quality of life," she said.']
    assert found("Older people in residential care are asked about their quality of life.", source) == []


def test_a_plan_or_attempt_written_as_done():
    source = ["Dodge intends to produce 3,000 units of the Demon 170 for the U.S. and 300 for Canada."]
    assert kinds("Dodge produced 3,000 units of the Demon 170 for the U.S.", source) == [
        ("intention", "intends to produce")]
    source = ["The ministry announced efforts to enhance security at the border crossings."]
    assert found("The ministry enhances security at the border crossings.", source) == ["intention"]
    source = ["The new store will open on Monday in central Leeds."]
    assert found("The new store opened on Monday in central Leeds.", source) == ["intention"]


def test_an_effort_written_as_done():
    source = ["Over the decades, Dodge has striven to blend nostalgic appeal with modern technology."]
    assert kinds("Dodge blends nostalgic appeal with modern technology.", source) == [
        ("intention", "striven to blend")]
    assert found("Dodge strives to blend nostalgic appeal with modern technology.", source) == []
    source = ["Foot Locker is gearing up to launch key products that resonate with sneaker enthusiasts."]
    assert kinds("Foot Locker launches key products for sneaker enthusiasts.", source) == [
        ("intention", "gearing up to launch")]
    assert found("Foot Locker is gearing up to launch key products.", source) == []


def test_an_aim_named_by_its_gerund_or_a_date_fixed_written_as_done():
    source = ["The new roadmap focuses on broadening customer reach and reshaping the company's retail footprint."]
    assert kinds("The roadmap broadens customer reach and reshapes the company's retail footprint.", source) == [
        ("intention", "focuses on broadening")]
    assert found("The roadmap focuses on broadening customer reach.", source) == []
    source = ["The company is working towards reducing emissions across its plants by 2030."]
    assert found("The company reduced emissions across its plants.", source) == ["intention"]
    # a commitment to a practice is the practice
    source = ["Dodge's commitment to pushing the boundaries of muscle cars is well known."]
    assert found("Dodge pushes the boundaries of muscle cars.", source) == []
    source = ["The flagship store is slated to open in central Leeds in May."]
    assert found("The flagship store opened in central Leeds in May.", source) == ["intention"]
    assert found("The flagship store is slated to open in Leeds.", source) == []


def test_a_rumour_printed_as_fact():
    source = ["There are whispers of Dodge exploring electric and hybrid technologies for future models."]
    assert kinds("Dodge is exploring electric and hybrid technologies.", source) == [
        ("sourced", "There are whispers")]
    source = ["Rumours that the club will sack its manager grew louder on Sunday."]
    assert found("The club will sack its manager.", source) == ["sourced"]
    assert found("Rumours say the club will sack its manager.", source) == []


def test_one_cause_of_several_printed_as_the_cause():
    source = ["The mismatch between assets and liabilities was one of the significant factors in SVB's collapse."]
    assert kinds("SVB's collapse was due to the mismatch between assets and liabilities.", source) == [
        ("qualifier", "one of the significant factors")]
    assert found("The asset mismatch was a key factor in SVB's collapse.", source) == []
    assert found("The mismatch contributed to SVB's collapse.", source) == []
    # the effect alone restated
    assert found("SVB collapsed.", source) == []
    # the usual order: the factor named first
    source = ["One of the significant factors in SVB's collapse was the mismatch between its long-term assets "
              "and short-term liabilities, creating vulnerabilities when interest rates rose."]
    assert found("SVB's collapse was due to mismatch between assets and liabilities.", source) == ["qualifier"]
    assert found("The mismatch between assets and liabilities led to SVB's collapse.", source) == ["qualifier"]
    assert found("SVB's assets and liabilities were mismatched.", source) == []
    source = ["One of the key innovations behind the Demon 170's impressive performance is Mickey Thompson's "
              "engineering of the ET Street R rear tires."]
    assert found("The Demon 170's performance is due to Mickey Thompson's rear tires.", source) == ["qualifier"]
    assert found("Mickey Thompson's rear tires are a key innovation behind the Demon 170's performance.", source) == []


def test_an_anticipation_or_a_hope_inside_a_clause_dropped():
    source = ["This partnership is anticipated to not only shine a spotlight on Foot Locker's House of Hoops brand, "
              "but also target rising NBA stars."]
    assert found("The partnership will spotlight Foot Locker's House of Hoops brand.", source) == ["uncertain"]
    source = ["The company is exploring new business initiatives that they hope will resonate with their consumer base."]
    assert found("The company is exploring new business initiatives that will resonate with its consumer base.",
                 source) == ["uncertain"]
    assert found("The company is exploring initiatives it hopes will resonate with consumers.", source) == []


def test_an_aim_a_work_towards_or_a_future_with_an_adverb_written_as_done():
    source = ["Interestingly, a key part of the 'Lace Up' strategic plan is to transform the customer shopping experience."]
    assert found("The strategic plan transforms the customer shopping experience.", source) == ["intention"]
    assert found("A key part of the plan is to transform the shopping experience.", source) == []
    source = ["While community-oriented financial bodies work to stabilize immediate financial disruptions, "
              "the venture capital market is undergoing a transformation."]
    assert found("Community-oriented financial bodies stabilize immediate disruptions.", source) == ["intention"]
    source = ["Strategic changes are underway at Foot Locker as the company works to redefine the customer experience."]
    assert found("Company works redefine customer experience.", source) == []  # the work kept, "to" lost
    source = ["As the dust settles, the legacy of SVB's collapse will undoubtedly serve as a case study in risk management."]
    assert found("SVB's collapse serves as a case study in risk management.", source) == ["intention"]
    assert found("SVB's collapse will serve as a case study in risk management.", source) == []


def test_a_thing_made_for_a_purpose_written_as_doing_it():
    source = ["Several fundraising campaigns have been launched to provide emergency funds to businesses."]
    assert kinds("Fundraising campaigns provide emergency funds to businesses.", source) == [
        ("intention", "launched to provide")]
    assert found("Fundraising campaigns were launched to provide emergency funds.", source) == []


def test_a_start_or_a_deed_someone_said_they_were_doing_written_as_done():
    source = ["Prices began to fall sharply in March across the region."]
    assert kinds("Prices fell sharply in March.", source) == [("intention", "began to fall")]
    assert found("Prices began falling in March.", source) == []
    source = ["Davies said he was launching a petition against the decision, saying the area had high unemployment."]
    assert kinds("Davies launched a petition against the decision.", source) == [
        ("intention", "said he was launching")]
    assert found("Davies is launching a petition against the decision.", source) == []


def test_a_kind_or_an_of_phrase_cut_from_a_bare_subject_makes_the_claim_about_the_whole_class():
    source = ["Agency staff are more expensive because the NHS has to cover the agency fees."]
    assert kinds("Staff are more expensive.", source) == [("qualifier", "Agency staff")]
    source = ["Within a span of just 48 hours, stocks of regional banks experienced a 20% decline."]
    assert kinds("Stocks declined by 20% in just 48 hours.", source) == [("qualifier", "stocks of regional banks")]


def test_a_quantifier_of_a_few_or_a_part_of_a_group_cut_from_a_bare_subject():
    source = ["Some authorities are looking into how banks handle their risks."]
    assert kinds("Authorities are looking into how banks handle risks.", source) == [("qualifier", "Some authorities")]
    source = ["Certain startups faced challenges in processing payroll on time."]
    assert kinds("Startups faced challenges in processing payroll.", source) == [("qualifier", "Certain startups")]
    source = ["Many of these collaborations aim to bring fresh products into Foot Locker stores."]
    assert kinds("Collaborations aim to bring fresh products into stores.", source) == [
        ("qualifier", "Many of these collaborations")]
    source = ["A number of banks tightened their lending after the collapse."]
    assert kinds("Banks tightened lending after the collapse.", source) == [("qualifier", "A number of banks")]
    # in the line's second sentence too
    source = ["Some startups explored alternative banking arrangements."]
    assert kinds("Strategies are evident. Startups explored alternative banking arrangements.", source) == [
        ("qualifier", "Some startups")]
    # a later sentence loses only a quantifier, not a kind ("Trust volunteers")
    source = ["Trust volunteers are clearing the jellyfish from Poldhu Cove."]
    assert found("They arrived at Poldhu Cove. Volunteers are clearing the jellyfish.", source) == []
    # kept, or "many" before a bare noun (a bare plural states what holds in general)
    assert found("Some startups explored alternative banking arrangements.", source) == []
    source = ["Many experts re-evaluated the banking system after the collapse."]
    assert found("Experts re-evaluated the banking system.", source) == []


def test_a_kept_restriction_an_adjective_or_a_determiner_passes():
    source = ["Agency staff are more expensive because the NHS has to cover the agency fees."]
    assert found("Agency staff cost more.", source) == []
    source = ["Financial experts propose measures to improve depositor confidence."]
    assert found("Experts propose measures to improve depositor confidence.", source) == []
    source = ["Many startups faced challenges in processing payroll on time."]
    assert found("Startups faced challenges in processing payroll.", source) == []
    # the source's own bare use of the noun
    source = ["Staff are more expensive, and agency staff cost most."]
    assert found("Staff are more expensive.", source) == []


def test_a_plan_or_call_named_by_its_noun_written_as_the_thing_itself():
    source = ["The 2023 collapse of Silicon Valley Bank has prompted a wave of introspection and proposals "
              "for regulatory reform within the banking sector."]
    assert kinds("Silicon Valley Bank collapse prompts introspection and regulatory reform.", source) == [
        ("intention", "proposals for regulatory reform")]
    assert found("The collapse prompted introspection and proposals for regulatory reform.", source) == []
    source = ["Plans for the new stadium were approved by the council on Monday."]
    assert found("The new stadium was approved by the council.", source) == ["intention"]
    assert found("The council approved plans for the new stadium.", source) == []


def test_how_it_looks_or_what_figures_suggest_is_a_hedge():
    source = ["Superficially, it appeared to be a rather awkward fudge by the governor."]
    assert ("uncertain", "Superficially") in kinds("It appeared to be an awkward fudge by the governor.", source)
    source = ["The latest accounts suggested NHS trusts were 10% down on where they wanted to be."]
    assert kinds("The NHS trusts were 10% down.", source) == [("uncertain", "suggested")]
    assert found("The latest accounts suggested NHS trusts were 10% down.", source) == []


def test_the_comparison_a_figure_holds_under_must_stay():
    source = ["When like-for-like male and female workers were compared, men were 25% more likely to get a "
              "pay rise when they asked, the study found."]
    assert found("Men were 25% more likely to get a pay rise when they asked.", source) == ["conditional"]
    source = ["Wages rose 2% last year when adjusted for inflation, the figures show."]
    assert found("Wages rose 2% last year.", source) == ["conditional"]
    assert found("Wages rose 2% last year, adjusted for inflation.", source) == []


def test_a_line_that_opens_on_a_verb_of_saying_has_lost_its_speaker():
    source = ['Kylie Minogue wrote: "So devastated to hear that Rod Temperton has passed away.']
    assert found('Wrote: "So devastated to hear that Rod Temperton has passed away."', source) == ["sourced"]
    assert found('Kylie Minogue wrote: "So devastated to hear that Rod Temperton has passed away."', source) == []


def test_a_never_or_always_without_the_stretch_it_holds_over():
    source = ["McIlroy, 27, has never finished worse than 11th in his seven appearances at Jumeirah Golf Estates."]
    assert kinds("McIlroy, 27, has never finished worse than 11th.", source) == [
        ("conditional", "in his seven appearances at Jumeirah Golf Estates")]
    assert found("McIlroy has never finished worse than 11th at Jumeirah.", source) == []
    source = ["The club has never lost at home this season, the manager said."]
    assert found("The club has never lost at home.", source) == ["conditional"]
    assert found("The club has never lost at home this season.", source) == []
    # "nevertheless" holds no "never"
    source = ["He has never finished worse than 11th in his seven appearances at the course."]
    assert found("Nevertheless he finished worse than 11th.", source) == []


def test_a_share_of_the_credit_printed_as_the_whole_deed():
    source = ["Prior to joining Foot Locker, Dillon served as the CEO of Ulta Beauty, where she was "
              "instrumental in doubling the company's revenues and expanding its footprint."]
    assert kinds("Dillon served as the CEO of Ulta Beauty, doubling the company's revenues.", source) == [
        ("qualifier", "instrumental in doubling")]
    source = ["The striker had a hand in winning the league title for Derby last season."]
    assert found("The striker won the league title for Derby.", source) == ["qualifier"]


def test_the_deed_without_the_credited_one_or_with_the_credit_kept_passes():
    source = ["Prior to joining Foot Locker, Dillon served as the CEO of Ulta Beauty, where she was "
              "instrumental in doubling the company's revenues and expanding its footprint."]
    assert found("Ulta Beauty's revenues doubled.", source) == []
    assert found("Dillon helped double Ulta Beauty's revenues.", source) == []
    assert found("Dillon played a part in doubling Ulta Beauty's revenues.", source) == []
    source = ["The striker had a hand in winning the league title for Derby last season."]
    assert found("Derby won the league title last season.", source) == []
    source = ["The bank played a crucial role in supporting early-stage innovators by providing them financial backing."]
    assert found("The bank supported early-stage innovators with financial backing.", source) == []


def test_a_plan_kept_as_a_plan_or_done_in_another_cited_sentence_passes():
    source = ["Dodge intends to produce 3,000 units of the Demon 170 for the U.S. and 300 for Canada."]
    assert found("Dodge plans to produce 3,000 units in the U.S.", source) == []
    assert found("Dodge will produce 3,000 units of the Demon 170.", source) == []
    sources = ["The director attempts to pay tribute to the actor's humour in the film.",
               "The director also paid tribute to the late actor's sense of humour."]
    assert found("The director paid tribute to the actor's humour.", sources) == []


def test_a_comma_inside_a_number_does_not_end_a_hedge_reach():
    source = ["The merger could cost 3,000 jobs at the plant in Ohio next year."]
    assert kinds("The merger will cost 3,000 jobs at the plant in Ohio.", source) == [("uncertain", "could")]


def test_a_judgement_word_in_a_compound_judges_nothing():
    source = ["The panel has been told she worked at the scandal-hit Furness General Hospital in Cumbria."]
    assert found("She worked at the scandal-hit Furness General Hospital in Cumbria.", source) == []


def test_a_first_person_line_keeps_its_speaker_past_quoted_names_and_when_short():
    # FRANK CNN/DM, both labelled partly (2026-12-06): a scientist's prediction, a speaker's "we"
    nasa = ("(CNN)They may not be \"Star Trek\"-type extraterrestrials, but we may be close to finding evidence of "
            "alien life, a NASA scientist says.")
    line = "They may not be \"Star Trek\"-type extraterrestrials, but we may be close to finding evidence of alien life."
    assert [f.kind for f in dropped_hedges(line, [nasa])] == ["sourced"]
    lindsey = "We've been in the Rocky Canyons, we've seen waterfalls,' said Lindsey, 29."
    assert [f.kind for f in dropped_hedges("We've seen waterfalls.", [lindsey])] == ["sourced"]
    # the speaker named, or the words kept as a quotation, pass
    assert dropped_hedges("Lindsey said they had seen waterfalls.", [lindsey]) == []
    chairman = "\"We will fight this decision in every court\", the chairman said."
    assert dropped_hedges("\"We will fight this decision\", the chairman said.", [chairman]) == []


def test_the_circumstances_a_figure_holds_in_must_stay():
    # SummHay topic 1 and FRANK CNN/DM lines, labelled partly (2026-12-06)
    fuel = ("The Demon 170 produces 900 horsepower and 810 lb-ft of torque when running on premium gasoline, and "
            "1,025 hp on E85.")
    assert [f.kind for f in dropped_hedges("Demon 170 produces 900 horsepower and 810 lb-ft of torque.", [fuel])] \
        == ["conditional"]
    pictures = ("In many of the pictures, the intricate detailing of the paint on the naked bodies means it is "
                "virtually impossible to determine where the person is.")
    line = "The intricate detailing of the paint on the naked bodies makes it virtually impossible to see the person."
    assert [f.kind for f in dropped_hedges(line, [pictures])] == ["conditional"]
    # kept, they pass
    assert dropped_hedges("The Demon 170 produces 900 horsepower when running on premium gasoline.", [fuel]) == []


def test_a_short_line_of_the_sources_own_words_keeps_its_hedge():
    # FRANK CNN/DM, labelled partly (2026-12-06): a speaker's impression printed as fact
    source = "Then the guys who have stayed back in the trenches for Saints feel like the cavalry have arrived."
    assert [f.hedge for f in dropped_hedges("The cavalry has arrived.", [source])] == ["feel like"]
    # one shared word is no restatement
    assert dropped_hedges("The cavalry rode on.", [source]) == []


def test_a_qualifier_taken_out_of_the_sources_words_changes_who():
    # FRANK CNN/DM, SmolLM2's line, labelled unsupported (2026-12-06): the club made the one who joined
    source = ("The former Athletic Bilbao joined the Red Devils for £29million in the summer due to his vision and "
              "creativity in midfield.")
    line = "The Athletic Bilbao joined the Red Devils for £29million in the summer due to their vision."
    assert [f.kind for f in dropped_hedges(line, [source])] == ["qualifier"]
    assert dropped_hedges("The former Athletic Bilbao man joined the Red Devils for £29million.", [source]) == []
    deputy = "The party's deputy leader Angela Rayner resigned on Friday after the report."
    assert [f.hedge for f in dropped_hedges("The party's leader Angela Rayner resigned on Friday.", [deputy])] \
        == ["deputy leader"]


def test_an_effort_written_as_done_in_the_present_plural():
    # SummHay topic 1, labelled partly (2026-12-06)
    source = ("Flex-fuel vehicles exemplify the automotive industry's efforts to enhance sustainability without "
              "compromising performance.")
    line = "Flex-fuel vehicles enhance sustainability without compromising performance."
    assert [f.kind for f in dropped_hedges(line, [source])] == ["intention"]
    assert dropped_hedges("Flex-fuel vehicles aim to enhance sustainability without compromising performance.",
                          [source]) == []


def test_a_judgement_closed_by_a_single_quotation_mark_keeps_its_speaker():
    # FRANK CNN/DM, both models, labelled partly (2026-12-06): a marketing officer's praise as the briefing's own
    source = ("Barbie is a true icon and one of a handful of toys that transcends generations,' said Myer Chief "
              "Merchandise & Marketing Officer and Deputy CEO, Daniel Bracken.")
    line = "Barbie is a true icon and one of a handful of toys that transcends generations."
    assert [f.kind for f in dropped_hedges(line, [source])] == ["judgement"]
    # an apostrophe closes no quotation
    assert dropped_hedges("The players' iconic kit was sold for charity.",
                          ["The players' iconic kit was sold for charity on Monday."]) == []


def test_nothing_of_a_kind_that_the_source_restricts_is_no_nothing_at_all():
    # FRANK XSum, Qwen's line, labelled partly (2026-12-06)
    source = ("Some have been considered too dangerous to be released, but the US holds no evidence that can be used "
              "in civilian or military trials against them.")
    line = "Some have been considered too dangerous to be released. The US holds no evidence against them."
    assert [f.hedge for f in dropped_hedges(line, [source])] == ["no evidence that …"]
    assert dropped_hedges("The US holds no evidence that can be used in trials against them.", [source]) == []


def test_what_was_promised_made_a_thing_instead_of_an_act():
    # FRANK CNN/DM, Qwen's line, labelled unsupported (2026-12-06)
    source = ('On the 2008 campaign trail, Obama promised to use the word "genocide" to describe the 1915 massacre '
              'by Turks of Armenians -- a pledge he made when seeking Armenian-American votes.')
    assert [f.hedge for f in dropped_hedges("Obama promised genocide to describe the 1915 massacre.", [source])] \
        == ["promised to …"]
    assert dropped_hedges('Obama promised to use the word "genocide" to describe the 1915 massacre.', [source]) == []
    # the act's own object may stand for it
    assert dropped_hedges("The union threatened strikes over pay.",
                          ["The union threatened to call strikes over pay next month."]) == []


def test_each_hedge_over_the_line_counts():
    # keeping "could" does not cover a second hedge dropped ("appearing to"); one hedge for
    # another still passes
    source = ["The defender could face a long ban after footage emerged appearing to show him striking a steward."]
    assert kinds("The defender could face a long ban after footage showed him striking a steward.", source) == [
        ("uncertain", "appearing to")]
    assert kinds("The defender could face a long ban after footage appeared to show him striking a steward.", source) == []
    assert kinds("The defender might face a long ban after footage appeared to show him striking a steward.", source) == []


def test_a_claim_the_next_sentence_gives_to_its_speaker():
    sources = ["The mayor is the most effective leader the city has had in decades.",
               "Or so says local businessman John Smith, speaking to the Herald on Monday."]
    assert ("sourced", "Or so says local …") in kinds("The mayor is the most effective leader the city has had.", sources)
    assert "sourced" not in found("The mayor is the most effective leader the city has had, John Smith says.", sources)
    # the same claim with no such sentence after it is the author's
    assert "sourced" not in found("The mayor is the most effective leader the city has had.", sources[:1])


def test_those_close_to_a_person_are_a_source():
    source = ["Relatives have said the victim was a keen gambler, a local paper reported."]
    assert ("sourced", "Relatives have said") in kinds("The victim was a keen gambler.", source)
    assert kinds("Relatives have said the victim was a keen gambler.", source) == []


def test_a_first_person_line_of_one_content_word_is_checked():
    source = ['No, I do not need one," said Smith, who stood before the judge in handcuffs.']
    assert found("No, I do not need one.", source) == ["sourced"]
    assert found('"No, I do not need one," Smith said.', source) == []


def test_the_sentence_after_a_cited_one_is_given_by_the_caller():
    # cited sentences need not be neighbours: the one after each in its article decides
    sources = ["The mayor is the most effective leader the city has had in decades.",
               "Or so says local businessman John Smith, speaking to the Herald on Monday."]
    line = "The mayor is the most effective leader the city has had."
    assert [k for k, _ in kinds_with(line, sources, ["The council meets on Tuesdays.", ""])] == []
    assert ("sourced", "Or so says local …") in kinds_with(line, sources[:1], [sources[1]])


def kinds_with(sentence, sources, followers):
    return [(f.kind, f.hedge) for f in dropped_hedges(sentence, sources, followers)]


def test_the_month_may_does_not_count_as_a_kept_hedge_over_a_dropped_intention():
    found = dropped_hedges(
        "The council opened the new library in May.", ["The council plans to open the new library in May, officials said."]
    )
    assert [(f.kind, f.hedge) for f in found if f.kind == "intention"] == [("intention", "plans to open")]


def test_what_is_not_known_is_a_hedge():
    source = ["Officials said it is unclear what Biden's teams will pursue regarding Russia after the summit."]
    assert kinds("Biden's teams will pursue regarding Russia after the summit.", source) == [("uncertain", "unclear")]
    source = ["It is not yet known whether the airline will resume flights to Kyiv this month."]
    assert found("The airline will resume flights to Kyiv this month.", source) == ["uncertain"]
    assert found("It is not yet known whether the airline will resume flights to Kyiv.", source) == []


def test_provided_is_a_condition_only_as_a_conjunction():
    # FRANK CNN/DM, a faithful summary flagged (2026-12-06)
    assert dropped_hedges("The Hubble Space Telescope has been key to the discoveries, NASA says.",
                          ["The Hubble Space Telescope has provided key data for the discoveries, NASA says."]) == []
    for source in ("The loan will be repaid in full by the end of the year, provided that the economy keeps growing.",
                   "The loan will be repaid in full by the end of the year, provided the economy keeps growing."):
        found = dropped_hedges("The loan will be repaid in full by the end of the year.", [source])
        assert [h.kind for h in found] == ["conditional"]


def test_a_hedge_kept_in_another_tense_is_kept():
    # FRANK CNN/DM, a faithful summary flagged (2026-12-06): "appearing to" kept as "appeared to"
    source = ["Emir Spahic could face a lengthy ban after appearing to fight with stewards."]
    found = dropped_hedges("The defender appeared to fight with stewards after the game.", source)
    assert [f.hedge for f in found] == ["could"]
    # the hedge taken out is still found
    found = dropped_hedges("Emir Spahic fights with stewards.", source)
    assert "appearing to" in [f.hedge for f in found]


def test_what_a_court_heard_is_a_source_that_must_stay():
    source = ["Glenn Mason plundered the accounts of nine pensioners living near his branch, the Old Bailey heard."]
    assert kinds("Glenn Mason plundered the accounts of nine pensioners.", source) == [("sourced", "Old Bailey heard")]
    source = ["The toddler was locked in the room before she died, a court has heard."]
    assert kinds("The toddler was locked in the room before she died.", source) == [("sourced", "court has heard")]
    # kept, it passes; a witness who "heard" a scream is no source
    assert kinds("The toddler was locked in the room before she died, a court has heard.", source) == []
    assert kinds("Neighbours called police.", ["Neighbours heard a scream and called police."]) == []


def test_a_guess_no_one_signs_is_a_hedge():
    source = "It is thought the tanker lost its cargo off the Cornish coast during the storm."
    found = dropped_hedges("The tanker lost its cargo off the Cornish coast.", [source])
    assert [h.hedge for h in found] == ["It is thought"]
    assert dropped_hedges("It is thought the tanker lost its cargo.", ["It is thought the tanker lost its cargo off the coast."]) == []
    # what the paper was told, unsigned, may go like a named speaker's "said"
    source = "It is understood 40 unlicensed clinics have been inspected by officials."
    assert dropped_hedges("40 unlicensed clinics have been inspected.", [source]) == []


def test_what_a_court_was_told_is_not_what_it_said():
    source = "A disciplinary hearing was told that the nurse had ignored repeated warnings from colleagues."
    found = dropped_hedges("The disciplinary hearing said the nurse ignored repeated warnings from colleagues.", [source])
    assert [h.hedge for h in found] == ["hearing was told"]
    found = dropped_hedges("The jury found the nurse ignored repeated warnings.", ["The jury heard the nurse ignored repeated warnings."])
    assert [h.hedge for h in found] == ["jury heard"]
    # the court's own finding, reported as such, is kept
    source = "The tribunal was told the nurse ignored warnings, and the tribunal said she ignored repeated warnings."
    assert dropped_hedges("The tribunal said she ignored repeated warnings.", [source]) == []


def test_what_a_hearing_heard_is_no_finding():
    source = 'It heard that her conduct was "wholly unacceptable" for a registered nurse.'
    found = dropped_hedges("She was found unacceptable for a registered nurse.", [source])
    assert [h.hedge for h in found] == ["It heard that"]
    assert dropped_hedges("It heard her conduct was unacceptable for a registered nurse.", [source]) == []


def test_now_and_then_is_not_always():
    # FRANK CNN/DM, the fifth blind set: occasional skipping printed as habitual
    source = ["Court documents detailed how at times, the students skipped other classes and spent entire days with her."]
    assert kinds("The students skipped classes and spent entire days with her.", source) == [("uncertain", "at times")]
    assert kinds("At times the students skipped classes and spent entire days with her.", source) == []
    source = ["Fans sometimes queue overnight for tickets to the final."]
    assert kinds("Fans queue overnight for tickets to the final.", source) == [("uncertain", "sometimes")]


def test_allegations_are_not_findings():
    # FRANK XSum, the fifth blind set: a regulator's allegations printed as established fact
    source = ["They include the allegations that, in relation to two babies - one of whom died in 2004 - "
              "Ms Ratcliffe's conduct contributed to the death of one baby."]
    assert kinds("Ms Ratcliffe's conduct contributed to the death of one baby.", source) == [("uncertain", "allegations")]
    assert kinds("The allegations say Ms Ratcliffe's conduct contributed to the death of one baby.", source) == []


def test_a_belief_stays_a_belief_under_its_speaker():
    # FRANK XSum, the fifth blind set: "said he believed" printed as "said"
    source = ["Mr Verghese said he believed the firm's current suppliers all met Olam's strict requirements."]
    line = "Mr Verghese said the firm's current suppliers met Olam's strict requirements."
    assert kinds(line, source) == [("uncertain", "said he believed")]
    assert kinds("Mr Verghese believes the firm's current suppliers met Olam's strict requirements.", source) == []
    assert kinds("Mr Verghese said he thought the firm's suppliers met Olam's strict requirements.", source) == []
    # what he said he knew is no belief
    source = ["Mr Verghese said he knew the firm's current suppliers all met Olam's strict requirements."]
    assert kinds(line, source) == []


def test_a_hope_is_the_speakers():
    # FRANK XSum, the fifth blind set: a trainer's hope printed without him
    source = ['"Hopefully, AP is going to ride Shutthefrontdoor and the public will want to back him," he said.']
    assert found("Hopefully, AP is going to ride Shutthefrontdoor and the public will back him.", source) \
        == ["judgement"]
    assert kinds("The trainer hopes AP will ride Shutthefrontdoor.", source) == []


def test_a_purpose_is_no_result():
    # SummHay, the sixth blind set: "designed to enhance" printed as "enhance"
    source = ["These strategic shifts are designed to enhance customer engagement and streamline the retail footprint."]
    assert found("Strategic shifts enhance customer engagement and streamline retail footprint.", source) == ["intention"]
    assert found("The shifts are meant to enhance customer engagement and the retail footprint.", source) == []
    # and the second of two aims
    source = ["The company is implementing the 'Lace Up' plan designed to streamline operations and boost revenue figures."]
    assert found("The 'Lace Up' plan boosts revenue figures.", source) == ["intention"]
    source = ["A Walmart employee is also seen trying to aid police and throws a punch."]
    assert found("A Walmart employee throws a punch.", source) == []


def test_efforts_kept_as_a_cause_are_no_efforts_kept():
    # SummHay, the sixth blind set: "efforts to drive growth are evident" printed as "efforts drive growth"
    source = ["Foot Locker's forward-thinking approach and concerted efforts to drive growth are evident."]
    assert found("Forward-thinking approach and concerted efforts drive growth.", source) == ["intention"]
    assert found("Foot Locker's concerted efforts to drive growth are evident.", source) == []


def test_an_aim_met_by_a_date_is_not_met_yet():
    # SummHay, the sixth blind set: "aims to have successfully doubled" printed as "has doubled"
    source = ["By 2026, Foot Locker aims to have successfully doubled its sales from these non-Nike brands."]
    assert found("The company has successfully doubled its sales from non-Nike brands.", source) == ["intention"]
    assert found("Foot Locker aims to double its sales from non-Nike brands by 2026.", source) == []


def test_a_help_is_not_the_deed():
    # FRANK XSum, the sixth blind set: "helped mobilise" printed as "mobilised"
    source = ["This dislike helped mobilise many in the industry to campaign for a leave vote."]
    assert found("Dislike mobilised many in the industry to campaign for a leave vote.", source) == ["qualifier"]
    assert found("This dislike helped to mobilise many in the industry.", source) == []


def test_for_long_periods_is_not_throughout():
    # FRANK XSum, the sixth blind set: Egypt scored late
    source = ["Seven-times champions Egypt failed to break down a resolute Cranes defence for long periods."]
    assert found("Egypt failed to break down a resolute Cranes defence.", source) == ["uncertain"]
    assert found("For long periods Egypt failed to break down a resolute Cranes defence.", source) == []


def test_never_before_is_not_never():
    # FRANK XSum, the sixth blind set: a deletion of "before" of the horse that then collapsed
    source = ["Many Clouds had wobbled in the past, but the horse had never collapsed before, and had shown no symptoms."]
    assert found("The horse had never collapsed.", source) == ["conditional"]
    assert found("The horse had never collapsed before.", source) == []
    assert found("The horse had collapsed before.", source) == []


def test_a_speakers_tagged_words_restated_lose_their_speaker():
    # FRANK XSum and CNN/DM, the fifth and sixth blind sets
    source = ['"These scenarios give unrealistic and grossly misleading impact figures on fish," the briefing adds.']
    assert found("These scenarios give unrealistic and grossly misleading impact figures on fish.", source) == ["sourced"]
    assert found("The briefing says the scenarios give misleading impact figures on fish.", source) == []
    source = ['"He was struggling before, and he is a trouper," Moore said.']
    assert found("He was struggling, and he was a trouper.", source) == ["sourced"]
    # a figure reported; a first-person quotation retold of its speaker; the paper's own sentence
    assert found("The corridor is 21km long.", ['"This corridor is 21km long," he said.']) == []
    assert found("He wanted it free-flowing.", ['"I just want to have it free-flowing," he told BBC Sport.']) == []
    assert found("He was struggling, and he was a trouper.", ["He was struggling before, and he is a trouper."]) == []
    # a fragment of the quotation states nothing
    source = ['"We modelled it on the Original Barbie Doll from the 1959 New York Toy Fair," she said.']
    assert found("The original Barbie Doll.", source) == []


def test_a_speakers_words_tagged_before_them_or_all_of_a_short_line_lose_their_speaker():
    # FRANK XSum and CNN/DM, the fifth blind set
    assert found("He was the heart and soul of the paper.", ['He added: "He was the heart and soul of the paper.']) \
        == ["sourced"]
    assert found("He is a trouper.", ['"He was struggling before, and he is a trouper," Moore said.']) == ["sourced"]
    assert found("He is a trouper.", ["He was struggling before, and he is a trouper."]) == []


def test_no_doubt_is_a_belief():
    # FRANK XSum, the sixth blind set: a friend's certainty printed as what the inquest was told
    source = ['Close friend Peter Clifford told the inquest he had "no reasonable doubt" that Barry was murdered abroad.']
    assert found("The inquest was told that Barry was murdered abroad.", source) == ["uncertain"]
    assert found("Peter Clifford had no doubt that Barry was murdered abroad.", source) == []


def test_a_subject_widened_to_the_place_it_belongs_to():
    # FRANK XSum, the sixth blind set: the fishing regions' vote made the country's
    source = ["Fishing regions around the UK voted heavily in favour of leaving the EU during the campaign."]
    assert found("The UK voted heavily in favour of leaving the EU during the campaign.", source) == ["qualifier"]
    assert found("Fishing regions voted heavily in favour of leaving the EU during the campaign.", source) == []
    assert found("Regions around the UK voted heavily in favour of leaving the EU.", source) == []


def test_a_count_of_occasions_keeps_the_stretch_it_counts_over():
    source = ["In their past 17 meetings with the other top-six sides away from home, Pochettino's team have won just once."]
    assert [k for k, _ in kinds("The team has won only one time.", source)] == ["conditional"]
    assert kinds("The team has won once in 17 away meetings with top-six sides.", source) == []
    tournaments = ["He has won the past three tournaments in which he has competed, including the Genesis Open."]
    assert kinds("He has won the past three tournaments.", tournaments) == [("conditional", "in which he has competed")]
    assert kinds("He has won the past three tournaments he has competed in.", tournaments) == []
    assert kinds("He scored twice against Chelsea.", ["He scored twice in the second half against Chelsea."]) == []
    assert kinds("SVB was once considered a bedrock of the tech industry.",
                 ["SVB, founded in 1983, was once considered a bedrock of the tech industry in all its years."]) == []


def test_a_quotation_glued_to_its_speakers_name_is_the_speakers():
    source = ['Olympic gold medallist Chris Boardman"Latham had a fantastic final charge. He timed his effort well there.']
    assert [k for k, _ in kinds("Latham had a fantastic final charge.", source)] == ["judgement"]
    assert kinds("Boardman said Latham had a fantastic final charge.", source) == []


def test_a_first_person_said_names_no_source():
    source = ['I have said consistently: vote Ulster Unionists and then for any candidate that you believe will do '
              'the right thing within your constituency," he said.']
    line = "I have said consistently: vote Ulster Unionists and then for any candidate that will do the right thing."
    assert [k for k, _ in kinds(line, source)] == ["sourced"]
    assert kinds("Nesbitt said: vote Ulster Unionists and then for any candidate that will do the right thing.", source) == []


def test_a_line_that_drops_its_sources_opening_frame():
    # SummHay topic 1, lines labelled partly on the eighth blind set (2026-12-07)
    buyers = "For enthusiasts and potential buyers, the future of Dodge muscle cars holds immense promise."
    found = dropped_hedges("The future of Dodge muscle cars holds immense promise.", [buyers])
    assert [(f.kind, f.hedge) for f in found] == [("conditional", "For enthusiasts and potential buyers")]
    # the frame's own word kept: it holds for them
    assert dropped_hedges("The future of Dodge muscle cars holds immense promise for enthusiasts.", [buyers]) == []
    # a word the frame shares with its clause does not count as keeping it
    fans = "For Dodge fans, the Dodge name stands for raw power and heritage."
    assert [f.hedge for f in dropped_hedges("The Dodge name stands for raw power and heritage.", [fans])] \
        == ["For Dodge fans"]
    # a field counts where the line ranks
    realm = "In the realm of modern muscle cars, few names resonate as strongly as Dodge."
    assert [f.hedge for f in dropped_hedges("Few names resonate as strongly as Dodge.", [realm])] \
        == ["In the realm of modern muscle cars"]
    world = "In the world of muscle cars, the name Dodge is synonymous with power and speed."
    assert dropped_hedges("The name Dodge is synonymous with power and speed.", [world]) == []
    # time frames nothing
    first = "For the first time in its history, the club has won the league title."
    assert dropped_hedges("The club has won the league title.", [first]) == []
    # nor does the writer's aside (supported lines of the earlier sets, 2026-12-07)
    for opening in ("For context", "For what it called the first time"):
        sentence = f"{opening}, the club has won the league title."
        assert dropped_hedges("The club has won the league title.", [sentence]) == [], opening


def test_an_unnamed_camp_and_a_softened_degree_must_survive():
    # FRANK XSum and SummHay topic 1, lines labelled partly on the eighth blind set (2026-12-07)
    critics = ("Critics say the education law could lead to the closure of the prestigious Central European "
               "University, founded by philanthropist George Soros.")
    line = "The education law could lead to the closure of the prestigious Central European University."
    assert [(f.kind, f.hedge) for f in dropped_hedges(line, [critics])] == [("sourced", "Critics say")]
    assert dropped_hedges("Critics say the education law could lead to the university's closure.", [critics]) == []
    fuel = "This increases the fuel consumption rate, offsetting its economic advantage somewhat."
    assert [f.hedge for f in dropped_hedges("Fuel consumption rate increases, offsetting economic advantage.", [fuel])] \
        == ["somewhat"]
    assert dropped_hedges("The fuel consumption rate increases, offsetting its advantage somewhat.", [fuel]) == []


def test_an_unnamed_judges_ruling_must_survive():
    # FRANK CNN/DM, two lines labelled partly on the ninth blind set (2026-12-07): the BBC called
    # the plate a coincidence, so the finding is the judge's
    ruling = ("The number plate that got Jeremy Clarkson and his former Top Gear colleagues harangued out of "
              "Argentina was a direct reference to the Falklands War, a judge has ruled.")
    line = "The number plate was a direct reference to the Falklands War."
    assert [(f.kind, f.hedge) for f in dropped_hedges(line, [ruling])] == [("sourced", "a judge has ruled")]
    assert dropped_hedges("A judge ruled the number plate was a direct reference to the Falklands War.", [ruling]) == []
    # "ruled out" is no ruling
    assert dropped_hedges("Smith was ruled out of the match.", ["Smith was ruled out of the match with a knee injury."]) == []


def test_a_potential_event_a_credit_and_a_reservation_must_survive():
    # FRANK CNN/DM, lines labelled partly on the ninth blind set (2026-12-07)
    uber = ("An Uber driver who was credited with stopping a potential mass shooting in Chicago at the weekend "
            "by pulling out his own personal firearm will not face any charges.")
    hedges = [f.hedge for f in dropped_hedges("An Uber driver stopped a mass shooting in Chicago by pulling out "
                                              "his own firearm.", [uber])]
    assert hedges == ["credited with", "a potential"]
    assert dropped_hedges("An Uber driver was credited with stopping a potential mass shooting in Chicago.", [uber]) == []
    vaughan = "Vaughan is interested in the job in principle, and is close to incoming ECB chairman Colin Graves."
    line = "Vaughan is interested in the job. He is close to Colin Graves."
    assert [f.hedge for f in dropped_hedges(line, [vaughan])] == ["in principle"]
    # people a claim is aimed at, and a trend named beside it, qualify nothing
    buyers = "Dodge has long been synonymous with muscle cars for enthusiasts and potential buyers."
    assert dropped_hedges("Dodge has long been synonymous with muscle cars.", [buyers]) == []
    trends = "The article explores Dodge's muscle cars, their performance and potential future trends."
    assert dropped_hedges("The article explores Dodge's muscle cars and their performance.", [trends]) == []


def test_a_promise_or_a_vow_in_the_present_is_a_plan():
    # SummHay, a line labelled partly on the ninth blind set (2026-12-07)
    source = ("Nevertheless, the transition towards technology-driven banking solutions and diversified financial "
              "models are emerging trends that promise to define the new financial order.")
    assert [f.hedge for f in dropped_hedges("Emerging trends define the new financial order.", [source])] \
        == ["promise to define"]
    assert dropped_hedges("Emerging trends promise to define the new financial order.", [source]) == []
    vow = "Rebel leaders vow to retake the city before the winter."
    assert [f.kind for f in dropped_hedges("Rebel leaders retake the city before the winter.", [vow])] == ["intention"]


def test_a_scope_and_where_a_figures_thing_comes_from_must_survive():
    # SummHay topic 1, a parts choice and lines labelled partly on the tenth blind set (2026-12-07)
    corn = ("E85 significantly reduces lifecycle carbon emissions by about 40% when derived from corn, compared "
            "to traditional gasoline.")
    assert [f.kind for f in dropped_hedges("E85 significantly reduces lifecycle carbon emissions by about 40%.",
                                           [corn])] == ["conditional"]
    assert dropped_hedges("E85 reduces lifecycle carbon emissions by about 40% when derived from corn.", [corn]) == []
    scope = ("When examining fuel types and their impact on performance, the Dodge Challenger SRT Demon 170 "
             "stands out.")
    assert dropped_hedges("The Dodge Challenger SRT Demon 170 stands out.", [scope])
    assert dropped_hedges("When examining fuel types, the Dodge Challenger SRT Demon 170 stands out.", [scope]) == []


def test_due_to_a_cause_is_no_plan():
    # a supported deletion of the tenth blind set flagged (SummHay topic 1, 2026-12-07)
    cause = ("Over the decades, Dodge has evolved, becoming synonymous with American muscle cars, largely due to "
             "its V8 powertrains and relentless pursuit of automotive excellence.")
    line = "Dodge's V8 muscle cars have long been the epitome of American automotive engineering."
    assert dropped_hedges(line, [cause]) == []
    plan = "The new stadium is due to open in May next year."
    assert [f.hedge for f in dropped_hedges("The new stadium opens in May next year.", [plan])] == ["due to"]


# The real-news set (news articles saved by an extraction library, 2026-12-07): lines labelled
# partly on the twentieth blind set that no check read.

def test_a_short_quoted_rating_keeps_its_anonymous_speaker():
    source = ["“Pence is really effective,” said a GOP insider in the primary state of New Hampshire."]
    assert found("Pence is effective.", source) == ["judgement"]
    assert found("A GOP insider said Pence is effective.", source) == []


def test_a_quotation_split_by_its_tag_is_one_speakers_rating():
    source = ["“I have known Tim Kaine for many years,” added another Democrat, “and he is motivating and influential.”"]
    assert found("Tim Kaine is motivating and influential.", source) == ["judgement"]


def test_an_appearance_or_a_degree_must_survive():
    source = ["His defenders and even his tepid critics seem determined to keep their moral blinders affixed."]
    assert kinds("His defenders and critics are determined to keep moral blinders affixed.", source) == [("uncertain", "seem")]
    assert kinds("His defenders and critics seem determined to keep moral blinders affixed.", source) == []
    source = ["“Girls don’t necessarily care about the color of their toys.”"]
    assert ("uncertain", "necessarily") in kinds("Girls don’t care about the color of their toys.", source)
    source = ["But AT&T’s zero rating model is pretty much the nightmare scenario that advocates warned of."]
    assert ("uncertain", "pretty much") in kinds("AT&T's zero rating model is the nightmare scenario.", source)
    # a dimension described, not a claim hedged (a line labelled supported)
    source = ["The animals have relatively short hairless tails and almost white hairs around their face."]
    assert kinds("The animals have short hairless tails and almost white hairs around their face.", source) == []
    source = ["The architecture symbolizes hands lifted in prayer, in what the museum says is an expression of faith."]
    assert found("The architecture is an expression of faith.", source) == ["uncertain"]
    source = ['Podesta wrote an op-ed, calling the FBI out for what he said was a "lackadaisical response to the plot."']
    assert kinds("Podesta wrote an op-ed, calling the FBI out for a lackadaisical response to the plot.", source) == []


def test_whose_telling_a_claim_is_must_survive():
    source = ["Though he crafts an image of a chieftain, Trump remains, by their telling, susceptible to outside influence."]
    assert kinds("Trump remains susceptible to outside influence.", source) == [("sourced", "by their telling")]


def test_a_part_of_a_named_owners_group_or_a_class_introduced_as_some():
    source = ["Some of Trump’s detractors reverse-engineer his personality to fit the news."]
    assert kinds("Trump's detractors reverse-engineer his personality to fit the news.", source) == [
        ("qualifier", "Some of Trump's detractors")]
    assert found("Trump's detractors reverse-engineer his personality.", ["Trump’s detractors reverse-engineer his personality."]) == []
    # a possessive restates an "of" phrase (SummHay lines labelled supported)
    source = ["Under the leadership of new CEO Mary Dillon, the plan is set to position Foot Locker for growth."]
    assert found("Dillon's leadership is set to position Foot Locker for growth.", source) == []
    source = ["Then there are musicals that just pretend people of color aren’t a thing."]
    assert kinds("Musicals pretend people of color aren’t a thing.", source) == [("qualifier", "there are musicals that")]
    assert kinds("Some musicals pretend people of color aren’t a thing.", source) == []
