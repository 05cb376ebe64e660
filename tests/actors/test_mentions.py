"""Actor resolution as `diurna actors` does it: one mention, a date, both languages."""

from __future__ import annotations

import datetime as dt

import pytest

CASES = [
    # text, lang, date, (country, organization, sector, entity or None to skip)
    ("le secrétaire général de l'OTAN", "fr", "2022-03-24", (None, "NATO", "IGO", "Jens Stoltenberg")),
    ("le secrétaire général de l'OTAN", "fr", "2025-01-10", (None, "NATO", "IGO", "Mark Rutte")),
    ("NATO Secretary General", "en", "2025-01-10", (None, "NATO", "IGO", "Mark Rutte")),
    ("le président russe", "fr", "2009-05-01", ("RUS", None, "GOV", "Dmitry Medvedev")),
    ("le président russe", "fr", "2020-05-01", ("RUS", None, "GOV", "Vladimir Putin")),
    ("Stoltenberg", "en", "2025-06-01", ("NOR", None, "GOV", "Jens Stoltenberg")),
    ("le ministre ukrainien des Affaires étrangères", "fr", "2023-05-01", ("UKR", None, "GOV", "Dmytro Kuleba")),
    ("des soldats russes", "fr", None, ("RUS", None, "MIL", None)),
    ("la police française", "fr", None, ("FRA", None, "COP", None)),
    ("l'opposition bélarusse", "fr", None, ("BLR", None, "OPP", None)),
    ("des manifestants iraniens", "fr", None, ("IRN", None, "CVL", None)),
    ("Israeli forces", "en", None, ("ISR", None, "MIL", None)),
    ("the Chinese government", "en", None, ("CHN", None, "GOV", None)),
    ("Moscou", "fr", None, ("RUS", None, "GOV", None)),
    ("le Kremlin", "fr", None, ("RUS", None, "GOV", None)),
    ("la Maison-Blanche", "fr", None, ("USA", None, "GOV", None)),
    ("Downing Street", "en", None, ("GBR", None, "GOV", None)),
    ("Kyïv", "fr", None, ("UKR", None, "GOV", None)),
    ("the U.S.", "en", None, ("USA", None, None, None)),
    ("aux États-Unis", "fr", None, ("USA", None, None, None)),
    ("l'ONU", "fr", None, (None, "UN", "IGO", None)),
    ("les Alliés", "fr", None, (None, "NATO", "IGO", "NATO member states")),
    ("Stoltenberg", "fr", "2012-06-01", ("NOR", None, "GOV", "Jens Stoltenberg")),
    ("Zelenskyy", "en", "2023-01-01", ("UKR", None, "GOV", "Volodymyr Zelensky")),
    ("Zelenski", "fr", "2023-01-01", ("UKR", None, "GOV", "Volodymyr Zelensky")),
    ("M. Macron", "fr", "2019-01-01", ("FRA", None, "GOV", "Emmanuel Macron")),
    ("Poutine", "fr", "2015-01-01", ("RUS", None, "GOV", "Vladimir Putin")),
    ("Matignon", "fr", None, ("FRA", None, "GOV", None)),
    ("le Quai d'Orsay", "fr", None, ("FRA", None, "GOV", None)),
    ("la Knesset", "fr", None, ("ISR", None, "LEG", None)),
    ("the Pentagon", "en", None, ("USA", None, "MIL", None)),
]


@pytest.mark.parametrize("text,lang,date,expected", CASES, ids=[f"{c[0]}@{c[2]}" for c in CASES])
def test_resolution(coder, text, lang, date, expected):
    result = coder.resolve_actor(text, lang=lang, date=dt.date.fromisoformat(date) if date else None)
    country, organization, sector, entity = expected
    assert (result["country"], result["organization"], result["sector"]) == (country, organization, sector)
    if entity is not None or sector is None:
        # A person or a named group has an entity; a state named as a whole has none.
        assert result["entity"] == entity
    assert result["text"] == text


def test_unknown_mention_is_all_null(coder):
    result = coder.resolve_actor("quelqu'un", lang="fr")
    assert result == {"text": "quelqu'un", "code": None, "country": None, "organization": None, "sector": None, "entity": None}


def test_lowercase_us_is_not_the_united_states(coder):
    assert coder.resolve_actor("Give us the report", lang="en")["country"] is None


def test_office_without_holder_on_the_date_keeps_the_office(coder):
    # Before the first recorded holder: the organisation and role are known, the person is not.
    result = coder.resolve_actor("NATO Secretary General", lang="en", date=dt.date(1950, 1, 1))
    assert result["organization"] == "NATO" and result["entity"] is None


def test_a_seat_of_power_inside_a_longer_name_is_no_actor(coder):
    assert coder.resolve_actor("George Washington", lang="en")["country"] is None
    assert coder.resolve_actor("the Washington Post", lang="en")["country"] is None
    assert coder.resolve_actor("Washington", lang="en")["country"] == "USA"


def test_georgia_the_state_is_not_georgia_the_country(coder):
    import datetime as dt

    american = coder.code_text(
        "The United States election officials in Georgia began a recount. Georgia protested to Russia.",
        date=dt.date(2020, 11, 12), lang="en",
    )
    states = [m for m in american.actors if m.span.text == "Georgia" and m.sentence_index == 0]
    assert states == []
    caucasus = coder.resolve_actor("Georgia", lang="en")
    assert caucasus["country"] == "GEO"


def test_a_deputy_is_not_the_office_holder(coder):
    import datetime as dt

    deputy = coder.resolve_actor("Chinese Vice Foreign Minister", lang="en", date=dt.date(2004, 11, 17))
    assert (deputy["country"], deputy["sector"], deputy["entity"]) == ("CHN", "GOV", None)
    adjoint = coder.resolve_actor("le secrétaire général adjoint de l'ONU", lang="fr", date=dt.date(2020, 1, 1))
    assert (adjoint["organization"], adjoint["entity"]) == ("UN", None)


def test_a_deputy_of_a_title_only_one_office_has_keeps_its_side(coder):
    import datetime as dt

    deputy = coder.resolve_actor("the Deputy Secretary of State", lang="en", date=dt.date(2015, 7, 1))
    assert (deputy["country"], deputy["sector"], deputy["entity"]) == ("USA", "GOV", None)


def test_the_pope_is_the_holy_see(coder):
    import datetime as dt

    pope = coder.resolve_actor("le pape François", lang="fr", date=dt.date(2022, 7, 25))
    assert (pope["country"], pope["entity"]) == ("VAT", "Pope Francis")
    assert coder.resolve_actor("le parquet national financier", lang="fr")["country"] == "FRA"


# Mentions in articles: the classes of issue 5 (actors that cost events), through the pipeline. ----------


def _mentions(coder, text: str, lang: str, day: str | None) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(span text, country, organization, sector, entity) of every actor mention, in reading order."""
    import datetime as dt

    coded = coder.code_text(text, date=dt.date.fromisoformat(day) if day else None, lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector, m.actor.entity) for m in coded.actors]


def _found(mentions, text: str):
    return [m[1:] for m in mentions if m[0] == text]


def test_a_town_named_like_an_institution_is_a_place(coder):
    town = _mentions(coder, "Les forces syriennes ont utilisé du chlore contre la ville de Douma, selon la France.", "fr", "2018-04-13")
    assert all(m[1] != "RUS" for m in town), town
    assert _found(town, "Les forces syriennes") == [("SYR", None, "MIL", None)]
    chamber = _mentions(coder, "La Douma a adopté mardi une loi sur les agents de l'étranger.", "fr", "2022-07-05")
    assert _found(chamber, "La Douma") == [("RUS", None, "LEG", None)]
    capital = _mentions(coder, "Thousands of protesters marched through the city of Washington on Saturday.", "en", "2020-06-06")
    assert not [m for m in capital if "Washington" in m[0]], capital
    # The protesters are where they march: the place's people (see test_homes).
    assert _found(capital, "protesters") == [("USA", None, "CVL", None)]


def test_a_sea_named_after_a_state_is_no_actor(coder):
    gulf = _mentions(coder, "Iran seized a foreign tanker in the Gulf of Oman on Thursday.", "en", "2023-04-27")
    assert [m[0] for m in gulf] == ["Iran"], gulf
    sea = _mentions(coder, "La Corée du Nord a tiré deux missiles vers la mer du Japon, selon Séoul.", "fr", "2024-01-14")
    assert not [m for m in sea if m[1] == "JPN"], sea
    named = _mentions(coder, "Chinese warships sailed through the Philippine Sea on Monday.", "en", "2024-05-06")
    assert not [m for m in named if m[1] == "PHL"], named
    # The state itself, named as such, still acts.
    acting = _mentions(coder, "Oman mediated between Iran and the United States in Muscat.", "en", "2025-04-12")
    assert _found(acting, "Oman") == [("OMN", None, None, None)]


def test_a_bare_ministry_or_title_is_the_home_countrys(coder):
    burma = _mentions(
        coder, "La Birmanie a aboli la censure lundi. Les restrictions ont été levées par le ministère de l'Information.", "fr", "2012-08-20"
    )
    assert _found(burma, "le ministère") == [("MMR", None, "GOV", None)]
    britain = _mentions(
        coder, "Britain expelled two Russian diplomats on Monday. London said the Foreign Secretary would meet his counterparts.", "en", "2017-03-06"
    )
    assert _found(britain, "the Foreign Secretary") == [("GBR", None, "GOV", "Boris Johnson")]


def test_a_bare_title_without_a_home_country_is_no_actor(coder):
    unknown = _mentions(coder, "The Foreign Secretary will travel to the Gulf next week.", "en", "2017-03-06")
    assert _found(unknown, "The Foreign Secretary") == []
    # A country named once is the home of the other sentences only: in its own sentence a bare
    # "the opposition" is left to the event stage.
    alone = _mentions(coder, "Belarus suppressed the opposition.", "en", "2021-01-10")
    assert _found(alone, "the opposition") == []
    later = _mentions(coder, "Belarus held elections on Sunday. The opposition rejected the results.", "en", "2021-01-10")
    assert _found(later, "The opposition") == [("BLR", None, "OPP", None)]


def test_a_bare_title_takes_an_earlier_apposed_name_or_the_organisation_named(coder):
    union = _mentions(
        coder,
        "Pour Bernard Thibault, son secrétaire général, la réforme est injuste. Le secrétaire général a appelé à la grève jeudi.",
        "fr",
        "2010-09-20",
    )
    assert _found(union, "Le secrétaire général") == [("FRA", None, "LAB", "Bernard Thibault")]
    alliance = _mentions(coder, "L'OTAN a ouvert mardi son sommet de Vilnius. Le secrétaire général a salué l'accord.", "fr", "2023-07-11")
    assert _found(alliance, "Le secrétaire général") == [(None, "NATO", "IGO", "Jens Stoltenberg")]


def test_a_national_body_of_a_shared_name_is_the_home_countrys(coder):
    senegal = _mentions(
        coder,
        "Au Sénégal, le report du scrutin a provoqué des manifestations. Le Conseil constitutionnel a annulé jeudi le décret.",
        "fr",
        "2024-02-16",
    )
    assert _found(senegal, "Le Conseil constitutionnel") == [("SEN", None, "JUD", None)]
    france = _mentions(coder, "Le Conseil constitutionnel a validé vendredi l'essentiel de la réforme.", "fr", "2023-04-14")
    assert _found(france, "Le Conseil constitutionnel") == [("FRA", None, "JUD", None)]


def test_a_former_office_holder_is_not_the_holder_on_the_date(coder):
    lula = _mentions(coder, "A federal judge convicted former President Luiz Inacio Lula da Silva of corruption.", "en", "2017-07-12")
    assert _found(lula, "Luiz Inacio Lula da Silva") == [("BRA", None, None, "Luiz Inacio Lula da Silva")]
    abe = _mentions(coder, "A gunman shot former Japanese Prime Minister Shinzo Abe in Nara.", "en", "2022-07-08")
    assert ("JPN", None, None, "Shinzo Abe") in _found(abe, "Shinzo Abe")
    assert all(m[4] != "Fumio Kishida" for m in abe), abe
    ancien = coder.resolve_actor("l'ancien président américain", lang="fr", date=__import__("datetime").date(2022, 7, 8))
    assert (ancien["country"], ancien["sector"], ancien["entity"]) == ("USA", None, None)


def test_a_named_person_without_a_role_on_the_date_takes_the_titles_side(coder):
    hezbollah = _mentions(coder, "L'armée israélienne a tué le chef du Hezbollah, Hassan Nasrallah.", "fr", "2024-09-28")
    assert (
        "LBN", "HEZBOLLAH", "REB", "Hassan Nasrallah"
    ) in [m[1:] for m in hezbollah], hezbollah
    kenya = _mentions(coder, "Kenya's opposition leader Raila Odinga called off the protests on Sunday.", "en", "2023-04-02")
    assert ("KEN", None, "OPP", "Raila Odinga") in [m[1:] for m in kenya], kenya


def test_a_title_before_a_foreign_name_is_that_persons(coder):
    india = _mentions(coder, "India rejected any mediation on Kashmir. President Donald Trump had offered to mediate.", "en", "2019-07-23")
    assert _found(india, "President") == [("USA", None, "GOV", "Donald Trump")]


def test_a_role_noun_before_a_name_is_the_names_role(coder):
    call = _mentions(
        coder, "Secretary Kerry called Russian Foreign Minister Lavrov. Russia said the talks were useful.", "en", "2016-09-28"
    )
    assert _found(call, "Secretary Kerry") == [("USA", None, "GOV", "John Kerry")]
    assert _found(call, "Secretary") == []


def test_the_text_names_who_holds_the_title(coder):
    niger = _mentions(
        coder, "Des militaires retiennent depuis mercredi le président nigérien Mohamed Bazoum à Niamey.", "fr", "2023-07-27"
    )
    assert _found(niger, "le président nigérien") == [("NER", None, "GOV", "Mohamed Bazoum")]


@pytest.mark.parametrize(
    "text, lang, date, span, expected",
    [
        ("Au Niger, des militaires de la garde présidentielle ont arrêté le président. Niamey est calme.", "fr", "2023-07-26",
         "la garde présidentielle", ("NER", None, "MIL", None)),
        ("In Niger, the presidential guard detained the president. Niamey was calm.", "en", "2023-07-26",
         "the presidential guard", ("NER", None, "MIL", None)),
        ("Syrian opposition forces took the town of Dabiq.", "en", "2016-10-16",
         "Syrian opposition forces", ("SYR", None, "REB", None)),
        ("Les forces de l'opposition syrienne ont pris la ville.", "fr", "2016-10-16",
         "Les forces de l'opposition syrienne", ("SYR", None, "REB", None)),
        ("Jan Egeland said rich nations were stingy.", "en", "2004-12-28",
         "Jan Egeland", (None, "UN", "IGO", "Jan Egeland")),
        ("Iraq said Abadi would visit Washington.", "en", "2015-04-10",
         "Abadi", ("IRQ", None, "GOV", "Haider al-Abadi")),
    ],
)
def test_new_sector_nouns_and_people(coder, text, lang, date, span, expected):
    assert _found(_mentions(coder, text, lang, date), span) == [expected]


def test_country_adjectives_coordinated_on_a_sector_noun_are_each_a_side(coder):
    patrol = _mentions(coder, "Les soldats maliens, nigériens et burkinabés ont mené une patrouille commune.", "fr", "2024-03-06")
    sides = {m[1] for m in patrol if m[3] == "MIL"}
    assert sides == {"MLI", "NER", "BFA"}, patrol


def test_a_hyphenated_given_name_is_a_name(coder):
    summit = _mentions(coder, "President Donald Trump cut short his summit with Kim Jong-un in Hanoi.", "en", "2019-02-28")
    assert _found(summit, "Kim Jong-un") == [("PRK", None, "GOV", "Kim Jong-un")]


def test_a_known_person_out_of_office_keeps_the_side_of_the_last_role(coder):
    fillon = _mentions(coder, "Le parquet a ouvert une enquête visant François Fillon.", "fr", "2017-01-25")
    assert _found(fillon, "François Fillon") == [("FRA", None, None, "Francois Fillon")]
    # Never the side of a role not yet begun.
    assert coder.knowledge.last_role("Haider al-Abadi", __import__("datetime").date(2010, 1, 1)) is None


def test_supporters_of_a_person_are_civilians_of_the_home_country(coder):
    rally = _mentions(coder, "Des milliers de partisans d'Alexeï Navalny ont manifesté samedi à Moscou.", "fr", "2021-01-23")
    assert ("RUS", None, "CVL", None) in [m[1:] for m in rally], rally
    opposition = _mentions(
        coder, "Venezuela's electoral council declared Maduro the winner. Thousands of opposition supporters marched.", "en", "2024-07-30"
    )
    assert ("VEN", None, "OPP", None) in [m[1:] for m in opposition], opposition


def test_the_countrys_forces_are_the_country_named_last(coder):
    alert = _mentions(
        coder, "North Korea's state media said on Friday that the country's military had been placed on high alert.", "en", "2015-08-21"
    )
    assert _found(alert, "military") == [("PRK", None, "MIL", None)]


def test_a_national_body_qualifying_a_role_noun_gives_its_state(coder):
    agency = _mentions(coder, "According to Yonhap news agency, the talks will resume.", "en", "2015-08-21")
    assert _found(agency, "Yonhap news agency") == [("KOR", None, "MED", None)]


def test_brussels_acting_is_the_eu_unless_a_place_or_belgiums(coder):
    appeal = _mentions(coder, "Le gouvernement géorgien a refusé de retirer la loi, malgré les appels de Bruxelles.", "fr", "2024-05-14")
    assert _found(appeal, "Bruxelles") == [(None, "EU", "IGO", None)]
    meeting = _mentions(coder, "The ministers met in Brussels on Thursday.", "en", "2024-05-14")
    assert all(m[2] != "EU" for m in meeting), meeting
    belgium = _mentions(coder, "La Belgique a protesté. Bruxelles a convoqué l'ambassadeur.", "fr", "2024-05-14")
    assert _found(belgium, "Bruxelles") == [("BEL", None, "GOV", None)]


# Actor causes of wrong dyads: weapons, place names, peoples, places, surnames by date. ----------------


def test_a_weapon_is_a_military_only_with_its_owner_named(coder):
    strikes = _mentions(
        coder,
        "Israel struck Gaza on Sunday, the Israeli army said. A missile hit Tel Aviv. Russia carried out missile strikes on Kharkiv.",
        "en",
        "2024-05-01",
    )
    assert not [m for m in strikes if "missile" in m[0]], strikes
    owned = _mentions(coder, "Israeli drones struck Rafah. Des missiles russes ont frappé Kyiv.", "en", "2024-05-01")
    assert _found(owned, "Israeli drones") == [("ISR", None, "MIL", None)]
    french = _mentions(coder, "Des missiles russes ont frappé Kyiv dans la nuit.", "fr", "2024-05-01")
    assert _found(french, "Des missiles russes") == [("RUS", None, "MIL", None)]


def test_a_name_holding_a_sector_word_is_no_actor(coder):
    bank = _mentions(coder, "Israel said on Monday that its forces killed two men in the West Bank. Israel struck Gaza.", "en", "2024-05-01")
    assert not [m for m in bank if "Bank" in m[0]], bank
    crimes = _mentions(coder, "Myanmar's military carried out mass killings and gang rapes, Myanmar said.", "en", "2018-08-27")
    assert not [m for m in crimes if "gang" in m[0]], crimes


def test_a_people_of_one_state_is_its_civilians(coder):
    junta = _mentions(coder, "Myanmar's junta oppressed the Rohingya.", "en", "2018-08-27")
    assert _found(junta, "the Rohingya") == [("MMR", None, "CVL", None)]
    refugees = _mentions(coder, "L'Union européenne a débloqué une aide pour les réfugiés rohingyas au Bangladesh.", "fr", "2017-10-12")
    assert _found(refugees, "les réfugiés rohingyas") == [("MMR", None, "REF", None)]
    activists = _mentions(coder, "Chinese authorities detained Uyghur activists.", "en", "2020-01-01")
    assert _found(activists, "Uyghur activists") == [("CHN", None, "OPP", None)]


def test_the_north_is_north_korea_beside_south_korea_only(coder):
    border = _mentions(coder, "L'armée sud-coréenne a relevé son niveau d'alerte le long de la frontière avec le Nord.", "fr", "2024-01-05")
    assert _found(border, "le Nord") == [("PRK", None, None, None)]
    south = _mentions(coder, "North Korea fired two missiles towards the South on Monday.", "en", "2024-01-05")
    assert _found(south, "the South") == [("KOR", None, None, None)]
    sea = _mentions(coder, "La Corée du Sud a envoyé un navire en mer du Nord.", "fr", "2024-01-05")
    assert not [m for m in sea if m[0].endswith("Nord")], sea
    france = _mentions(coder, "La France a renforcé ses contrôles dans le Nord.", "fr", "2024-01-05")
    assert not [m for m in france if m[0] == "le Nord"], france


def test_officials_in_a_place_are_its_states(coder):
    mumbai = _mentions(coder, "Officials in Mumbai, India, demolished thousands of shanties on Friday.", "en", "2004-12-25")
    assert _found(mumbai, "Officials") == [("IND", None, "GOV", None)]
    khartoum = _mentions(coder, "Colin Powell said that the government in Khartoum bore responsibility.", "en", "2004-09-10")
    assert _found(khartoum, "the government") == [("SDN", None, "GOV", None)]
    dhaka = _mentions(coder, "La police à Dacca a arrêté des manifestants.", "fr", "2024-08-05")
    assert _found(dhaka, "La police") == [("BGD", None, "COP", None)]
    # Envoys and ministers travel: where they are is not whose they are.
    abroad = _mentions(coder, "The embassy in Kyiv reopened. Foreign ministers in Luxembourg agreed on sanctions.", "en", "2022-05-01")
    assert all(m[1] not in ("UKR", "LUX") or m[0] in ("Kyiv", "Luxembourg") for m in abroad), abroad


def test_a_named_leader_before_a_government_noun_gives_its_state(coder):
    regimes = _mentions(
        coder, "The Maduro government arrested opposition leaders. The Asad regime has used chemical weapons.", "en", "2016-10-21"
    )
    assert _found(regimes, "The Maduro government") == [("VEN", None, "GOV", None)]
    assert _found(regimes, "The Asad regime") == [("SYR", None, "GOV", None)]
    assad = _mentions(coder, "The Assad regime bombed Idlib on Sunday.", "en", "2016-10-21")
    assert _found(assad, "The Assad regime") == [("SYR", None, "GOV", None)]
    hague = _mentions(coder, "The Hague hosted the talks.", "en", "2016-10-21")
    assert not [m for m in hague if m[4]], hague


def test_a_surname_shared_by_several_people_is_the_one_acting_that_day(coder):
    estonia = coder.resolve_actor("Kallas", lang="en", date=dt.date(2023, 6, 1))
    assert (estonia["country"], estonia["entity"]) == ("EST", "Kaja Kallas")
    europe = coder.resolve_actor("Kallas", lang="en", date=dt.date(2025, 3, 17))
    assert (europe["organization"], europe["entity"]) == ("EU", "Kaja Kallas")
    who = coder.resolve_actor("Tedros", lang="en", date=dt.date(2021, 7, 15))
    assert (who["organization"], who["entity"]) == ("WHO", "Tedros Adhanom Ghebreyesus")


def test_a_sector_noun_after_en_is_a_manner_not_an_actor(coder):
    alert = _mentions(
        coder, "Le maître du Kremlin a ordonné de placer les forces de dissuasion en « régime spécial d'alerte ».", "fr", "2022-02-27"
    )
    assert not [m for m in alert if m[0].startswith("régime")], alert


def test_a_person_known_for_a_later_office_is_of_its_country(coder):
    party = _mentions(coder, "Alfred Gusenbauer criticised the government. Gusenbauer will lead the party.", "en", "2004-11-30")
    assert _found(party, "Gusenbauer") == [("AUT", None, None, "Alfred Gusenbauer")]


def test_a_capital_that_only_says_where_leaves_the_sentence_to_the_home_country(coder):
    paris = _mentions(coder, "Jeudi soir, les forces de l'ordre ont dispersé des manifestants rassemblés à Paris.", "fr", "2023-06-29")
    assert _found(paris, "les forces de l'ordre") == [("FRA", None, "COP", None)]


def test_added_names_royal_marines_the_mechanism_and_leaders_of_a_group(coder):
    marines = _mentions(coder, "Royal Marines seized the tanker off Gibraltar on Thursday.", "en", "2019-07-05")
    assert _found(marines, "Royal Marines") == [("GBR", None, "MIL", None)]
    mechanism = _mentions(coder, "La France a remis lundi au Mécanisme international à La Haye Félicien Kabuga.", "fr", "2020-10-27")
    assert _found(mechanism, "Mécanisme international") == [(None, "IRMCT", "IGO", None)]
    leaders = coder.resolve_actor("G7 leaders", lang="en", date=dt.date(2023, 5, 20))
    assert (leaders["organization"], leaders["entity"]) == ("G7", None)
    allies = coder.resolve_actor("NATO allies", lang="en", date=dt.date(2023, 5, 20))
    assert (allies["organization"], allies["entity"]) == ("NATO", "NATO member states")


def test_a_given_name_before_a_surname_is_no_known_surname(coder):
    victim = _mentions(coder, "Des policiers ont frappé le producteur de musique Michel Zecler samedi à Paris.", "fr", "2020-11-26")
    assert not [m for m in victim if m[4] == "Charles Michel"], victim
    later = _mentions(coder, "Charles Michel a salué l'accord. Michel a ensuite quitté la réunion.", "fr", "2020-11-26")
    assert _found(later, "Michel") == [(None, "EU", "IGO", "Charles Michel")]


def test_countries_coordinated_after_an_office_noun_take_its_role(coder):
    # "The leaders of France and Germany": each coordinated country is a side of the same role.
    en = _mentions(coder, "The foreign ministers of Poland and Lithuania visited the border on Monday.", "en", "2024-03-01")
    assert _found(en, "Poland") == [] and ("LTU", None, "GOV", None) in [m[1:] for m in en], en
    assert [m[1:] for m in en][0] == ("POL", None, "GOV", None)
    fr = _mentions(coder, "Les soldats de la Serbie et de la Hongrie ont franchi la frontière.", "fr", "2024-03-01")
    assert [m[1:] for m in fr][:2] == [("SRB", None, "MIL", None), ("HUN", None, "MIL", None)], fr
    # A country that is not coordinated with the qualifier keeps its own reading.
    apart = _mentions(coder, "The foreign ministers of Poland met Lithuania on Monday.", "en", "2024-03-01")
    assert _found(apart, "Lithuania") == [("LTU", None, None, None)], apart


def test_the_gaza_strip_is_palestine(coder):
    en = _mentions(coder, "Jordan dropped food parcels over the Gaza Strip on Friday.", "en", "2024-03-01")
    assert _found(en, "the Gaza Strip") == [("PSE", None, None, None)], en
    fr = _mentions(coder, "La Jordanie a largué des colis de vivres sur la bande de Gaza vendredi.", "fr", "2024-03-01")
    assert _found(fr, "la bande de Gaza") == [("PSE", None, None, None)], fr


def test_a_word_of_a_full_name_written_before_is_that_person(coder):
    # A family name written first and too short for the bare-surname rule: the person named in full earlier.
    en = _mentions(coder, "Chinese President Xi Jinping landed in Moscow on Monday. Putin greeted Xi at the airport.", "en", "2023-03-20")
    assert _found(en, "Xi") == [("CHN", None, "GOV", "Xi Jinping")], en
    fr = _mentions(coder, "Le dirigeant nord-coréen Kim Jong-un est arrivé en Russie.\n\nPoutine a reçu Kim mercredi.", "fr", "2023-09-13")
    assert _found(fr, "Kim") == [("PRK", None, "GOV", "Kim Jong-un")], fr
    # Not named before in the article: a bare short name stays no actor.
    alone = _mentions(coder, "Putin greeted Kim at the airport.", "en", "2023-09-13")
    assert _found(alone, "Kim") == [], alone


def test_a_name_near_a_place_is_the_place_not_a_person(coder):
    # Djibo is a town of Burkina Faso and the surname of a Nigerien officer: "near Djibo" is the town,
    # and the jihadists are Burkina Faso's, the one country the article names.
    for text, lang, noun in (
        ("Le Burkina Faso est en proie aux violences. Les jihadistes ont attaqué un convoi près de Djibo.", "fr", "Les jihadistes"),
        ("Burkina Faso has been hit by violence. The jihadists attacked a supply convoy near Djibo.", "en", "The jihadists"),
    ):
        coded = coder.code_text(text, date=dt.date(2024, 3, 10), lang=lang)
        found = {m.span.text: (m.actor.country, m.actor.sector) for m in coded.actors}
        assert "Djibo" not in found
        assert found[noun] == ("BFA", "REB")


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("des négociateurs iraniens", "fr", ("IRN", None, "GOV")),
        ("Qatari mediators", "en", ("QAT", None, "GOV")),
        ("des extrémistes nigérians ont attaqué", "fr", ("NGA", None, "REB")),  # tagged ADJ in a bare phrase
        ("Somali extremists", "en", ("SOM", None, "REB")),
        ("des prisonniers palestiniens", "fr", ("PSE", None, "CVL")),
        ("Ukrainian prisoners of war", "en", ("UKR", None, "MIL")),
        ("des avions russes", "fr", ("RUS", None, "MIL")),
        ("Russian artillery", "en", ("RUS", None, "MIL")),
        ("les mutins maliens", "fr", ("MLI", None, "MIL")),
    ],
)
def test_more_sector_nouns(coder, text, lang, expected):
    result = coder.resolve_actor(text, lang=lang)
    assert (result["country"], result["organization"], result["sector"]) == expected


def test_bare_negotiators_and_planes_are_no_actors(coder):
    # Negotiators are either side's (named before, or none); a plane is a military one only with its owner.
    assert coder.resolve_actor("les négociateurs", lang="fr")["sector"] is None
    assert coder.resolve_actor("the aircraft", lang="en")["sector"] is None


def test_settlers_are_israel_s_near_a_palestinian_town(coder):
    # [home_nouns]: bare "settlers", "colons" are Israel's, not the state of the place they act in.
    coded = coder.code_text("Settlers attacked Palestinian farmers near Nablus.", date=dt.date(2023, 5, 10), lang="en")
    assert [(m.span.text, m.actor.country, m.actor.sector) for m in coded.actors if m.span.text == "Settlers"] == [("Settlers", "ISR", "CVL")]
    coded = coder.code_text("Des colons ont attaqué des agriculteurs palestiniens près de Naplouse.", date=dt.date(2023, 5, 10), lang="fr")
    assert [(m.actor.country, m.actor.sector) for m in coded.actors if m.span.text == "Des colons"] == [("ISR", "CVL")]


def test_the_staff_of_an_organisation_are_the_organisation(coder):
    coded = coder.code_text("Des rebelles ont enlevé des employés de l'ONU au Soudan du Sud.", date=dt.date(2023, 5, 10), lang="fr")
    assert ("des employés de l'ONU", "UN") in [(m.span.text, m.actor.organization) for m in coded.actors]
    coded = coder.code_text("Sudanese soldiers detained two employees of the World Food Programme in Darfur.", date=dt.date(2023, 5, 10), lang="en")
    events = [(e.source.actor.key, e.target.actor.key if e.target else None) for e in coded.events]
    assert ("SDN", "WFP") in events


def test_bare_staff_are_no_actor(coder):
    # Staff are an organisation's when qualified; "the staff" of no named body is nobody's.
    coded = coder.code_text("The French hospital said the staff were exhausted.", date=dt.date(2023, 5, 10), lang="en")
    assert [m for m in coded.actors if m.span.text.lower().endswith("staff")] == []


def test_the_shebab_written_in_lower_case_in_french(coder):
    coded = coder.code_text("Les shebab ont attaqué une base militaire en Somalie.", date=dt.date(2023, 5, 10), lang="fr")
    assert ("Les shebab", "AL-SHABAAB") in [(m.span.text, m.actor.organization) for m in coded.actors]


def test_west_african_leaders_are_ecowas(coder):
    # As "European leaders" are the European Council, the region's leaders together are its bloc.
    for text, lang in (("West African leaders gave Niger's junta a one-week ultimatum.", "en"), ("Les dirigeants ouest-africains ont donné une semaine à la junte nigérienne.", "fr")):
        coded = coder.code_text(text, date=dt.date(2023, 8, 6), lang=lang)
        assert "ECOWAS" in [m.actor.organization for m in coded.actors]


def test_bare_congo_in_english_is_the_democratic_republic(coder):
    # The wires write "Congo" for the DRC; the Republic of Congo is named in full.
    coded = coder.code_text("M23 rebels seized the town of Sake in eastern Congo on Friday.", date=dt.date(2024, 3, 10), lang="en")
    assert "COD" in [m.actor.country for m in coded.actors if m.span.text == "Congo"]
    coded = coder.code_text("The Republic of Congo held elections on Sunday.", date=dt.date(2024, 3, 10), lang="en")
    assert [m.actor.country for m in coded.actors] == ["COG"]


def test_the_south_after_south_korea_named_in_full(coder):
    text = "South Korea evacuated 80 people near the border. The South retaliated by firing artillery."
    coded = coder.code_text(text, date=dt.date(2015, 8, 21), lang="en")
    assert [(m.span.text, m.actor.country) for m in coded.actors if m.span.text == "The South"] == [("The South", "KOR")]


# Phrases a language detector alone reads as the other language (or as neither: "Prime Minister
# of India" comes out Spanish, "Kenya's opposition leader" French).
UNDECLARED = [
    ("Kenya's opposition leader", ("KEN", "OPP")),
    ("Prime Minister of India", ("IND", "GOV")),
    ("the Ukrainian army", ("UKR", "MIL")),
    ("le gouvernement malien", ("MLI", "GOV")),
    ("les forces armées soudanaises", ("SDN", "MIL")),
]


@pytest.mark.parametrize("text,expected", UNDECLARED, ids=[c[0] for c in UNDECLARED])
def test_without_a_language_the_phrase_is_read_in_the_language_that_resolves_it(coder, text, expected):
    result = coder.resolve_actor(text)
    assert (result["country"], result["sector"]) == expected


def test_without_a_language_an_unknown_phrase_stays_unknown(coder):
    assert coder.resolve_actor("a man in the street")["code"] is None
    assert coder.resolve_actor("un passant")["code"] is None


def test_a_generic_title_alone_names_no_country(coder):
    # "leader" was a French title of North Korea's office only, so alone it named Kim Jong-un.
    assert coder.resolve_actor("le leader", lang="fr", date=dt.date(2023, 1, 1))["country"] is None
    assert coder.resolve_actor("opposition leader", date=dt.date(2023, 1, 1))["country"] is None
    north_korean = coder.resolve_actor("le leader nord-coréen", lang="fr", date=dt.date(2023, 1, 1))
    assert (north_korean["country"], north_korean["entity"]) == ("PRK", "Kim Jong-un")
