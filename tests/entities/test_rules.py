"""The recogniser's and resolver's rules, one behaviour per test."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, ids_of, parse


def test_capitals_listed_with_states_are_the_states() -> None:
    doc = parse("The deal was endorsed by Ankara, Moscow and Tehran last year.")
    assert {entity_at(doc, c).id for c in ("Ankara", "Moscow", "Tehran")} == {"turkey", "russia", "iran"}


def test_capital_as_acting_subject_is_the_state() -> None:
    doc = parse("Moscow said on Monday it would respond. Beijing firmly opposed the sale.")
    assert entity_at(doc, "Moscow").id == "russia"
    assert entity_at(doc, "Beijing").id == "china"


def test_capital_as_a_place_stays_the_city() -> None:
    doc = parse("The talks were held in Moscow and delegates later flew to Ankara.")
    assert entity_at(doc, "Moscow").id == "geonames:524901"
    assert entity_at(doc, "Ankara").id == "geonames:323786"


def test_city_and_its_country_are_not_a_list() -> None:
    doc = parse("Protesters gathered in Ankara, Turkey on Sunday.")
    assert entity_at(doc, "Ankara").id == "geonames:323786"
    assert entity_at(doc, "Turkey").id == "turkey"


@pytest.mark.parametrize("dateline", ["MOSCOW:", "MOSCOW —", "MOSCOW (Reuters) -"])
def test_dateline_is_the_city(dateline: str) -> None:
    doc = parse(f"{dateline} Russia has intensified airstrikes, Moscow said.")
    city = entity_at(doc, "MOSCOW")
    assert city.id == "geonames:524901"
    assert city.mentions[0].form == "dateline"
    assert entity_at(doc, "Moscow").id == "russia"


def test_surname_after_full_name_links_to_the_person() -> None:
    doc = parse("Opposition leader Juan Guaido called for protests. Guaido said the army should act.")
    person = entity_at(doc, "Juan Guaido")
    assert person.id == "person:juan-guaido"
    assert entity_at(doc, "Guaido") is person
    assert [m.form for m in person.mentions] == ["name", "surname"]


def test_particle_surname_links_to_the_person() -> None:
    doc = parse("Prime Minister Haider al-Abadi announced the victory. Abadi thanked the army.")
    assert entity_at(doc, "Abadi").id == "person:haider-al-abadi"


def test_acronym_in_parentheses_links_to_the_organisation() -> None:
    doc = parse(
        "The Kurdistan Democratic Union Movement (KDUM) said it would boycott the vote. KDUM leaders met."
    )
    org = entity_at(doc, "Kurdistan Democratic Union Movement")
    assert org is not None and org.type == "ORG"
    assert entity_at(doc, "KDUM", 1) is org


def test_known_acronyms() -> None:
    ids = ids_of(parse("NATO and the EU met UN officials; the IAEA and ISIL were discussed."))
    assert ids["NATO"] == {"nato"} and ids["EU"] == {"eu"} and ids["UN"] == {"un"}
    assert ids["IAEA"] == {"iaea"} and ids["ISIL"] == {"isis"}


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_possessive_is_outside_the_mention(apostrophe: str) -> None:
    doc = parse(f"Syria{apostrophe}s Assad regime and Turkey{apostrophe}s army clashed in Idlib.")
    assert entity_at(doc, "Syria").id == "syria"
    assert entity_at(doc, "Turkey").id == "turkey"
    assert entity_at(doc, "Assad regime").id == "syrian-government"


def test_hyphenated_compounds() -> None:
    doc = parse(
        "Saudi-led forces and Turkish-backed rebels attacked UN-run schools; pro-Russian groups protested."
    )
    ids = ids_of(doc)
    assert ids["Saudi"] == {"saudi-arabia"}
    assert ids["Turkish"] == {"turkey"}
    assert ids["UN"] == {"un"}
    assert ids["Russian"] == {"russia"}


def test_data_fixes() -> None:
    doc = parse("Türkiye, the U.S., South Korea, Iran, Syria and Russia signed. Talks were in Nur-Sultan.")
    ids = ids_of(doc)
    assert ids["Türkiye"] == {"turkey"}
    assert ids["U.S."] == {"united-states"}
    assert ids["South Korea"] == {"south-korea"}
    assert ids["Nur-Sultan"] == {"geonames:1526273"}


def test_titles_and_roles_make_people() -> None:
    doc = parse("Gen. Aziz Tamrani met deputy Oksana Belyk and Foreign Minister Kemal Ardent.")
    for name in ("Aziz Tamrani", "Oksana Belyk", "Kemal Ardent"):
        e = entity_at(doc, name)
        assert e is not None and e.type == "PERSON", name


def test_demonym_title_person_splits() -> None:
    doc = parse("Turkish President Recep Tayyip Erdogan spoke.")
    assert entity_at(doc, "Turkish").id == "turkey"
    assert entity_at(doc, "Recep Tayyip Erdogan").id == "person:recep-tayyip-erdogan"


def test_organisation_heads() -> None:
    doc = parse(
        "The Tamrani Brigade and the Northern Relief Agency rejected the plan of the Idlib Salvation Council."
    )
    for name in ("Tamrani Brigade", "Northern Relief Agency"):
        e = entity_at(doc, name)
        assert e is not None and e.type == "ORG", name


def test_province_reading_holds_for_the_whole_document() -> None:
    doc = parse("Jets struck Idlib on Monday. The Idlib province is a de-escalation zone.")
    assert {m.text for m in entity_at(doc, "Idlib").mentions} == {"Idlib"}
    assert entity_at(doc, "Idlib").id == "iso3166-2:SY-ID"
    assert len(entity_at(doc, "Idlib").mentions) == 2


def test_bare_city_name_is_the_city() -> None:
    assert entity_at(parse("Jets struck Idlib on Monday."), "Idlib").id == "geonames:169389"


def test_sentence_initial_common_words_are_not_names() -> None:
    doc = parse("Operating in coordination, both groups advanced. Located in northern Syria, the town fell.")
    assert ids_of(doc) == {"Syria": {"syria"}}


def test_headline_in_capitals_uses_names_from_the_body() -> None:
    doc = parse("VODOLATSKY WARNS OF NEW STRIKES\n\nDeputy Viktor Vodolatsky said strikes would go on.")
    assert entity_at(doc, "VODOLATSKY").id == "person:viktor-vodolatsky"


def test_sports_team_named_by_its_city() -> None:
    doc = parse("Results on Saturday: Barcelona 3 Sevilla 1.")
    assert entity_at(doc, "Barcelona").type == "ORG"


def test_empty_and_nameless_texts() -> None:
    assert parse("").entities == ()
    assert parse("nothing here at all, just words.").entities == ()


def test_title_inside_a_run_splits_organisation_from_person() -> None:
    doc = parse("The Federal Aviation Board Director Branko Vilic said flights would resume.")
    assert entity_at(doc, "Branko Vilic").type == "PERSON"
    assert entity_at(doc, "Federal Aviation Board").type == "ORG"


def test_abbreviated_titles() -> None:
    doc = parse("Sen. John Doeman and Gen. Tamrani spoke to reporters.")
    assert entity_at(doc, "John Doeman").type == "PERSON"
    assert entity_at(doc, "Tamrani").type == "PERSON"
    assert all(m.text not in ("Sen", "Gen") for e in doc.entities for m in e.mentions)


def test_company_suffix_ends_the_name() -> None:
    doc = parse("Shares of Kia Motor Corp of South Korea rose.")
    assert entity_at(doc, "Kia Motor Corp").type == "ORG"
    assert entity_at(doc, "South Korea").id == "south-korea"


def test_ministry_after_a_title_word_is_an_organisation() -> None:
    assert entity_at(parse("The agency quoted Foreign Ministry officials."), "Foreign Ministry").type == "ORG"


def test_first_name_makes_a_person_even_of_common_words() -> None:
    assert (
        entity_at(parse("The homer came off closer Mike Fetters in the ninth."), "Mike Fetters").type
        == "PERSON"
    )


def test_company_short_form_links_to_the_company() -> None:
    doc = parse("Shares of Zentrix Corp fell. Zentrix said profits would recover.")
    company = entity_at(doc, "Zentrix Corp")
    assert company.type == "ORG"
    assert entity_at(doc, "Zentrix") is company


def test_acronym_of_a_country_ministry_keeps_the_ministry_id() -> None:
    doc = parse("The Russian Defense Ministry (RDM) said so. RDM officials added details.")
    assert entity_at(doc, "RDM", 1).id == "org:russia-defense-ministry"


def test_full_name_follows_a_surname_decided_elsewhere() -> None:
    doc = parse("Rafa Benitez arrived on Monday. Benitez said he was happy.")
    assert entity_at(doc, "Rafa Benitez").type == "PERSON"
    assert entity_at(doc, "Benitez") is entity_at(doc, "Rafa Benitez")


def test_title_case_headline_gives_no_invented_names() -> None:
    doc = parse("Toshiba Could Be First To Feel Trade Anger\n\nToshiba Corp said it would act.")
    assert {m.text for e in doc.entities for m in e.mentions} == {"Toshiba", "Toshiba Corp"}


def test_contractions_are_not_names() -> None:
    assert parse("I'm sure It's fine, They’re here.").entities == ()


@pytest.mark.parametrize(
    ("text", "capital", "state"),
    [
        ("Washington imposed sanctions on Moscow.", "Washington", "united-states"),
        ("Washington imposed sanctions on Moscow.", "Moscow", "russia"),
        ("Paris recalled its ambassador last week.", "Paris", "france"),
        ("Beijing sanctioned three defence firms.", "Beijing", "china"),
        ("The EU condemned Ankara and demanded Moscow withdraw.", "Moscow", "russia"),
        ("Washington will impose new tariffs.", "Washington", "united-states"),
        ("Tehran expelled two diplomats.", "Tehran", "iran"),
    ],
)
def test_capital_doing_or_undergoing_a_political_act_is_the_state(
    text: str, capital: str, state: str
) -> None:
    mention = entity_at(parse(text), capital)
    assert mention.id == state
    assert [m.form for m in mention.mentions if m.text == capital] == ["capital"]


@pytest.mark.parametrize(
    ("text", "capital", "city"),
    [
        ("He arrived in Washington on Monday.", "Washington", "geonames:4140963"),
        ("Paris recalled its ambassador from Moscow.", "Moscow", "geonames:524901"),
        ("The bank is based in London and Paris.", "London", "geonames:2643743"),
        ("Moscow protests drew thousands.", "Moscow", "geonames:524901"),
    ],
)
def test_capital_as_a_location_stays_the_city(text: str, capital: str, city: str) -> None:
    assert entity_at(parse(text), capital).id == city


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets struck villages near Saraqeb and Abu al-Duhur.",
        "Fighting raged in Saraqeb and Abu al-Duhur on Sunday.",
        "Families fled from Aleppo, Idlib and Abu al-Duhur.",
        "The convoy was ambushed near Abu al-Duhur.",
    ],
)
def test_name_listed_with_places_is_a_place(text: str) -> None:
    place = entity_at(parse(text), "Abu al-Duhur")
    assert place.type == "GPE"
    assert place.id == "loc:abu-al-duhur"


def test_abu_name_with_person_evidence_stays_a_person() -> None:
    doc = parse("Abu Mohammed al-Golani, the leader of the group, said it would fight on.")
    assert entity_at(doc, "Abu Mohammed al-Golani").type == "PERSON"


def test_a_list_after_a_locative_is_not_a_clause() -> None:
    doc = parse("He has been training in Holland and Ferguson said he would play. Alex Ferguson agreed.")
    assert entity_at(doc, "Ferguson").type == "PERSON"


def test_names_in_a_results_table_are_teams() -> None:
    doc = parse("Division three\n\nWigan 4 Chester 2\n\nReading 2 Stoke 2\n\nHull 0 Barnet 0")
    for team in ("Chester", "Reading", "Stoke", "Barnet"):
        assert entity_at(doc, team).type == "ORG", team


@pytest.mark.parametrize(
    "text", ["About 100 people marched on Sunday.", "Ronaldo 9, Rooney 87.\n\nCristiano Ronaldo scored."]
)
def test_a_number_after_a_word_is_not_a_score_line(text: str) -> None:
    doc = parse(text)
    assert all(e.type != "ORG" for e in doc.entities), [(e.id, e.type) for e in doc.entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested them in the southern province of Zaravia on Friday.", "Zaravia"),
        ("A bomb exploded in the mining town of Moengo last night.", "Moengo"),
        ("Militants were arrested in the eastern Sharqiyah province.", "Sharqiyah"),
    ],
)
def test_a_place_noun_makes_a_place(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "GPE"


@pytest.mark.parametrize(
    "text",
    [
        "Blue-chip stocks sank on Thursday.",
        "Post-mortem examinations showed they drowned.",
        "Marchers from the Communist-led unions gathered.",
    ],
)
def test_hyphenated_common_words_are_no_names(text: str) -> None:
    assert parse(text).entities == ()


def test_korean_given_name_after_a_surname_is_kept() -> None:
    doc = parse("Secretary-General Ban Ki-moon issued a statement.")
    assert entity_at(doc, "Ban Ki-moon").type == "PERSON"


@pytest.mark.parametrize("name", ["Douglas & Lomason", "Johnson & Johnson", "Standard & Poor"])
def test_an_ampersand_joins_an_organisation(name: str) -> None:
    doc = parse(f"Analysts said {name}'s shares rose. Shares of {name} rose again on Friday.")
    assert entity_at(doc, name).type == "ORG"


@pytest.mark.parametrize(
    "text", ["the China Daily said on Saturday.", "a report in the news weekly Der Spiegel, which said"]
)
def test_a_newspaper_head_makes_an_organisation(text: str) -> None:
    doc = parse("Officials denied it, " + text)
    assert {e.type for e in doc.entities if e.mentions[0].text in ("China Daily", "Der Spiegel")} == {"ORG"}


def test_a_descriptor_before_a_name_makes_an_organisation() -> None:
    doc = parse("Shares of packaging company Cofinec fell. Cofinec said it would recover.")
    assert entity_at(doc, "Cofinec").type == "ORG"


def test_a_descriptor_does_not_beat_a_first_name() -> None:
    doc = parse("The seat was won by former broadcaster Peter Kent on Monday.")
    assert entity_at(doc, "Peter Kent").type == "PERSON"


def test_a_name_after_the_article_is_no_person() -> None:
    doc = parse("The Phillies have dropped five games. He was traded to the Phillies in May.")
    assert entity_at(doc, "Phillies").type == "ORG"


def test_a_capital_acting_right_after_a_list_is_the_state() -> None:
    doc = parse("Paris recalled its ambassador from Tehran, and Tehran expelled two diplomats.")
    ids = [e.id for e in doc.entities for m in e.mentions if m.text == "Tehran"]
    assert sorted(ids) == ["geonames:112931", "iran"]


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Blackburn striker Matt Jansen faces three months out. Blackburn lost again.", "Blackburn"),
        ("Results: Chicago 11 TORONTO 2", "TORONTO"),
        ('"It was hard," said Reds manager Ray Knight.', "Reds"),
    ],
)
def test_a_sports_role_or_score_makes_a_team(text: str, team: str) -> None:
    assert entity_at(parse(text), team).type == "ORG"


def test_a_hyphenated_place_before_a_role_stays_a_place() -> None:
    doc = parse("The Galway-based coach was promoted.")
    assert entity_at(doc, "Galway").type == "GPE"


def test_cities_in_a_sports_report_are_teams_unless_located() -> None:
    doc = parse(
        "Milwaukee 5 Minnesota 4\n\nCleveland 7 Boston 0\n\n"
        "Milwaukee has won 10 of its last 15. Detroit's lead grew. In Chicago, fans cheered."
    )
    teams = [e.type for e in doc.entities for m in e.mentions if m.text == "Milwaukee"]
    assert teams == ["ORG", "ORG"]
    assert entity_at(doc, "Detroit").type == "ORG"
    assert entity_at(doc, "Chicago").type == "GPE"


def test_a_city_in_a_report_with_one_team_stays_a_place() -> None:
    doc = parse(
        "Wigan 4 Chester 2\n\nThe fans then travelled home to Manchester, where Manchester celebrated."
    )
    assert entity_at(doc, "Manchester", 1).type == "GPE"


def test_players_in_a_cricket_scorecard_are_people() -> None:
    doc = parse("S. Law c Tillekeratne b Dharmasena 13\n\nM. Bevan c Vaas b Chandana 56")
    for name in ("Tillekeratne", "Dharmasena", "Vaas", "Chandana"):
        assert entity_at(doc, name).type == "PERSON", name
