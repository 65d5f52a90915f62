"""The rule parser on the sentences the relational layers got wrong, and on the core constructions."""

from __future__ import annotations

from tests.syntax.helpers import analysed, head_text, index_of


def test_dateline_city_is_nobodys_subject() -> None:
    words, _ = analysed("MUNICH Major powers agreed to implement a cessation of hostilities in Syria.")
    munich = words[index_of(words, "MUNICH")]
    assert munich.head is None and munich.deprel is None and munich.upos == "PROPN"
    powers = index_of(words, "powers")
    assert words[powers].deprel == "nsubj" and head_text(words, powers) == "agreed"
    implement = index_of(words, "implement")
    assert words[implement].deprel == "xcomp" and head_text(words, implement) == "agreed"
    assert head_text(words, index_of(words, "cessation")) == "implement"


def test_subject_is_found_past_prepositional_phrases() -> None:
    words, _ = analysed("Bomb blasts in a southern district of Damascus killed at least 62 people.")
    blasts = index_of(words, "blasts")
    assert words[blasts].deprel == "nsubj" and head_text(words, blasts) == "killed"
    damascus = index_of(words, "Damascus")
    assert words[damascus].deprel == "nmod" and head_text(words, damascus) == "district"


def test_inverted_speech_subject() -> None:
    words, _ = analysed('"We will not sign," said Kerry, who was in Amman.')
    kerry = index_of(words, "Kerry")
    assert words[kerry].deprel == "nsubj" and head_text(words, kerry) == "said"
    assert words[index_of(words, "We")].deprel == "nsubj"


def test_passive_subject_and_auxiliary() -> None:
    words, _ = analysed("The agreement was signed by both sides on Monday.")
    agreement = index_of(words, "agreement")
    assert words[agreement].deprel == "nsubj:pass" and head_text(words, agreement) == "signed"
    assert words[index_of(words, "was")].deprel == "aux:pass"
    sides = index_of(words, "sides")
    assert words[sides].deprel == "obl" and head_text(words, sides) == "signed"


def test_object_determiner_adjective_and_coordination() -> None:
    words, _ = analysed("Russia and Turkey signed a new ceasefire deal.")
    deal = index_of(words, "deal")
    assert words[deal].deprel == "obj" and head_text(words, deal) == "signed"
    assert words[index_of(words, "a")].deprel == "det"
    assert words[index_of(words, "new")].deprel == "amod"
    assert words[index_of(words, "ceasefire")].deprel == "compound"
    russia = index_of(words, "Russia")
    assert words[russia].deprel == "nsubj"
    turkey = index_of(words, "Turkey")
    assert words[turkey].deprel == "conj" and head_text(words, turkey) == "Russia"
    assert words[index_of(words, "signed")].deprel == "root"


def test_copula_predicate_takes_the_subject() -> None:
    words, _ = analysed("The talks were difficult.")
    talks = index_of(words, "talks")
    assert head_text(words, talks) == "difficult" and words[talks].deprel == "nsubj"
    assert words[index_of(words, "were")].deprel == "cop"


def test_clausal_complement_of_a_speech_verb() -> None:
    words, _ = analysed("Officials said the rebels had withdrawn.")
    withdrawn = index_of(words, "withdrawn")
    assert words[withdrawn].deprel == "ccomp" and head_text(words, withdrawn) == "said"
    rebels = index_of(words, "rebels")
    assert head_text(words, rebels) == "withdrawn" and words[rebels].deprel == "nsubj"


def test_apposition_between_commas_and_the_speakers_clause() -> None:
    words, _ = analysed("Kerry, the U.S. secretary of state, said the talks would resume in Geneva.")
    kerry = index_of(words, "Kerry")
    assert words[kerry].deprel == "nsubj" and head_text(words, kerry) == "said"
    secretary = index_of(words, "secretary")
    assert words[secretary].deprel == "appos" and head_text(words, secretary) == "Kerry"
    talks = index_of(words, "talks")
    assert words[talks].deprel == "nsubj" and head_text(words, talks) == "resume"
    resume = index_of(words, "resume")
    assert words[resume].deprel == "ccomp" and head_text(words, resume) == "said"


def test_relative_clause_between_commas_is_skipped_for_the_subject() -> None:
    words, _ = analysed("The minister, who spoke on Monday, said the deal was dead.")
    minister = index_of(words, "minister")
    assert words[minister].deprel == "nsubj" and head_text(words, minister) == "said"
    assert head_text(words, index_of(words, "spoke")) == "minister"


def test_number_modifiers_are_not_prepositions() -> None:
    words, _ = analysed("At least 62 people were killed and more than 100 were wounded.")
    people = index_of(words, "people")
    assert words[people].deprel == "nsubj:pass" and head_text(words, people) == "killed"
    assert words[index_of(words, "At")].deprel == "advmod" and head_text(words, index_of(words, "At")) == "62"
    words, _ = analysed("The blasts killed at least 62 people.")
    people = index_of(words, "people")
    assert words[people].deprel == "obj" and head_text(words, people) == "killed"


def test_comma_list_of_parties_is_one_coordinated_subject() -> None:
    words, _ = analysed("Russia, Turkey, Iran and the United States agreed.")
    russia = index_of(words, "Russia")
    assert words[russia].deprel == "nsubj" and head_text(words, russia) == "agreed"
    for name in ("Turkey", "Iran", "States"):
        k = index_of(words, name)
        assert words[k].deprel == "conj" and head_text(words, k) == "Russia"


def test_reduced_relative_and_fronted_object() -> None:
    words, _ = analysed("We will be distributing the shares reflected on your statement.")
    shares = index_of(words, "shares")
    assert words[shares].deprel == "obj" and head_text(words, shares) == "distributing"
    assert words[index_of(words, "reflected")].deprel == "acl"
    words, _ = analysed("What do you eat in Miramar?")
    what = index_of(words, "What")
    assert words[what].deprel == "obj" and head_text(words, what) == "eat"


def test_inversion_only_when_no_clause_follows() -> None:
    words, _ = analysed('"We will not sign," said Kerry, the secretary of state.')
    kerry = index_of(words, "Kerry")
    assert words[kerry].deprel == "nsubj" and head_text(words, kerry) == "said"
    assert head_text(words, index_of(words, "secretary")) == "Kerry"


def test_subject_is_found_past_brackets_and_extraposed_it() -> None:
    words, _ = analysed("The Kurdistan Workers Party (PKK) said it carried out the attack.")
    party = index_of(words, "Party")
    assert words[party].deprel == "nsubj" and head_text(words, party) == "said"
    words, _ = analysed("It is easy to get discount airfare.")
    assert words[index_of(words, "It")].deprel == "expl"


def test_two_copular_clauses_are_not_one_subject() -> None:
    words, _ = analysed("The food was excellent and the service was terrific.")
    service = index_of(words, "service")
    assert words[service].deprel == "nsubj" and head_text(words, service) == "terrific"


def test_bare_time_after_a_verb_is_not_its_object() -> None:
    words, _ = analysed("The ministry announced last week a new plan.")
    week = index_of(words, "week")
    assert words[week].deprel == "obl:unmarked" and head_text(words, week) == "announced"
    plan = index_of(words, "plan")
    assert words[plan].deprel == "obj" and head_text(words, plan) == "announced"


def test_news_speakers_behind_commas_and_days() -> None:
    words, _ = analysed("John Ison, from the group Fathers 4 Justice, said it was disappointing.")
    john = index_of(words, "John")
    assert words[john].deprel == "nsubj" and head_text(words, john) == "said"
    words, _ = analysed("Britain has been cautious, but on Wednesday Mr Straw said he wanted it to end.")
    straw = index_of(words, "Straw")
    assert words[straw].deprel == "nsubj" and head_text(words, straw) == "said"
    words, _ = analysed("Cosby's lawyer, Walter Phillips, said the comedian was pleased.")
    lawyer = index_of(words, "lawyer")
    assert words[lawyer].deprel == "nsubj" and head_text(words, lawyer) == "said"
    assert head_text(words, index_of(words, "Walter")) == "lawyer"


def test_participle_after_the_subject_is_a_modifier() -> None:
    words, _ = analysed("People killed in the blast included two children.")
    people = index_of(words, "People")
    assert words[people].deprel == "nsubj" and head_text(words, people) == "included"
    killed = index_of(words, "killed")
    assert words[killed].deprel == "acl" and head_text(words, killed) == "People"
    words, _ = analysed("Killed in the blast included two children.")  # no subject: nothing moves
    assert all(w.deprel != "acl" for w in words)


def test_relative_pronoun_object_and_determiner_before_a_possessive() -> None:
    words, _ = analysed("The State Department waived the fees that they charge.")
    that = index_of(words, "that")
    assert words[that].deprel == "obj" and head_text(words, that) == "charge"
    charge = index_of(words, "charge")
    assert words[charge].deprel == "acl:relcl" and head_text(words, charge) == "fees"
    words, _ = analysed("They answered all my questions.")
    questions = index_of(words, "questions")
    assert words[questions].deprel == "obj" and head_text(words, questions) == "answered"


def test_relative_clause_with_a_clause_inside_is_skipped_for_the_subject() -> None:
    words, _ = analysed("Israel, which has never said that it has nuclear weapons, ranks fifth.")
    israel = index_of(words, "Israel")
    assert words[israel].deprel == "nsubj" and head_text(words, israel) == "ranks"


def test_participle_phrase_between_commas_modifies_the_noun() -> None:
    words, _ = analysed("The deal, signed in Doha, calls for a ceasefire.")
    deal = index_of(words, "deal")
    assert words[deal].deprel == "nsubj" and head_text(words, deal) == "calls"
    signed = index_of(words, "signed")
    assert words[signed].deprel == "acl" and head_text(words, signed) == "deal"


def test_names_in_apposition_and_a_year_before_the_subject() -> None:
    words, _ = analysed("The Lord Chancellor, Lord Falconer, agreed the act was discriminatory.")
    chancellor = index_of(words, "Chancellor")
    assert words[chancellor].deprel == "nsubj" and head_text(words, chancellor) == "agreed"
    assert words[index_of(words, "Falconer")].deprel == "appos"
    words, _ = analysed("In 2002 Russia and Turkey agreed to form a partnership.")
    russia = index_of(words, "Russia")
    assert words[russia].deprel == "nsubj" and head_text(words, russia) == "agreed"


def test_naming_verbs_take_a_complement_not_an_object() -> None:
    words, _ = analysed("He was named special envoy.")
    envoy = index_of(words, "envoy")
    assert words[envoy].deprel == "xcomp" and head_text(words, envoy) == "named"
    words, _ = analysed("They called the meeting.")
    assert words[index_of(words, "meeting")].deprel == "obj"


def test_according_to_is_a_preposition() -> None:
    words, _ = analysed("The rebels killed 12 soldiers, according to the army.")
    army = index_of(words, "army")
    assert words[army].deprel == "obl" and head_text(words, army) == "killed"
    according = index_of(words, "according")
    assert words[according].deprel == "case" and head_text(words, according) == "army"
    assert words[index_of(words, "to")].deprel == "fixed"
    assert all(w.deprel != "nsubj" or w.text == "rebels" for w in words)


def test_including_is_a_preposition_of_the_noun_before_it() -> None:
    words, _ = analysed("The strike killed 12 people, including three children.")
    children = index_of(words, "children")
    assert words[children].deprel == "nmod" and head_text(words, children) == "people"
    assert words[index_of(words, "including")].deprel == "case"
    assert [w.text for w in words if w.deprel == "obj"] == ["people"]


def test_gerund_subject_takes_its_object() -> None:
    words, _ = analysed("Acquiring open source talent gives a company an inexpensive way in.")
    talent = index_of(words, "talent")
    assert words[talent].deprel == "obj" and head_text(words, talent) == "Acquiring"
    acquiring = index_of(words, "Acquiring")
    assert words[acquiring].deprel == "csubj" and head_text(words, acquiring) == "gives"


def test_question_subject_between_auxiliary_and_verb() -> None:
    words, _ = analysed("Are you enjoying Houston?")
    you = index_of(words, "you")
    assert words[you].deprel == "nsubj" and head_text(words, you) == "enjoying"
    assert words[index_of(words, "Are")].deprel == "aux"


def test_existential_there_leaves_the_subject_after_the_verb() -> None:
    words, _ = analysed("There has been speculation about the deal.")
    speculation = index_of(words, "speculation")
    assert words[speculation].deprel == "nsubj" and head_text(words, speculation) == "been"
    assert words[index_of(words, "There")].deprel == "expl"


def test_question_word_before_the_copula_is_the_predicate() -> None:
    words, _ = analysed("What is the dress code for the dinner?")
    code = index_of(words, "code")
    assert words[code].deprel == "nsubj" and head_text(words, code) == "What"
    words, _ = analysed("What is the company doing?")
    assert head_text(words, index_of(words, "company")) != "What"  # a verb follows: not this rule


def test_coordinated_adjectives_modify_the_noun_that_is_the_object() -> None:
    words, _ = analysed("They were seeking affectionate, satisfying and harmonious relationships.")
    relationships = index_of(words, "relationships")
    assert words[relationships].deprel == "obj" and head_text(words, relationships) == "seeking"
    for adjective in ("affectionate", "satisfying", "harmonious"):
        assert head_text(words, index_of(words, adjective)) == "relationships"


def test_place_and_body_names_are_headed_last_person_names_first() -> None:
    words, _ = analysed("North Korea has a bomb, the State Department said, and Iyad Allawi agreed.")
    assert words[index_of(words, "Korea")].deprel == "nsubj"
    assert words[index_of(words, "North")].deprel == "compound"
    assert head_text(words, index_of(words, "State")) == "Department"
    assert words[index_of(words, "Iyad")].deprel == "nsubj"
    assert words[index_of(words, "Allawi")].deprel == "flat"


def test_subject_search_passes_a_time_phrase_after_a_group() -> None:
    words, _ = analysed("The hottest item on wish lists this year is nuclear weapons.")
    item = index_of(words, "item")
    assert words[item].deprel == "nsubj" and head_text(words, item) == "weapons"


def test_subject_found_past_an_age_and_a_relative_clause() -> None:
    words, _ = analysed("Nina Chahine, 19, who was in Amman, said it.")
    nina = index_of(words, "Nina")
    assert words[nina].deprel == "nsubj" and head_text(words, nina) == "said"
    age = index_of(words, "19")
    assert words[age].deprel == "amod" and head_text(words, age) == "Nina"
    assert head_text(words, index_of(words, "Amman")) == "Nina"


def test_relative_who_after_a_comma_is_not_a_question() -> None:
    words, _ = analysed("Philip Zelikow, who is close to the administration, admitted the motive.")
    philip = index_of(words, "Philip")
    assert words[philip].deprel == "nsubj" and head_text(words, philip) == "admitted"
    who = index_of(words, "who")
    assert words[who].deprel == "nsubj" and head_text(words, who) == "close"


def test_name_and_pronoun_opening_the_sentence_are_one_subject() -> None:
    words, _ = analysed("Laura and I are Methodists.")
    laura = index_of(words, "Laura")
    assert words[laura].deprel == "nsubj" and head_text(words, laura) == "Methodists"
    assert words[index_of(words, "I")].deprel == "conj"
    words, _ = analysed("The talks ended in Fiji and I cannot wait.")
    assert words[index_of(words, "I")].deprel == "nsubj"


def test_question_word_is_the_object_of_the_clause_it_opens() -> None:
    words, _ = analysed("You do not know what that means.")
    what = index_of(words, "what")
    assert words[what].deprel == "obj" and head_text(words, what) == "means"
    means = index_of(words, "means")
    assert words[means].deprel == "ccomp" and head_text(words, means) == "know"
    words, _ = analysed("What foods do you eat in Miramar?")
    foods = index_of(words, "foods")
    assert words[foods].deprel == "obj" and head_text(words, foods) == "eat"


def test_time_phrase_after_an_object_is_not_part_of_it() -> None:
    words, _ = analysed("I had a dead battery last week and called them.")
    battery = index_of(words, "battery")
    assert words[battery].deprel == "obj" and head_text(words, battery) == "had"
    week = index_of(words, "week")
    assert words[week].deprel == "obl:unmarked" and head_text(words, week) == "had"
    them = index_of(words, "them")
    assert words[them].deprel == "obj" and head_text(words, them) == "called"
    words, _ = analysed("The last week was long.")
    assert words[index_of(words, "week")].deprel == "nsubj"


def test_coordinated_subject_after_a_conjunction_opens_a_clause() -> None:
    words, _ = analysed("Jill finishes her exam today and she and her friends are going to party.")
    she = index_of(words, "she")
    assert words[she].deprel == "nsubj" and head_text(words, she) == "going"
    friends = index_of(words, "friends")
    assert words[friends].deprel == "conj" and head_text(words, friends) == "she"


def test_inverted_copula_question_keeps_its_subject() -> None:
    words, _ = analysed("Is it still available?")
    it = index_of(words, "it")
    assert words[it].deprel == "nsubj" and head_text(words, it) == "available"
    assert words[index_of(words, "Is")].deprel == "cop"
    words, _ = analysed("Is it possible that you mark the time?")
    assert words[index_of(words, "it")].deprel == "expl"
    words, _ = analysed("How are you?")
    you = index_of(words, "you")
    assert words[you].deprel == "nsubj" and head_text(words, you) == "How"


def test_fronted_attached_is_a_passive_with_its_subject_after() -> None:
    words, _ = analysed("Attached is an image of the draft.")
    image = index_of(words, "image")
    assert words[image].deprel == "nsubj:pass" and head_text(words, image) == "Attached"
    assert words[index_of(words, "is")].deprel == "aux:pass"


def test_participle_between_article_and_name_modifies_the_name() -> None:
    words, _ = analysed("Abbas told supporters of the ruling Fatah party that he was ready.")
    ruling = index_of(words, "ruling")
    assert words[ruling].deprel == "amod" and head_text(words, ruling) == "party"
    assert words[index_of(words, "Fatah")].deprel != "obj"


def test_possessive_form_standing_alone_is_an_object() -> None:
    words, _ = analysed("I love her.")
    her = index_of(words, "her")
    assert words[her].deprel == "obj" and head_text(words, her) == "love"
    words, _ = analysed("Her sister left.")
    assert words[index_of(words, "Her")].deprel == "nmod:poss"


def test_quantifier_after_a_subject_pronoun_is_skipped() -> None:
    words, _ = analysed("They all signed the deal.")
    they = index_of(words, "They")
    assert words[they].deprel == "nsubj" and head_text(words, they) == "signed"
    quantifier = index_of(words, "all")
    assert words[quantifier].deprel == "advmod" and head_text(words, quantifier) == "signed"


def test_clause_final_copula_after_how() -> None:
    words, _ = analysed("I am impressed with how friendly and polite the staff is.")
    staff = index_of(words, "staff")
    assert words[staff].deprel == "nsubj" and head_text(words, staff) == "friendly"
    assert head_text(words, index_of(words, "is")) == "friendly"


def test_quoted_predicate_after_a_copula() -> None:
    words, _ = analysed('The cleric said the attack was "criminal" and left.')
    attack = index_of(words, "attack")
    assert words[attack].deprel == "nsubj" and head_text(words, attack) == "criminal"
    assert words[attack].deprel != "obj"
