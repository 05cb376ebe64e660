"""The merging rules on their own: which reports are one act."""

from __future__ import annotations

import datetime as dt

from diurna.store.clusters import ClusterView, MergeRules, PlaceKey, Report, actor_key, best_cluster, places_compatible

RULES = MergeRules()
KHARKIV = PlaceKey("Kharkiv", "UKR", 49.98, 36.25, "city", 706483)
KHARKIV_SUBURB = PlaceKey("Derhachi", "UKR", 50.11, 36.12, "city", 709161)
ODESA = PlaceKey("Odesa", "UKR", 46.48, 30.73, "city", 698740)
UKRAINE = PlaceKey("Ukraine", "UKR", 49.0, 32.0, "country", 690791)
BELGOROD = PlaceKey("Belgorod", "RUS", 50.61, 36.58, "city", 578072)


def report(date="2022-03-02", basis="text", place=KHARKIV, code="190") -> Report:
    return Report("e1", "RUS", "UKR", code[:2], code, False, dt.date.fromisoformat(date), basis, place)


def cluster(id=1, date="2022-03-02", basis="text", place=KHARKIV, code="190") -> ClusterView:
    return ClusterView(id, code, dt.date.fromisoformat(date), basis, place)


def test_places_near_each_other_or_unsaid_are_compatible():
    assert places_compatible(KHARKIV, KHARKIV_SUBURB, RULES)  # about 18 km
    assert places_compatible(KHARKIV, None, RULES)
    assert places_compatible(UKRAINE, ODESA, RULES)  # the report names only the country


def test_distant_cities_and_other_countries_are_not():
    assert not places_compatible(KHARKIV, ODESA, RULES)
    assert not places_compatible(KHARKIV, BELGOROD, RULES)  # 60 km, but across a border
    assert not places_compatible(UKRAINE, BELGOROD, RULES)


def test_a_report_joins_the_cluster_of_its_day_and_place():
    chosen = best_cluster(report(), [cluster(1, place=ODESA), cluster(2)], RULES)
    assert chosen is not None and chosen.id == 2


def test_a_week_later_is_another_act():
    assert best_cluster(report("2022-03-09"), [cluster()], RULES) is None


def test_a_date_that_is_only_the_articles_gets_a_wider_window():
    assert best_cluster(report("2022-03-04"), [cluster()], RULES) is None
    assert best_cluster(report("2022-03-04", basis="article"), [cluster()], RULES) is not None


def test_the_same_code_and_nearest_date_win_among_compatible_clusters():
    candidates = [cluster(1, date="2022-03-01", code="195"), cluster(2, date="2022-03-03"), cluster(3, date="2022-03-02", code="195")]
    assert best_cluster(report(), candidates, RULES).id == 2  # same full code first
    candidates = [cluster(1, date="2022-03-01"), cluster(2, date="2022-03-02")]
    assert best_cluster(report(), candidates, RULES).id == 2


def test_actor_keys_use_country_then_organization():
    assert actor_key({"country": "RUS", "organization": None, "code": "RUSMIL", "text": "les forces russes"}) == "RUS"
    assert actor_key({"country": None, "organization": "NATO", "code": "IGOWSTNAT", "text": "l'OTAN"}) == "NATO"
    assert actor_key(None) == ""


def test_a_dateline_place_only_breaks_ties():
    datelined = Report("e2", "RUS", "UKR", "19", "190", False, dt.date(2022, 3, 2), "text", None, hint=ODESA)
    candidates = [cluster(1, place=KHARKIV), cluster(2, place=ODESA)]
    assert best_cluster(datelined, candidates, RULES).id == 2
    assert best_cluster(datelined, [cluster(1, place=KHARKIV)], RULES).id == 1  # never keeps reports apart
