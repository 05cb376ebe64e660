"""A coded article crosses a process boundary as JSON and is stored as if coded in place."""

from __future__ import annotations

import datetime as dt

from diurna.ingest import article_from_text
from diurna.store import Store, storable
from diurna.store.storable import StorableArticle

TEXT = "BRUXELLES, 24 mars (AFP) - Les Alliés ont condamné l'invasion de l'Ukraine par la Russie à Bruxelles."


def test_round_trip_through_json_stores_the_same_rows(coder, tmp_path):
    coded = coder.code(article_from_text(TEXT, "a", published=dt.date(2022, 3, 24), published_basis="input", lang="fr"))
    original = storable(coded)
    copy = StorableArticle.from_json(original.to_json())
    assert copy == original
    with Store.open(tmp_path / "a.db") as first, Store.open(tmp_path / "b.db") as second:
        first.add(coded)
        second.add(copy)
        assert list(first.events()) == list(second.events())
        assert first.counts() == second.counts()
        assert second.add(copy) == "unchanged"
