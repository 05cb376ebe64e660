"""Event ids: stable for the same input, and one per event even when one phrase names two actors.

"Les deux pays", "both countries" name two actors on the same words; their events share the
trigger, the spans and the code, so an id made of those alone was the same for both, and the
store kept only one of them (the other's act was left with no report behind it).
"""

from __future__ import annotations

import datetime as dt

from diurna.records import CodedArticle
from diurna.store import Store
from diurna.store.query import EventQuery

PAIR_TEXT = (
    "Le Portugal et le Brésil ont signé mardi à Lisbonne un accord de coopération culturelle. "
    "Les deux pays célèbrent cette année le bicentenaire de leurs relations diplomatiques."
)
DAY = dt.date(2022, 9, 6)


def _coded(coder, text: str) -> CodedArticle:
    coded = coder.code_text(text, article_id="pair-ids", date=DAY, lang="fr")
    assert isinstance(coded, CodedArticle), coded
    return coded


def test_events_of_a_pair_phrase_have_their_own_ids(coder):
    coded = _coded(coder, PAIR_TEXT)
    on_pair = [e for e in coded.events if e.source.span.text == "Les deux pays"]
    assert {e.source.actor.country for e in on_pair} == {"PRT", "BRA"}
    assert len({e.event_id for e in coded.events}) == len(coded.events)


def test_ids_are_the_same_for_the_same_input(coder):
    first = [e.event_id for e in _coded(coder, PAIR_TEXT).events]
    again = [e.event_id for e in _coded(coder, PAIR_TEXT).events]
    assert first and first == again


def test_the_store_keeps_each_actor_of_a_pair_phrase(coder, tmp_path):
    coded = _coded(coder, PAIR_TEXT)
    with Store.open(tmp_path / "store.db") as store:
        store.add(coded)
        stored = list(store.events(EventQuery(article="pair-ids")))
        acts = list(store.clusters(EventQuery(article="pair-ids")))
    assert sorted(r["event_id"] for r in stored) == sorted(e.event_id for e in coded.events)
    assert {r["source"]["country"] for r in stored if r["source"]["text"] == "Les deux pays"} == {"PRT", "BRA"}
    assert all(act["cluster"]["event_ids"] for act in acts)  # no act is left without its report

