"""Attributed statements: each pattern, nesting, stance, verification and dates."""

from __future__ import annotations

import pytest
from nlp_support import by_speaker, names


def only(record):
    assert len(record["assertions"]) == 1, record["assertions"]
    return record["assertions"][0]


def test_indirect_speech_with_that_clause(record_of):
    a = only(record_of("Mayor Jonas Weber said on Tuesday that the bridge would reopen in May."))
    assert (a["speaker"], a["verb"], a["stance"]) == ("Jonas Weber", "say", "asserts")
    assert a["evidence"]["text"].startswith("Mayor Jonas Weber said") and "reopen in May" in a["content"]


def test_inverted_speaker_after_quote(record_of):
    a = only(record_of("“We will not leave this town,” said Rosa Lind, a local farmer."))
    assert a["speaker"] == "Rosa Lind" and a["evidence"]["text"].startswith("“We will not leave")


def test_quote_before_speaker_and_following_quote_sentence(record_of):
    record = record_of("“The water is rising fast,” Omar Haddad said. “We need boats now.”")
    a = only(record)
    assert a["speaker"] == "Omar Haddad" and a["evidence"]["text"].endswith("“We need boats now.”")


def test_quote_after_colon(record_of):
    a = only(record_of("Lena Fischer said: “The plan is dead. Nobody supports it.”"))
    assert a["speaker"] == "Lena Fischer" and a["evidence"]["text"].endswith("Nobody supports it.”")


@pytest.mark.parametrize("text, speaker", [
    ("Exports fell by a third last year, according to the National Statistics Office.", "National Statistics Office"),
    ("Exports fell by a third last year, according to Malaysian government figures.", "Government of Malaysia"),
    ("Tessel Foods opened a plant in Lodz. According to an internal Tessel email, the plant had lost money for "
     "years.", "Tessel Foods"),  # the body a document is named by
])
def test_according_to(record_of, text, speaker):
    a = record_of(text)["assertions"][-1]
    assert a["verb"] == "according to" and a["speaker"] == speaker


def test_told_that_and_nested_attribution(record_of):
    record = record_of("Police chief Mark Dunn told reporters that the suspect had confessed, "
                       "prosecutor Helen Ward said on Monday.")
    speakers = by_speaker(record)
    inner, outer = speakers["Mark Dunn"][0], speakers["Helen Ward"][0]
    assert inner["verb"] == "tell" and inner["reported_by"] == "Helen Ward"
    assert outer["reported_by"] is None and f"assertion:{record['assertions'].index(inner)}" in outer["about"]
    assert len(inner["evidence"]["text"]) < len(outer["evidence"]["text"])


def test_two_statements_in_one_sentence_are_two_spans(record_of):
    record = record_of("Chile claimed on Monday to have won the dispute, though Peru dismissed the claim as false.")
    speakers = by_speaker(record)
    assert speakers["Chile"][0]["verb"] == "claim" and speakers["Peru"][0]["stance"] == "denies"
    assert "Peru" not in speakers["Chile"][0]["evidence"]["text"]


def test_a_cue_joined_to_another_keeps_its_own_words(record_of):
    record = record_of("Its director, Constanza Vidal, called the Republicans' claims \"exaggerated\" and warned that "
                       "\"questioning an election without proof damages trust.\"")
    called = [a for a in record["assertions"] if a["verb"] == "call"]
    assert [(a["content"], a["evidence"]["text"]) for a in called] == [
        ("the Republicans' claims \"exaggerated", "Constanza Vidal, called the Republicans' claims \"exaggerated\"")]


def test_a_passive_rebuttal_is_its_agents(record_of):
    record = record_of("Health Minister Ana Ruiz said the hospitals were safe. Her assurance on patient safety was "
                       "questioned by Michelle van Wyk, a doctors' union leader. The claim was rejected by the "
                       "Interior Ministry on Monday.")
    assert [(a["speaker"], a["verb"], a["stance"]) for a in record["assertions"]][1:] == [
        ("Michelle van Wyk", "question", "disputes"), ("Interior Ministry", "reject", "denies")]


def test_denial_dispute_and_caution(record_of):
    record = record_of("The ministry denied the report. Analyst Tim Cole disputed the figures. "
                       "The central bank warned that prices would rise.")
    stances = [a["stance"] for a in record["assertions"]]
    assert stances == ["denies", "disputes", "cautions"]


def test_negated_cue_is_no_statement(record_of):
    assert not record_of("The army has not confirmed the losses.")["assertions"]


def test_said_with_rebuttal_disputes(record_of):
    a = only(record_of("Defence Minister Arno Voss said the reports were baseless propaganda."))
    assert a["stance"] == "disputes"


@pytest.mark.parametrize("text", [
    '"Valuing them at face value is fiction," said Nadine Saab.',
    '"The bank\'s own records contradict what it is now telling the public," Annika Sorensen said.',
    'Omar Warsame said the rebel figure was "a fantasy written for its recruiters."',
])
def test_a_claim_called_fiction_or_contradicted_is_disputed(record_of, text):
    assert only(record_of(text))["stance"] == "disputes"


@pytest.mark.parametrize("text, stance", [
    ("Government spokesman Omar Warsame said five soldiers had been killed and 11 wounded, disputing the militants' "
     "figures.", "disputes"),
    ('"We do not negotiate by threat," spokesman Jean Mukendi said on Tuesday, denying that any demand had been '
     'made.', "denies"),
])
def test_a_saying_that_goes_on_to_reject_a_claim_is_one_statement_with_that_stance(record_of, text, stance):
    a = only(record_of(text))
    assert (a["verb"], a["stance"]) == ("say", stance) and a["evidence"]["text"] == text


def test_outlet_could_not_verify(record_of):
    record = record_of("Rebel commander Ali Musa claimed on Sunday to have shot down a jet, a claim CNN could "
                       "not independently verify. Separately, Governor Lisa Park said schools would reopen.")
    verified = {a["speaker"]: a["verified_by_outlet"] for a in record["assertions"]}
    assert verified == {"Ali Musa": False, "Lisa Park": None}


def test_outlet_unable_to_verify_a_claim_by_a_capital(record_of):
    record = record_of("Russia claimed on Monday to have captured the town of Avdiivka. The claim by Moscow, "
                       "which CNN is unable to independently verify, follows weeks of fighting. "
                       "Mayor Ivan Petrenko said on Monday that the shelling had stopped.")
    verified = {a["speaker"]: a["verified_by_outlet"] for a in record["assertions"]}
    assert verified == {"Russia": False, "Ivan Petrenko": None}


def test_unverified_claim_is_the_claimants_not_the_latest_statement(record_of):
    record = record_of("Kyiv said on Sunday its troops had retaken the village of Robotyne. Moscow dismissed "
                       "the report as propaganda. The claim by Ukraine, which Reuters is unable to independently "
                       "verify, comes after a week of heavy shelling.", outlet="Reuters")
    verified = {a["speaker"]: a["verified_by_outlet"] for a in record["assertions"]}
    assert verified == {"Ukraine": False, "Russia": None}


def test_weekday_resolves_to_latest_such_day(record_of):
    record = record_of("Senator Paul Grant said on Thursday that he would resign. "
                       "Earlier Monday, Grant told supporters that he had no regrets.")
    dates = [a["date"] for a in record["assertions"]]
    assert dates == ["2025-11-27", "2025-12-01"]


def test_last_night_is_the_day_before_and_sunday_night_is_sunday(record_of):
    record = record_of("President Mwansa Kalaba called for calm in a televised address last night. Major Anucha "
                       "Rattanakorn told commanders over a field radio on Sunday night that the units would hold.")
    assert [a["date"] for a in record["assertions"]] == ["2025-11-30", "2025-11-30"]


def test_statement_without_date_takes_the_speakers_previous_date(record_of):
    record = record_of("Judge Emma Rossi said on Friday that the trial would resume. "
                       "Rossi added that witnesses had been summoned.")
    assert [a["date"] for a in record["assertions"]] == ["2025-11-28", "2025-11-28"]


def test_the_day_a_speaker_was_speaking_is_the_statements_not_the_day_inside_it(record_of):
    record = record_of("Speaking to reporters on Tuesday, Anita Gurung said an independent lawmaker, Dilip Rai, had "
                       "told her on Sunday that he had been offered a post.")
    assert [a["date"] for a in record["assertions"]] == ["2025-11-25", "2025-11-30"]


def test_a_day_after_the_article_is_no_statement_date(record_of):
    record = record_of("Governor Ana Dlamini told lawmakers that rates were high. She said the bank would not "
                       "\"pre-commit\" to a cut at its next policy meeting on December 18. Dlamini added that "
                       "inflation was falling.")
    assert [a["date"] for a in record["assertions"]] == ["2025-12-01"] * 3


def test_two_speakers_give_two_statements_and_they_follows_both(record_of):
    record = record_of("The World Bank and the African Union said in a joint statement that aid would double. "
                       "They warned that the drought could spread.")
    pairs = sorted((a["speaker"], a["verb"]) for a in record["assertions"])
    assert pairs == [("African Union", "say"), ("African Union", "warn"),
                     ("World Bank", "say"), ("World Bank", "warn")]


def test_paragraph_break_ends_a_quote_sentence(record_of):
    record = record_of("“We need water now,” Governor Ana Cruz said.\n\nMinister Paulo Reis said the roads were open.")
    evidence = {a["speaker"]: a["evidence"]["text"] for a in record["assertions"]}
    assert evidence["Paulo Reis"].startswith("Minister Paulo Reis said")


def test_participle_with_its_own_stance_is_a_statement(record_of):
    record = record_of("Health Minister Lina Haddad said the clinics would reopen, warning that supplies were short.")
    verbs = sorted(a["verb"] for a in record["assertions"])
    assert verbs == ["say", "warn"] and all(a["reported_by"] is None for a in record["assertions"])


def test_untagged_capital_speaks_for_its_country(record_of):
    record = record_of("Ghana and Togo signed a border pact. Accra dismissed reports that it wanted a loan.")
    assert record["assertions"][0]["speaker"] == "Ghana"


def test_quote_after_addressee_and_untagged_titled_name(record_of):
    record = record_of("Mayor Ana Ruiz told reporters: “The bridge will reopen in May. We are sure.” "
                       "Later, Ruiz said: “No delays.”")
    assert [(a["speaker"], a["verb"]) for a in record["assertions"]] == [("Ana Ruiz", "tell"), ("Ana Ruiz", "say")]
    assert record["assertions"][0]["evidence"]["text"].endswith("We are sure.”")


def test_welcoming_and_urging_are_statements(record_of):
    record = record_of("Norway welcomed the truce on Friday. Foreign Minister Kari Lund urged restraint on both sides.")
    assert {(a["speaker"], a["verb"]) for a in record["assertions"]} == {("Norway", "welcome"), ("Kari Lund", "urge")}


def test_the_ministry_is_the_ministry_named_before(record_of):
    record = record_of("The health ministry denied reports of a shortage on Monday. "
                       "The ministry said stocks would last until June.")
    assert [a["speaker"] for a in record["assertions"]] == ["health ministry", "health ministry"]
    assert [o["name"] for o in record["organizations"]] == ["health ministry"]


def test_the_minister_after_a_quote_even_when_tagged_a_proper_noun(record_of):
    record = record_of("Italian Interior Minister Carla Bruno said: “We thank Tunisia for its help.” "
                       "Bruno rejected claims in the Italian press that Rome had paid the smugglers. "
                       "“Italy does not pay criminals, and it never has,” the minister said.")
    assert [a["speaker"] for a in record["assertions"]] == ["Carla Bruno"] * 3


@pytest.mark.parametrize("body, verb", [
    ("The opposition New Patriotic Party blamed the government for the crisis.", "blame"),
    ("A spokesperson for the Tarija Chamber of Commerce estimated losses at $2 million a day.", "estimate"),
])
def test_a_cue_whose_object_is_what_is_said(record_of, body, verb):
    assert [a["verb"] for a in record_of(body)["assertions"]] == [verb]


@pytest.mark.parametrize("body, speaker", [
    ("The army’s spokesman in Ituri, Lieutenant Désiré Mbuyi, blamed the militia for the attack.", "Désiré Mbuyi"),
    ("The United Nations peacekeeping mission in the country, MONUSCO, said its troops reached the camp on "
     "Tuesday.", "MONUSCO"),
])
def test_the_name_closing_a_described_subject_is_the_speaker(record_of, body, speaker):
    assert [a["speaker"] for a in record_of(body)["assertions"]] == [speaker]


def test_evidence_starts_at_the_name_that_closes_a_described_subject(record_of):
    record = record_of("The army’s spokesman in Ituri, Lieutenant Désiré Mbuyi, blamed the militia for the attack.")
    assert record["assertions"][0]["evidence"]["text"] == "Lieutenant Désiré Mbuyi, blamed the militia for the attack."




def test_a_lede_description_is_the_person_named_further_down(record_of):
    record = record_of("Sri Lanka’s sports minister has suspended the board of Sri Lanka Cricket, saying it had "
                       "lost the moral authority to run the game. Sports Minister Nalin Jayasekara announced the "
                       "decision in parliament on Tuesday.")
    assert {a["speaker"] for a in record["assertions"]} == {"Nalin Jayasekara"}
    assert {e["agent"] for e in record["events"]} == {"Nalin Jayasekara"}


@pytest.mark.parametrize("body, said", [
    pytest.param("Sports Minister Nalin Jayasekara announced the decision in parliament on Tuesday, telling "
                 "lawmakers that the board had lost the moral authority to manage the game.",
                 [("Nalin Jayasekara", "tell")], id="participle after a verb that states nothing"),
    pytest.param("His lawyer, Han Jae-won, told reporters that his client would appeal. “The court ignored "
                 "evidence that the orders were real,” Han said.",
                 [("Han Jae-won", "tell"), ("Han Jae-won", "say")], id="family name first, alone later"),
    pytest.param("The walkout could cost the carrier about 18 million euros a day, according to estimates "
                 "by the consultancy AeroData Partners.",
                 [("AeroData Partners", "according to")], id="a document by someone"),
    pytest.param("Parliament passed the motion. The office of the UN special envoy for Yemen called the swap "
                 "“a rare moment of hope”.",
                 [("Office of the UN special envoy for Yemen", "call")], id="the office of someone"),
    pytest.param("The Competition Appeal Tribunal found on Wednesday that Halcyon Digital had abused its dominance "
                 "of the market.", [("Competition Appeal Tribunal", "find")], id="a court's finding"),
    pytest.param("The Islamic State group later claimed responsibility for the bombing. The storm claimed 20 lives.",
                 [("Islamic State", "claim")], id="claimed responsibility"),
    pytest.param("The Red Cross put the death toll at more than 40. The Red Cross put its plans on hold.",
                 [("Red Cross", "put")], id="put the toll at"),
    pytest.param("The US Geological Survey put its magnitude at 6.9.", [("US Geological Survey", "put")],
                 id="put the magnitude at"),
    pytest.param("Foreign Minister Ana Reyes said the proposal, delivered to Baku through the European Union's special "
                 "envoy, called for both sides to pull heavy weapons back.", [("Ana Reyes", "say")],
                 id="a clause the parser broke at the comma after its subject"),
    pytest.param("A wildfire swept across the island on Monday. The municipality of Thasos said at least 20 homes had "
                 "been destroyed.", [("Municipality of Thasos", "say")], id="the municipality of X"),
    pytest.param("The main opposition Republican People’s Party called for a parliamentary inquiry.",
                 [("Republican People’s Party", "call")], id="called for"),
    pytest.param("An IMF spokesperson in Washington said on Monday that no agreement had been reached.",
                 [("IMF", "say")], id="a spokesperson of a body the model did not tag, in a capital"),
    pytest.param("Vibely denied that Chinese authorities had ever requested data on European users.",
                 [("Vibely", "deny")], id="a name the tagger took for an adverb"),
    pytest.param("Trade Minister Tran Duc Khiem said the deal was historic. He added that Vietnam would fast-track "
                 "licences for Korean projects.", [("Tran Duc Khiem", "say"), ("Tran Duc Khiem", "add")],
                 id="a that-clause the parser made an object"),
    pytest.param("Shares in Orbis Mining fell on Monday. The company denied reports that it planned to close the mine, "
                 "calling them baseless.", [("Orbis Mining", "deny")],
                 id="calling the rejected reports false is part of the rejection"),
    pytest.param("The Government of Peace and Unity accused the army of targeting civilians. The army denied striking "
                 "the market. In a statement on Tuesday, it said its drones had hit a weapons depot.",
                 [("Government of Peace and Unity", "accuse"), ("army", "deny"), ("army", "say")],
                 id="'it' after a described body spoke is that body"),
    pytest.param("President Ana Cruz declared a state of emergency in three provinces on Monday. The electoral "
                 "commission declared Cruz the winner of the vote.", [("electoral commission", "declare")],
                 id="declaring a state of emergency is an act, declaring a winner a statement"),
    pytest.param("Eritrea's information ministry said no port deal would satisfy what it called Addis Ababa's "
                 "expansionist ambitions.", [("Eritrea's information ministry", "say")],
                 id="a name given inside a statement is part of it"),
    pytest.param("Aliya Bekova, an energy analyst at the consultancy Steppe Advisory, doubted that the route could "
                 "carry such volumes.", [("Aliya Bekova", "doubt")], id="doubting that is a statement"),
    pytest.param("The National Commissioner for Human Rights, Blanca Izaguirre, warned that holding inmates without "
                 "visits was unlawful.", [("Blanca Izaguirre", "warn")], id="an office's holder named after it"),
    pytest.param("Most came from Guinea, according to the health directorate in Sfax, which said 14 survivors were "
                 "in hospital.", [("health directorate", "according to"), ("health directorate", "say")],
                 id="'which' after a body in a town is the body"),
])
def test_speakers_and_cues(record_of, body, said):
    assert [(a["speaker"], a["verb"]) for a in record_of(body)["assertions"]] == said


@pytest.mark.parametrize("outlet, seen", [
    ("DW", "DW has seen the minutes of that session, which confirm his testimony."),
    ("AP", "The Associated Press has seen a letter from the airline that uses the same words."),
])
def test_a_document_the_outlet_has_seen_verifies_what_it_bears_out(record_of, outlet, seen):
    record = record_of("Dąbrowska-Kręc said a former deputy minister, Paweł Szymański, had told a closed session of "
                       "the committee in April that the ministry knew of the delays. " + seen, outlet=outlet)
    assert [a["verified_by_outlet"] for a in record["assertions"]] == [True, True]


def test_a_description_of_a_named_body_is_that_body(record_of):
    record = record_of("The Bank of Ghana raised its main rate to 32% on Wednesday. Ghana’s central bank said "
                       "it had not asked the IMF for an emergency loan.")
    assert {a["speaker"] for a in record["assertions"]} == {"Bank of Ghana"}
    assert [o["name"] for o in record["organizations"] if "bank" in o["name"].lower()] == ["Bank of Ghana"]


@pytest.mark.parametrize("body, stances", [
    pytest.param("“The police did not fire a single shot,” Interior Minister Jon Vik said. "
                 "Analyst Mia Roth said the reforms had not gone far enough.",
                 {"Jon Vik": "disputes", "Mia Roth": "disputes"}, id="flat past denial, negated account"),
    pytest.param("“We have not heard from my brother since March,” said Omar Haddad, a shopkeeper. "
                 "“We have not been able to reach the northern villages,” the mayor, Lena Ruiz, said.",
                 {"Omar Haddad": "asserts", "Lena Ruiz": "asserts"}, id="a negated state"),
    pytest.param("“I have never been so happy to see land,” said Anna Berg, a passenger. "
                 "“I was never in Paris that night,” said Omar Ali, the accused.",
                 {"Anna Berg": "asserts", "Omar Ali": "disputes"}, id="a feeling, an alibi"),
    pytest.param("“I did not think I would have to do it again,” said Rosa Diaz, a resident. "
                 "“I woke up to loan apps calling me about debts I never took,” said Ada Obi, a trader.",
                 {"Rosa Diaz": "asserts", "Ada Obi": "asserts"}, id="a negated thought, a negated relative clause"),
    pytest.param("Relief chief Ana Pires told CNN that hunger was likely to spread. "
                 "“If the river rises again, the hunger comes in May,” said Tomas Reis, a farmer. "
                 "Doctor Lia Mota said stopping the drug was far more dangerous than the impurity.",
                 {"Ana Pires": "cautions", "Tomas Reis": "cautions", "Lia Mota": "cautions"},
                 id="likelihood, condition, alarm"),
    pytest.param("“The next two weeks will be critical,” said Anjali Mehra, a relief official. "
                 "Union leader Rosa Diaz said as many as 40,000 jobs could disappear.",
                 {"Anjali Mehra": "cautions", "Rosa Diaz": "cautions"}, id="what will be critical, could be lost"),
    pytest.param("Senator Ruth Vale criticised the plan on Monday. "
                 "“We respectfully disagree with the ruling,” said Omar Bakri, the firm’s lawyer.",
                 {"Ruth Vale": "disputes", "Omar Bakri": "disputes"}, id="criticism and disagreement"),
    pytest.param("“If there is negligence, those responsible will be held to account, no matter who they are,” "
                 "Energy Minister Halil Demir said.", {"Halil Demir": "cautions"}, id="a foretold punishment"),
    pytest.param("The Haarlem District Court rejected the airline’s request on Monday, ruling that the strike was "
                 "lawful. Interior Minister Jon Vik rejected the accusation that police had fired first.",
                 {"Haarlem District Court": "asserts", "Jon Vik": "denies"}, id="a request turned down is no denial"),
    pytest.param("Foreign ministry spokesperson Lin Haoran said Beijing would take all necessary measures to defend "
                 "its waters.", {"Lin Haoran": "cautions"}, id="all necessary measures"),
    pytest.param("“Nobody promised a review,” trade official Park Ji-hoon told Reuters. Commerce Minister Wang Lei "
                 "called the fine “discriminatory” on Monday. “We took hard decisions when nobody else had the "
                 "courage to,” said former premier Anna Berg.",
                 {"Park Ji-hoon": "disputes", "Wang Lei": "disputes", "Anna Berg": "asserts"},
                 id="nobody did it, a discriminatory fine"),
    pytest.param("“Nobody came to tell us to leave,” said Amina Diallo, a fish trader in Mopti. “We cannot ask our "
                 "children to sleep in a school,” said Moussa Keita.",
                 {"Amina Diallo": "asserts", "Moussa Keita": "asserts"}, id="a witness's nobody came, a plain cannot"),
    pytest.param("\"We reject the findings. Our prices reflected raw material costs,\" Hanna Weiss said. \"We do not "
                 "dispute the fine,\" said Omar Haddad.", {"Hanna Weiss": "denies", "Omar Haddad": "asserts"},
                 id="we reject, we do not dispute"),
    pytest.param("Trade Minister Nguyen Lan said Hanoi would go to the WTO if Manila did not lift the duty. "
                 "“We have been patient. If there is no dialogue, we will strike back,” said Vo Thi Mai, her deputy. "
                 "The army said the town would be a major prize if confirmed. "
                 "“If we had been told, we would have evacuated,” the mayor, Tran Duc, said.",
                 {"Nguyen Lan": "cautions", "Vo Thi Mai": "cautions", "army": "asserts", "Tran Duc": "asserts"},
                 id="what will follow on a condition"),
    pytest.param("“If both capitals now dig in, the commission idea could be dead before it is born,” said Rosa "
                 "Lind, an analyst. “If parts are short, some owners may be waiting until summer,” said Ana Ruas.",
                 {"Rosa Lind": "cautions", "Ana Ruas": "cautions"}, id="what could or may follow on a condition"),
    pytest.param("“My client is being made a scapegoat,” said Nuno Reis, his lawyer. Opposition leader Ana Ruas "
                 "said the trial was “political revenge”.",
                 {"Nuno Reis": "disputes", "Ana Ruas": "disputes"}, id="a scapegoat, revenge"),
    pytest.param("Farmer Jon Lee said the operator would open the floodgates without warning residents. Union "
                 "leader Ana Kim said staff had warned managers in 2024, a claim CNN could not independently verify.",
                 {"Jon Lee": "asserts", "Ana Kim": "asserts"}, id="without warning, the outlet's could"),
    pytest.param("Relief chief Ana Pires said 3,000 people had been moved from low-lying areas. Lawyer Omar Bakri "
                 "said the firm had not decided whether to appeal.", {"Ana Pires": "asserts", "Omar Bakri": "asserts"},
                 id="low-lying is no lie, an undecided appeal no denial"),
    pytest.param("Andrew Pemberton said the head of Luvua's subsidiary, Didier Kasongo, had told him last month that "
                 "an official at state miner Gecamines had threatened to have the licence transferred to a rival if "
                 "Luvua refused to give Gecamines a stake.",
                 {"Andrew Pemberton": "asserts", "Didier Kasongo": "asserts", "Gecamines": "cautions"},
                 id="a threat one relays is not one's own"),
    pytest.param("Didier Kasongo said an official had threatened to have the licence transferred if Luvua refused to "
                 "pay.", {"Didier Kasongo": "asserts"}, id="a threat one reports is not one's own"),
])
def test_stances(record_of, body, stances):
    assertions = record_of(body)["assertions"]
    assert {a["speaker"]: a["stance"] for a in assertions} == stances and len(assertions) == len(stances)


def test_a_quote_in_the_next_sentence_with_its_own_cue_is_not_the_previous_statement(record_of):
    record = record_of("Benjamin Tuddao, the head of the power cooperative, disputed that timetable. “Half of our "
                       "lines are under water,” he said.")
    assert [a["evidence"]["text"] for a in record["assertions"]] == [
        "Benjamin Tuddao, the head of the power cooperative, disputed that timetable.",
        "“Half of our lines are under water,” he said.",
    ]


def test_the_reason_given_for_a_rejection_is_a_statement_that_disputes(record_of):
    record = record_of("Finance Minister Abena Osei-Tutu rejected that charge, saying the slide had begun under the "
                       "previous administration.")
    assert [(a["verb"], a["stance"]) for a in record["assertions"]] == [("reject", "denies"), ("say", "disputes")]
    assert record["assertions"][0]["evidence"]["text"] == "Finance Minister Abena Osei-Tutu rejected that charge"
    record = record_of("Anja Hollmann denied that the union had ignored the offer, saying its negotiators had "
                       "rejected it within hours.")
    assert [(a["verb"], a["stance"]) for a in record["assertions"]] == [("deny", "denies"), ("say", "disputes")]


def test_the_reason_given_for_a_dispute_is_part_of_that_statement(record_of):
    record = record_of("Economist Teresa Lobo of the University of Braga questioned the government's deficit forecast, "
                       "saying it relied on unusually optimistic growth figures.")
    assert [(a["verb"], a["stance"], a["evidence"]["text"]) for a in record["assertions"]] == [
        ("question", "disputes", "Economist Teresa Lobo of the University of Braga questioned the government's deficit "
                                 "forecast, saying it relied on unusually optimistic growth figures.")]


def test_what_a_speaker_says_right_after_a_denial_disputes_the_claim_too(record_of):
    record = record_of("The port authority denied that any container had been lost. The authority said the "
                       "missing boxes had been counted twice at the Tema terminal. The harbour master, Kofi Mensah, "
                       "said cranes were working again. Mensah denied any wrongdoing and said he would take the matter "
                       "to court.")
    assert [(a["speaker"], a["stance"]) for a in record["assertions"]] == [
        ("port authority", "denies"), ("port authority", "disputes"), ("Kofi Mensah", "asserts"),
        ("Kofi Mensah", "denies"), ("Kofi Mensah", "asserts")]


@pytest.mark.parametrize("text, body", [
    ("Kivu Cobalt (KCC) runs the Tenke mine. Union leader Jean Mbala said KCC's site manager had told workers on "
     "Tuesday that exports would stop.", "Kivu Cobalt"),
    ("Tessel Foods operates the plant in Lodz. Union leader Mia Grant said Tessel Foods managers had told staff on "
     "Monday that the line would close.", "Tessel Foods"),  # a plural role under the body's name
    ("Vibely denied the claim. Union leader Niamh Byrne said Vibely executives had told investigators in 2024 that "
     "no data was stored in China.", "Vibely"),  # the name the parser took for an adverb
])
def test_an_unnamed_employee_of_a_body_speaks_for_it(record_of, text, body):
    relayed = record_of(text)["assertions"][-1]
    assert (relayed["speaker"], relayed["verb"]) == (body, "tell")
    assert relayed["reported_by"] is not None


def test_unnamed_staff_speak_for_the_firm_not_the_union_that_relays_them(record_of):
    record = record_of("Inspectors shut Orvalo Textiles Ltd. after the fire. Nadia Paz, president of the Needle "
                       "Workers Forum, said a floor supervisor had told her that managers locked the gates during "
                       "shifts. The Needle Workers Forum called for arrests.")
    assert [(a["speaker"], a["reported_by"]) for a in record["assertions"] if a["verb"] == "tell"] == [
        ("Orvalo Textiles Ltd.", "Nadia Paz")]


def test_staff_of_no_firm_named_say_nothing_for_a_public_body(record_of):
    record = record_of("The Ministry of Labour opened an inquiry. Nadia Paz said a shift supervisor had told her that "
                       "the alarms were switched off.")
    assert [a["speaker"] for a in record["assertions"]] == ["Nadia Paz"]


def test_a_source_named_in_a_named_clause_is_that_person(record_of):
    record = record_of("Megan Hollis said one of the plaintiffs, a warehouse supervisor in Dallas named Carlos Ibarra, "
                       "had told her that someone opened three credit cards in his name.")
    assert [(a["speaker"], a["reported_by"]) for a in record["assertions"]] == [
        ("Megan Hollis", None), ("Carlos Ibarra", "Megan Hollis")]


def test_according_to_a_description_closed_by_a_name_the_parser_left_apart(record_of):
    a = only(record_of("Wounded soldiers were taken to the hospital in Mogadishu, according to a doctor there, "
                       "Amina Sheikh Ali."))
    assert (a["speaker"], a["verb"]) == ("Amina Sheikh Ali", "according to")


def test_a_body_known_as_a_name_the_parser_hung_on_its_place_speaks_under_that_name(record_of):
    a = only(record_of("The African Union's mission in Somalia, known as AUSSOM, warned last week that a funding "
                       "shortfall could force it to cut troops."))
    assert (a["speaker"], a["stance"]) == ("AUSSOM", "cautions")


def test_a_group_that_calls_itself_a_name_speaks_under_it_and_naming_itself_says_nothing(record_of):
    record = record_of("A group that calls itself the Free Miners said the mine was unsafe. A ransomware attack has "
                       "halted operations at the port, as a hacker group calling itself Black Monsoon claimed "
                       "responsibility on Thursday.")
    assert [(a["speaker"], a["verb"]) for a in record["assertions"]][:1] == [("Free Miners", "say")]
    assert "call" not in {a["verb"] for a in record["assertions"]}


def test_a_closing_said_the_parser_hung_on_the_clause_keeps_its_speaker(record_of):
    record = record_of("The two countries' border commissions are due to meet next week in the Azerbaijani town of "
                       "Gazakh, the Azerbaijani Foreign Ministry said on Wednesday.")
    assert [(a["speaker"], a["verb"]) for a in record["assertions"]] == [("Azerbaijani Foreign Ministry", "say")]


def test_the_unit_is_the_unit_named_before(record_of):
    record = record_of("The Disaster Management and Mitigation Unit said 300 families had been moved. The "
                       "evacuation was still under way on Thursday, according to the unit.")
    assert [a["speaker"] for a in record["assertions"]] == ["Disaster Management and Mitigation Unit"] * 2


def test_she_after_a_quote_is_the_named_subject_the_parser_hung_on_a_place(record_of):
    record = record_of('Serra Verde rejected the findings. "The council relied on old data," chief executive Marcelo '
                       'Tavares Lins said. In Oslo, Ingrid Solbakken, a state secretary at the Finance Ministry, '
                       'defended the decision. "Nobody is punishing Brazil. The guidelines are set by parliament," '
                       'she told DW.')
    assert [a["speaker"] for a in record["assertions"] if a["verb"] == "tell"] == ["Ingrid Solbakken"]


def test_a_name_the_parser_read_as_two_conjuncts_says_it_once(record_of):
    a = only(record_of("The Bangladesh Garment Manufacturers and Exporters Association, the main industry body, "
                       "said the factory was not one of its members."))
    assert a["speaker"] == "Bangladesh Garment Manufacturers and Exporters Association"


def test_according_to_a_newspaper_named_after_its_kind(record_of):
    a = only(record_of("According to the business daily Handelsblatt, Kessler engineers found overheating cells."))
    assert (a["speaker"], a["verb"]) == ("Handelsblatt", "according to")


def test_finding_out_is_no_statement(record_of):
    record = record_of('"We will not wait for another Brumadinho to find out who was right," Helena Drummond said.')
    assert [(a["speaker"], a["verb"]) for a in record["assertions"]] == [("Helena Drummond", "say")]


def test_a_commission_spokeswoman_speaks_for_the_commission_named_last(record_of):
    record = record_of("The draft went to the Council of Europe's Venice Commission in March. The European Commission "
                       "warned on Thursday that the reform could cost EU funds. \"We are following this closely,\" a "
                       "Commission spokeswoman told reporters.")
    assert [a["speaker"] for a in record["assertions"] if a["verb"] == "tell"] == ["European Commission"]


def test_a_rejection_and_what_was_written_with_it_are_two_statements(record_of):
    record = record_of("Justice Minister Zoltan Berecz rejected the criticism on Friday, writing that the reform would "
                       "end a closed shop.")
    assert [(a["verb"], a["stance"]) for a in record["assertions"]] == [("reject", "denies"), ("write", "disputes")]


def test_a_body_speaks_as_itself_not_as_whoever_chairs_it(record_of):
    a = only(record_of("The lenders' coordinating committee, chaired by the London-based Ardmore Capital, said in a "
                       "statement that the agreement was fair."))
    assert a["speaker"] == "lenders' coordinating committee"


def test_analysts_speak_as_analysts_not_for_the_body_named_before(record_of):
    record = record_of("Al-Shabaab claimed the attack on Sunday. Analysts say the group has increasingly used drones "
                       "against isolated bases. Analysts at Hiraal Institute said the army was stretched.")
    assert [a["speaker"] for a in record["assertions"]] == ["Al-Shabaab", "analysts", "Hiraal Institute"]


def test_an_account_the_outlet_could_not_verify_is_unverified_in_whoever_relays_it(record_of):
    record = record_of("Chidi Eze said Kudipay’s former head of security, Tunde Oyelaran, had told him in April that "
                       "the company had known about the exposed server. The BBC could not independently verify "
                       "Oyelaran’s account.", outlet="BBC")
    assert [(a["speaker"], a["verified_by_outlet"]) for a in record["assertions"]] == [
        ("Chidi Eze", False), ("Tunde Oyelaran", False)]


def test_a_state_after_its_city_is_no_name_closing_the_subject(record_of):
    record = record_of("The suit, filed Monday in federal court in Austin, Texas, accuses Brightwell Payroll of "
                       "negligence and of hiding the breach.")
    assert "Texas" not in {a["speaker"] for a in record["assertions"]}


def test_a_speaker_the_parser_hung_on_the_place_before_it(record_of):
    record = record_of("Health Minister Mark Tennant spoke on Monday. At a picket outside Wellington Hospital, "
                       "Dr Anaru Temara, an anaesthetist who has worked there for 14 years, disputed the "
                       "minister’s figures. He said three of the eight specialists had left.")
    found = {(a["speaker"], a["verb"]) for a in record["assertions"]}
    assert {("Anaru Temara", "dispute"), ("Anaru Temara", "say")} <= found
    assert ("Mark Tennant", "say") not in found


def test_a_say_inside_a_quote_is_no_second_statement_of_the_quote(record_of):
    record = record_of("\"I put 30 years of savings in this bank. They looked me in the eye and said it was safe,\" "
                       "said Georges Khoury, a retired teacher.")
    assert [(a["speaker"], a["verb"]) for a in record["assertions"]] == [("Georges Khoury", "say")]


@pytest.mark.parametrize("text, speaker", [
    ('"They told us our cocoa was safe. Then the bulldozers came," said Kwame Mensah, a farmer near Kibi.',
     "Kwame Mensah"),
    ('"The Labour Court has confirmed what we said from the start. This strike is legal," union leader Petra Vogel '
     "told reporters.", "Petra Vogel"),
])
def test_what_is_said_inside_a_quotation_is_the_quoting_speaker_s(record_of, text, speaker):
    assert [a["speaker"] for a in record_of(text)["assertions"]] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Witnesses said police fired tear gas to clear the road.", "witnesses"),
    ("Some local residents said the warning to leave had come too late.", "local residents"),
])
def test_people_no_body_speaks_for_speak_as_themselves(record_of, text, speaker):
    assert [a["speaker"] for a in record_of(text)["assertions"]] == [speaker]


def test_people_counted_or_questioned_make_no_statement(record_of):
    record = record_of("Floods have killed at least 46 people in eastern Nepal, the government said. Ana Ruiz, his "
                       "lawyer, said investigators had questioned him for hours.")
    assert [(a["speaker"], a["verb"]) for a in record["assertions"]] == [("Government of Nepal", "say"),
                                                                          ("Ana Ruiz", "say")]


def test_the_central_bank_may_be_named_in_french(record_of):
    record = record_of("Banque du Liban said it had appointed an administrator. The central bank said deposits of "
                       "up to $25,000 would be covered.")
    assert [a["speaker"] for a in record["assertions"]] == ["Banque du Liban", "Banque du Liban"]


def test_a_relative_who_told_the_speaker_is_the_one_of_the_same_family_name(record_of):
    record = record_of("Police detained journalist Elnur Bagirzade on Monday. His wife, Narmin Bagirzade, said her "
                       "husband had told her during a brief phone call on Wednesday that investigators had questioned "
                       "him about his sources.")
    said = [(a["speaker"], a["reported_by"]) for a in record["assertions"]]
    assert said == [("Narmin Bagirzade", None), ("Elnur Bagirzade", "Narmin Bagirzade")]
    assert record["assertions"][0]["evidence"]["text"].endswith("about his sources.")


def test_according_to_a_judgment_or_an_indictment_is_the_body_that_issues_it(record_of):
    record = record_of("The Competition Appeal Tribunal ruled that Halcyon had abused its position. Halcyon earned "
                       "about 410m pounds a year from app fees, according to the judgment. The European Public "
                       "Prosecutor's Office charged two men. According to the indictment, 300 ventilators were never "
                       "used. Their contract was cancelled, according to the report.")
    said = [(a["speaker"], a["verb"]) for a in record["assertions"] if a["verb"] == "according to"]
    assert said == [("Competition Appeal Tribunal", "according to"),
                    ("European Public Prosecutor's Office", "according to")]


def test_the_statement_said_is_the_body_that_spoke_just_before(record_of):
    record = record_of("According to the EACC, the money was paid to three companies linked to the governor. "
                       "Investigators also froze 11 bank accounts, the statement said.")
    assert [(a["speaker"], a["verb"]) for a in record["assertions"]] == [("EACC", "according to"), ("EACC", "say")]


def test_a_speech_verb_the_parser_hung_on_the_title_before_a_name(record_of):
    record = record_of("The French interior minister, Étienne Marchal, announced on Tuesday that consulates in "
                       "Algiers, Oran and Annaba would issue 50% fewer visas until Algeria agreed to take back "
                       "nationals ordered to leave France. The plan, announced in May, cut visas.")
    [statement] = record["assertions"]
    assert statement["speaker"] == "Étienne Marchal" and statement["content"].endswith("ordered to leave France")


def test_a_speaker_hung_on_the_place_before_it_with_a_who_clause(record_of):
    record = record_of("In the nearby town of Sierra Gorda, Rosa Quispe, who runs a small restaurant near the "
                       "highway, said business had already slowed.")
    assert [(a["speaker"], a["content"]) for a in record["assertions"]] == [
        ("Rosa Quispe", "business had already slowed")]


def test_a_gendarmerie_or_coastguard_spokesman_speaks_for_it(record_of):
    record = record_of("A gendarmerie spokesman said Mercier had been barred from leaving Guinea. A coastguard "
                       "spokesman said two boats sank.")
    assert [a["speaker"] for a in record["assertions"]] == ["gendarmerie", "coastguard"]


def test_the_role_a_name_is_apposed_to_names_that_person_later(record_of):
    record = record_of("Omarov said that the rector, Serik Baimukhanov, had told him the decision came from above. "
                       "The rector said the fee increase was needed.")
    assert [a["speaker"] for a in record["assertions"]] == ["Omarov", "Serik Baimukhanov", "Serik Baimukhanov"]


def test_a_person_described_by_two_roles_is_one_speaker(record_of):
    record = record_of("Nepal's Civil Aviation Authority (CAAN) grounded the airline. Meera Joshi, an aviation safety "
                       "consultant and former CAAN inspector, warned that the grounding could strand travellers.")
    assert [a["speaker"] for a in record["assertions"]] == ["Meera Joshi"]


def test_prosecutors_speak_for_their_office(record_of):
    record = record_of("Portuguese prosecutors said on Monday that two executives had been arrested. "
                       "The Public Prosecutor's Office of Spain opened a case. Prosecutors said it would take months.")
    speakers = [a["speaker"] for a in record["assertions"]]
    assert speakers == ["Portuguese prosecutors", "Public Prosecutor's Office of Spain"]


def test_inform_and_promise_are_cues(record_of):
    record = record_of("Defence Minister Rodrigo Luna had informed the cabinet last week that 14 groups were under "
                       "investigation. In a brief statement, Carla Mendes promised “total co-operation” with "
                       "investigators.")
    assert {(a["speaker"], a["verb"]) for a in record["assertions"]} == {("Rodrigo Luna", "inform"),
                                                                           ("Carla Mendes", "promise")}


def test_either_side_s_account_is_every_party_s_statement(record_of):
    record = record_of("The Joint Security Force said the Zawiya Martyrs Brigade had attacked a checkpoint. "
                       "The brigade denied attacking it. CNN could not independently verify either side's account.")
    assert {a["speaker"]: a["verified_by_outlet"] for a in record["assertions"]} \
        == {"Joint Security Force": False, "Zawiya Martyrs Brigade": False}


def test_not_being_able_to_verify_her_account_is_about_the_account_she_relays(record_of):
    record = record_of("Union leader Katrin Vogt denied that the union had walked out. Vogt said the mediator, "
                       "Rainer Lind, had told both sides last Thursday that the gap was small. CNN has not been "
                       "able to verify her account of the private talks.", outlet="CNN")
    verified = {(a["speaker"], a["verb"]): a["verified_by_outlet"] for a in record["assertions"]}
    assert verified == {("Katrin Vogt", "deny"): None, ("Katrin Vogt", "say"): False, ("Rainer Lind", "tell"): False}


def test_a_unit_of_the_outlet_verifies_for_it(record_of):
    record = record_of("Mark Ellery said the offer was fair. Guardian Australia was unable to verify Ellery’s "
                       "account.", outlet="The Guardian")
    assert [a["verified_by_outlet"] for a in record["assertions"]] == [False]


@pytest.mark.parametrize("body, day", [
    ("The foreign ministry called the strike “a war crime” in a statement on Monday evening.", "2025-11-24"),
    ("Mwale, who was sworn in on Tuesday, dismissed the challenge in a televised address on Wednesday evening.",
     "2025-11-26"),
    ("Islamabad said on Tuesday it would send 50 water bowsers to Karachi.", "2025-11-25"),
])
def test_the_day_the_cue_s_own_phrases_give(record_of, body, day):
    assert [a["date"] for a in record_of(body, date="2025-11-27")["assertions"]] == [day]


@pytest.mark.parametrize("body, said", [
    ("Forecasters at the National Centre for Hydro-Meteorological Forecasting said the floods were among the worst "
     "in decades. Iran's judiciary has repeatedly denied mistreating detainees.",
     [("National Centre for Hydro-Meteorological Forecasting", "say"), ("Iran's judiciary", "deny")]),
    ("The European Commission fined three drugmakers on Monday. The overcharge cost 90 million euros a year, "
     "according to the Commission's calculations. The Vietnamese embassy in Manila denied that the ambassador had "
     "made any threat.", [("European Commission", "according to"), ("Vietnamese embassy in Manila", "deny")]),
    ("Basra's health directorate said hospitals had treated 243 people. \"We expect Japan to respond in a reasonable "
     "manner,\" Lee Ji-hyun told a briefing.", [("Basra's health directorate", "say"), ("Lee Ji-hyun", "tell")]),
], ids=["forecasters and a judiciary", "a body's calculations, an embassy", "a directorate, whom one expects to speak"])
def test_bodies_speak_through_their_members_figures_and_offices(record_of, body, said):
    assert [(a["speaker"], a["verb"]) for a in record_of(body)["assertions"]] == said


def test_a_warning_against_hung_on_its_object(record_of):
    record = record_of("The Law Association of Zambia cautioned both camps against \"inflammatory statements\" "
                       "while the case is before the court.")
    assert [(a["speaker"], a["stance"]) for a in record["assertions"]] == [("Law Association of Zambia", "cautions")]


def test_a_second_cue_the_parser_hung_on_the_first_as_its_clause(record_of):
    record = record_of("CSTO spokeswoman Irina Volkova said the bloc had offered to host talks between the two "
                       "countries' security chiefs and warned that further violence could not be ruled out.")
    assert [(a["speaker"], a["verb"], a["stance"]) for a in record["assertions"]] == [
        ("Irina Volkova", "say", "asserts"), ("Irina Volkova", "warn", "cautions")]


def test_people_described_by_their_trade_speak_for_where_they_work(record_of):
    record = record_of("Strategists at London-based Harwood Partners warned that the cut could trigger a further "
                       "sell-off. Analysts at Capital Economics said growth would slow.")
    assert [a["speaker"] for a in record["assertions"]] == ["Harwood Partners", "Capital Economics"]


def test_the_railway_is_the_rail_operator_named_before(record_of):
    record = record_of("German rail operator Deutsche Bahn cancelled trains on Monday. Drivers began a walkout that "
                       "the railway said would cancel most long-distance services.")
    assert [a["speaker"] for a in record["assertions"]] == ["Deutsche Bahn"]


def test_the_charity_is_the_charity_named_before(record_of):
    record = record_of("Sahel Water Trust, a Geneva-based charity, said the men were safe. The two were the last "
                       "Europeans held in Mali, according to the charity.")
    assert [a["speaker"] for a in record["assertions"]] == ["Sahel Water Trust", "Sahel Water Trust"]


def test_calling_a_claim_a_lie_denies_it(record_of):
    record = record_of("Vaio called the allegation “baseless”. "
                       "Deutsche Bahn called the strike “completely excessive”.")
    assert [(a["speaker"], a["stance"]) for a in record["assertions"]] == [("Vaio", "denies"),
                                                                          ("Deutsche Bahn", "disputes")]


def test_calling_a_decision_wrong_disputes_it_and_calling_an_attack_a_crime_does_not(record_of):
    record = record_of("Skyhaven called the decision \"deeply disappointing\". The union opposed a measure the board "
                       "called \"illegal and intimidating\". The army called the attack \"a terrorist crime\".")
    assert [(a["speaker"], a["stance"]) for a in record["assertions"]] == [
        ("Skyhaven", "disputes"), ("board", "disputes"), ("army", "asserts")]


def test_calling_an_arrest_a_show_or_a_recording_a_montage_disputes_it(record_of):
    record = record_of("Benavides called the detention \"a media show\". Ernesto Salinas called the audio \"a crude "
                       "montage\". Melinda Tan called the union's number \"speculation\".")
    assert [a["stance"] for a in record["assertions"]] == ["disputes"] * 3


def test_a_rank_s_abbreviation_ends_no_sentence(record_of):
    a = only(record_of("Army spokesman Brig. Gen. Nabil Abdalla said the account was false."))
    assert a["speaker"] == "Nabil Abdalla" and a["evidence"]["text"].startswith("Army spokesman Brig. Gen.")
    assert not record_of("Brig. Gen. Nabil Abdalla spoke.")["places"]


def test_an_untagged_acronym_after_a_described_body_is_the_speaker(record_of):
    record = record_of("The UN peacekeeping mission in Congo, MONUSCO, said its troops had helped evacuate 14 "
                       "wounded people to hospital in Bunia.")
    assert [a["speaker"] for a in record["assertions"]] == ["MONUSCO"]


def test_adding_that_is_a_statement_of_its_own_from_the_participle(record_of):
    record = record_of("Finance Minister Kojo Mensah said the loan would be repaid on time, adding that Ghana could "
                       "not afford another round of delays.")
    said, added = sorted(record["assertions"], key=lambda a: a["evidence"]["start"])
    assert (said["verb"], added["verb"]) == ("say", "add") and added["speaker"] == "Kojo Mensah"
    assert said["evidence"]["text"].endswith("on time")
    assert added["evidence"]["text"].startswith("adding that Ghana")


def test_reason_given_for_a_rejection_starts_at_saying(record_of):
    record = record_of("Tomasz Rejewski rejected that, saying his office had tested the proposal with buyers.")
    saying = next(a for a in record["assertions"] if a["verb"] == "say")
    assert saying["speaker"] == "Tomasz Rejewski" and saying["evidence"]["text"].startswith("saying his office")


def test_a_source_in_a_town_does_not_speak_for_the_town(record_of):
    record = record_of("Rosa Vilca said a polling-station member in Caylloma had told her party's agents that ballot "
                       "boxes had been opened.")
    assert "Caylloma" not in by_speaker(record)


def test_an_unnamed_spokesperson_speaks_for_the_body_of_the_sentence_before(record_of):
    record = record_of("World Aquatics rejected the accusation. A spokesperson said the unit operated independently "
                       "of the federation.")
    assert [a["speaker"] for a in record["assertions"]] == ["World Aquatics", "World Aquatics"]


def test_he_after_an_unnamed_spokesperson_is_the_spokespersons_body(record_of):
    record = record_of("Sunil Jayaweera said the blasting had cracked his walls. Ruwan Granite Crushers rejected the "
                       "allegations. A company spokesman said all blasting had stopped in May. \"To link a natural "
                       "disaster to our quarry is unfair,\" he said. Jayaweera said he would sue.")
    assert [a["speaker"] for a in record["assertions"]] == ["Sunil Jayaweera", "Ruwan Granite Crushers",
                                                           "Ruwan Granite Crushers", "Ruwan Granite Crushers",
                                                           "Sunil Jayaweera"]


@pytest.mark.parametrize("text", [
    "The army said rebel fighters had attacked a barge on the river, while the UDRF said government aircraft had "
    "bombed a village near Ulang.",
    "A drone strike on a crowded market in Nyala killed at least 27 people on Monday, a medical group said, as the "
    "army insisted it had hit only military targets.",
    "The mine has recorded 40 deaths since 2020, the council said, though the union says the figure understates "
    "deaths among contract workers.",
])
def test_two_accounts_side_by_side_are_not_relayed(record_of, text):
    assert [a["reported_by"] for a in record_of(text)["assertions"]] == [None, None]


def test_a_department_spokesperson_speaks_for_the_department_named_before(record_of):
    record = record_of("The Department of Foreign Affairs summoned the ambassador on Tuesday. A department "
                       "spokesperson said it was the fourth protest since December. The Ministry of Labour rejected "
                       "the claim. A ministry spokesperson said talks remained open.")
    assert [a["speaker"] for a in record["assertions"]] == [
        "Department of Foreign Affairs", "Ministry of Labour", "Ministry of Labour"]


def test_a_spokesperson_of_another_country_s_ministry_is_not_the_one_named_before(record_of):
    record = record_of("India's foreign ministry said 11 soldiers were hurt. In Beijing, a Chinese foreign ministry "
                       "spokesperson questioned India's casualty figures.")
    assert [a["speaker"] for a in record["assertions"]] == ["India's foreign ministry", "Chinese foreign ministry"]


def test_a_capitalised_body_word_before_a_spokesperson_is_the_body_named_before(record_of):
    record = record_of("The European Commission defended the deal. A Commission spokesperson said it included "
                       "safeguards for beef and poultry.")
    assert [a["speaker"] for a in record["assertions"]] == ["European Commission"]
    assert [o["name"] for o in record["organizations"]] == ["European Commission"]


def test_a_speaker_whose_apposition_holds_a_clause(record_of):
    record = record_of("Amina Yusuf, a mother in Kano whose 4-year-old daughter died on March 2, said she had bought "
                       "the syrup at a market.")
    [statement] = record["assertions"]
    assert statement["speaker"] == "Amina Yusuf" and statement["content"] == "she had bought the syrup at a market"


def test_a_participle_after_a_verb_of_no_speech_holds_its_speaker(record_of):
    record = record_of("Georgia's interior ministry went further on Monday, calling the report \"a gift to smugglers\" "
                       "ahead of the talks.")
    evidence = {a["evidence"]["text"] for a in record["assertions"] if a["verb"] == "call"}
    assert evidence == {"Georgia's interior ministry went further on Monday, calling the report \"a gift to smugglers\" "
                        "ahead of the talks."}


def test_a_danger_said_to_be_over_is_no_warning(record_of):
    record = record_of("Army spokesperson Nune Sargsyan spoke in Yerevan. She said the three injured drivers were no "
                       "longer in danger. She said the bridge was at risk of collapse.")
    stances = {a["evidence"]["text"]: a["stance"] for a in record["assertions"]}
    assert stances == {"She said the three injured drivers were no longer in danger.": "asserts",
                       "She said the bridge was at risk of collapse.": "cautions"}


@pytest.mark.parametrize("firm, text", [
    ("Rapidex Logistics", "The Competition Authority fined the delivery firm Rapidex Logistics 40 million euros on "
     "Monday. The Competition Authority said the app had misled drivers. Authority chair Eva Lund said the "
     "Competition Authority would watch the market."),
    ("Minera Alta", "The dam, operated by Minera Alta, gave way on Saturday, according to the National Civil Defence "
     "Institute. The National Civil Defence Institute said 14 people were missing."),
])
def test_the_company_is_the_firm_not_the_regulator_named_more_often(record_of, firm, text):
    record = record_of(text + " In a statement, the company said it would appeal.")
    assert (firm, "the company said it would appeal.") in {
        (a["speaker"], a["evidence"]["text"]) for a in record["assertions"]}


def test_the_carrier_is_the_airline_not_the_pilots_association_named_more_often(record_of):
    record = record_of("The Kenya Airline Pilots Association called a strike at Skyway Express. The Kenya Airline "
                       "Pilots Association said talks had failed. In a statement, the carrier said it would run a "
                       "reduced schedule.")
    assert ("Skyway Express", "the carrier said it would run a reduced schedule.") in {
        (a["speaker"], a["evidence"]["text"]) for a in record["assertions"]}


def test_the_company_is_no_body_with_company_in_its_name_and_the_regulator_is_the_commission(record_of):
    record = record_of("India's Competition Commission sued U.S. technology company Orion Mobile on Monday. The "
                       "National Company Law Appellate Tribunal upheld the commission's order last year. The "
                       "Competition Commission of India said the penalty was unpaid. The company said it would "
                       "appeal. The regulator said the conduct was abusive.")
    speakers = {a["evidence"]["text"].split()[1]: a["speaker"] for a in record["assertions"]}
    assert speakers["company"] == "Orion Mobile"
    assert speakers["regulator"] == "Competition Commission of India"
    assert [o["name"] for o in record["organizations"] if "Competition Commission" in o["name"]] == [
        "Competition Commission of India"]


def test_an_unnamed_employee_speaks_for_the_body_their_phrase_names(record_of):
    record = record_of("The Electoral Commission of Zambia declared the result. Opposition leader Ana Ruiz said a "
                       "commission employee had told him on election night that results had been adjusted.")
    assert [(a["speaker"], a["reported_by"]) for a in record["assertions"] if a["verb"] == "tell"] == [
        ("Electoral Commission of Zambia", "Ana Ruiz")]


@pytest.mark.parametrize("text", [
    "The director of the Romanian Intelligence Service said the attack bore the hallmarks of earlier incidents.",
    "Dobrescu said the director of the Romanian Intelligence Service had told him that the attack was planned.",
])
def test_the_head_of_a_named_body_speaks_for_it(record_of, text):
    record = record_of(text)
    assert "Romanian Intelligence Service" in [a["speaker"] for a in record["assertions"]]


def test_a_colleague_at_a_named_firm_speaks_for_that_firm_alone(record_of):
    record = record_of("Ms Saar said a colleague at Helsinki-based security firm Northwatch had told her that the same "
                       "network had been used.")
    assert [a["speaker"] for a in record["assertions"]] == ["Saar", "Northwatch"]
    assert [o["name"] for o in record["organizations"]] == ["Northwatch"]


def test_a_body_named_by_its_of_phrase_is_no_earlier_body(record_of):
    record = record_of("The Supreme Audit Office said the tender was rigged. The office of President Michal Grabowski "
                       "said yesterday that he would act in accordance with the constitution.")
    assert [a["speaker"] for a in record["assertions"]] == ["Supreme Audit Office",
                                                            "Office of President Michal Grabowski"]


def test_the_company_is_the_firm_the_sentence_before_was_about(record_of):
    record = record_of("The Badminton Association of Malaysia suspended its treasurer. The association said the audit "
                       "was routine. Velox Sports, the apparel maker that sponsors the association, said it had not "
                       "been contacted. The company denied making any payment to association officials.")
    assert {a["speaker"] for a in record["assertions"] if a["verb"] == "deny"} == {"Velox Sports"}


def test_a_clause_the_parser_took_for_an_object_is_what_was_said(record_of):
    record = record_of("In a statement, the bank said the fine related to \"accounts closed years ago\" and insisted "
                       "that no customer had lost money.")
    said = [a for a in record["assertions"] if a["verb"] == "say"]
    assert [a["content"] for a in said] == ["the fine related to \"accounts closed years ago\""]


def test_a_report_tabled_in_parliament_speaks_for_its_author_not_parliament(record_of):
    record = record_of("State House said the president had accepted the resignation. The Mines Audit Chamber "
                       "report, tabled in parliament last week, found that a road contract was awarded unlawfully.")
    assert {a["speaker"] for a in record["assertions"] if a["verb"] == "find"} == {"Mines Audit Chamber"}
    assert not any(o["name"] in ("State House", "Mines Audit Chamber") and "parliament" in o["aliases"]
                   for o in record["organizations"])


@pytest.mark.parametrize("text, company", [
    ("The board of Australian gas producer Ironbark Energy on Tuesday rejected a takeover offer, saying it "
     "undervalued the company.", "Ironbark Energy"),
    ("Vantor Airways agreed to merge with Skyline. Vantor's board said it had rejected a rival approach earlier this "
     "year, a claim Reuters could not independently verify.", "Vantor Airways"),  # not the outlet of the aside
])
def test_a_companys_board_speaks_for_the_company(record_of, text, company):
    record = record_of(text)
    assert {a["speaker"] for a in record["assertions"] if a["verb"] != "agree"} == {company}


@pytest.mark.parametrize("body, speaker", [
    ("The fighting continued for several hours, according to police in Chaman.", "police in Chaman"),
    ("The United Nations human rights office in Colombia welcomed the decision.",
     "United Nations human rights office in Colombia"),
    ("Late on Monday, the labour court in Frankfurt ruled that the stoppage would cause disproportionate damage.",
     "labour court in Frankfurt"),
    ("The fighting lasted about 40 minutes, according to an interim report by the ASEAN observer mission.",
     "ASEAN observer mission"),
    ("The European Union delegation in Ethiopia said it was following the case closely.",
     "European Union delegation in Ethiopia"),
])
def test_a_local_body_or_a_mission_is_named_with_its_place_or_sender(record_of, body, speaker):
    assert [a["speaker"] for a in record_of(body)["assertions"]] == [speaker]


def test_a_name_closing_a_described_speaker_is_that_person_not_a_place(record_of):
    record = record_of("Hasina Rakoto said a regional coordinator in Toamasina, Jean-Claude Razafy, had told him "
                       "that results from 140 polling stations had been replaced.")
    assert "Jean-Claude Razafy" in names(record, "people") and "Jean-Claude Razafy" not in names(record, "places")
    assert [a["speaker"] for a in record["assertions"]] == ["Hasina Rakoto", "Jean-Claude Razafy"]


def test_the_speaker_is_the_person_not_the_firm_after_of(record_of):
    record = record_of("Economist Helena Furtado of the consultancy Tavares Macro cautioned that a prolonged "
                       "stoppage could shave 0.1 percentage point off growth.")
    assert [a["speaker"] for a in record["assertions"]] == ["Helena Furtado"]


def test_a_name_in_apposition_to_a_subject_is_that_subject_however_the_parser_hangs_it(record_of):
    record = record_of("Chief Wesley Ratt said the band had asked for help for a week. He said two water bombers had "
                       "been sent to another fire.\n\nManitoba's minister responsible for the SPSA, Daniel Okemaw, "
                       "rejected the criticism. \"Every request has been answered. Aircraft go where lives are at "
                       "greatest risk,\" he said.")
    quote = next(a for a in record["assertions"] if a["evidence"]["text"].startswith('"Every request'))
    assert quote["speaker"] == "Daniel Okemaw"


@pytest.mark.parametrize("text, stances", [
    ("Police said about 3,500 people attended. The People's Bloc, which organised the rally, put the number at "
     "more than 25,000.", ["asserts", "disputes"]),
    ("At least 19 people were killed, according to the army, although a local civil society group put the death "
     "toll at more than 40.", ["asserts", "disputes"]),
    ("Kessler Automobil put the cost of the recall at about $60 million.", ["asserts"]),
])
def test_a_second_count_disputes_the_first(record_of, text, stances):
    assert [a["stance"] for a in record_of(text)["assertions"]] == stances


def test_a_pronoun_inside_a_quotation_tells_nothing_of_the_speakers_gender(record_of):
    record = record_of("His lawyer, Nkandu Phiri, said within hours that he would appeal. Judge Miriam Chanda "
                       "sentenced Siame on Thursday. Chanda said: \"He ran a public ministry as if it were his "
                       "private business.\" She also rejected a defense request for bail.")
    rejected = next(a for a in record["assertions"] if a["evidence"]["text"].startswith("She also rejected"))
    assert rejected["speaker"] == "Miriam Chanda"


def test_a_person_of_a_group_is_the_speaker_when_the_parser_makes_the_group_the_subject(record_of):
    record = record_of("Environmental groups said the collapse showed that oversight had been weak for years. Lucía "
                       "Ramírez of the advocacy group Andean Rivers Watch told Reuters that Peru had more than 200 "
                       "tailings dams.")  # the parser hangs the name on "Watch", its subject
    assert ("Lucía Ramírez", "tell") in {(a["speaker"], a["verb"]) for a in record["assertions"]}


def test_a_closing_cue_with_its_own_subject_after_a_comma_reports_the_clause_before(record_of):
    record = record_of("Only 98 members of the 275-seat House of Representatives backed Mr Thapa, while 161 voted "
                       "against him, Speaker Kamala Adhikari announced in Kathmandu.")
    assert [(a["speaker"], a["verb"]) for a in record["assertions"]] == [("Kamala Adhikari", "announce")]
