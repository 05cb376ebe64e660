"""Who is on a visit an adjunct of a stay tells (events/visiting.py): "En visite à Dakar, le ministre
…", "the president, on a state visit to Ghana, signed …". Sentences written for these tests, each
with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code


def _visits(events) -> set[tuple[str | None, str | None]]:
    """(visitor's country, visited country) of each visit (CAMEO 042)."""
    return {(e.source.actor.country, e.target.actor.country if e.target else None) for e in events if e.cameo.code == "042"}


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("En visite à Dakar, le ministre malien des Affaires étrangères a rencontré son homologue.", "fr", ("MLI", "SEN")),
        ("Le président kényan, en visite d'État au Ghana, a signé un accord commercial.", "fr", ("KEN", "GHA")),
        ("The Kenyan president, on a state visit to Ghana, signed a trade deal.", "en", ("KEN", "GHA")),
        ("On a visit to Dakar, Mali's foreign minister met his Senegalese counterpart.", "en", ("MLI", "SEN")),
    ],
)
def test_the_visitor_is_whom_the_stay_is_set_beside(coder, text, lang, wanted):
    found = _visits(code(coder, text, lang))
    assert wanted in found, found


@pytest.mark.parametrize(
    ("text", "lang", "unwanted"),
    [
        # A visit that is what the subject acts on: the subject is no visitor.
        ("Le Maroc a dénoncé la visite du ministre algérien à Paris.", "fr", ("MAR", "FRA")),
        ("China condemned the visit to Taiwan on Monday.", "en", ("CHN", "TWN")),
    ],
)
def test_a_visit_acted_on_names_no_visitor(coder, text, lang, unwanted):
    found = _visits(code(coder, text, lang))
    assert unwanted not in found, found


# What the visitor does on the visit with no one named is done to the host (events/visiting.py,
# stay_visits, read by events/untold.py): a promise, an apology, a signing.
@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("fr", "En visite à Kiev, le chancelier allemand a promis une nouvelle aide militaire.", ("DEU", "03", "UKR")),
        ("fr", "En visite officielle au Rwanda, le président allemand a demandé pardon pour les crimes coloniaux.", ("DEU", "05", "RWA")),
        ("en", "On a state visit to Vietnam, the Indian prime minister signed five agreements on trade.", ("IND", "05", "VNM")),
    ],
)
def test_an_act_on_a_visit_with_no_one_named_is_done_to_the_host(coder, lang, text, wanted):
    found = {(e.source.actor.country, e.cameo.root, e.target.actor.country if e.target else None) for e in code(coder, text, lang)}
    assert wanted in found, found


def test_an_act_on_a_visit_that_names_its_target_keeps_it(coder):
    found = {(e.cameo.root, e.target.actor.country if e.target else None) for e in code(coder, "En visite à Pékin, le ministre français a critiqué les sanctions américaines.", "fr")}
    assert ("11", "USA") in found and ("11", "CHN") not in found, found
