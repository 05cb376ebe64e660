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
