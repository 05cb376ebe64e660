"""The public Python API: a small surface, re-exported from the package."""

from __future__ import annotations

import diurna
from diurna.records import CodedArticle, Rejection


def test_all_is_exactly_the_public_surface():
    assert sorted(diurna.__all__) == sorted(
        [
            "Actor", "ActorMention", "Article", "CodedArticle", "Coder", "ConfigError", "DiurnaError", "Event",
            "InputError", "KnowledgeError", "ModelError", "Place", "PlaceMention", "Rejection", "code",
            "code_many", "__version__",
        ]
    )
    for name in diurna.__all__:
        assert getattr(diurna, name) is not None


def test_code_returns_events():
    events = diurna.code("La Russie a envahi l'Ukraine le 24 février 2022.", date="2022-03-01")
    assert any(e.source.actor.country == "RUS" and e.target.actor.country == "UKR" for e in events)


def test_code_many_streams_in_order_with_rejections():
    items = [
        {"id": "a", "text": "Ukraine was invaded by Russia.", "date": "2022-03-01"},
        {"id": "b", "text": "Die Regierung hat heute neue Sanktionen gegen Russland beschlossen und verkündet."},
        {"id": "c", "text": "", "date": "2022-03-01"},
    ]
    results = list(diurna.code_many(items))
    assert [type(r) for r in results] == [CodedArticle, Rejection, Rejection]
    assert results[1].reason == "unsupported language: de"
