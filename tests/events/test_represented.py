"""The parties a mention speaks for are each a side (events/represented.py): "Negotiators for
the Sudanese army and the Rapid Support Forces" stands for the army and for the RSF."""

from __future__ import annotations

from diurna.evaluate import article_from_text
from diurna.events.represented import represented_sides
from diurna.records import Actor, ActorMention, TextSpan


def _parse(coder, text, lang):
    parsed = coder.parse_many([article_from_text(text, "t", lang=lang)])[0]
    return parsed.paragraphs[0].doc


def _mention(doc, first, last, code, country, sector, organization=None):
    """A mention over tokens first..last (inclusive), headed by ``last``."""
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    actor = Actor(code, country, organization, sector, None, "sector")
    return ActorMention(TextSpan(doc.text[start:end], start, end), actor, 0, last, 0)


def _index(doc, spans):
    """Mentions by head token, from (first word, last word, code, country, sector) by word text."""
    words = [t.text for t in doc]
    found = {}
    for first, last, code, country, sector in spans:
        mention = _mention(doc, words.index(first), words.index(last), code, country, sector)
        found[mention.head] = mention
    return found


def test_each_party_coordinated_in_the_phrase_a_mention_speaks_for_is_a_side(coder):
    doc = _parse(coder, "Negotiators for the Sudanese army and the Rapid Support Forces resumed talks in Jeddah on Monday.", "en")
    mention_at = _index(doc, [
        ("Negotiators", "Negotiators", "SDNMIL", "SDN", "MIL"),
        ("Sudanese", "army", "SDNMIL", "SDN", "MIL"),
        ("Rapid", "Forces", "SDNREB", "SDN", "REB"),
    ])
    negotiators = mention_at[0]
    sides = represented_sides(doc[0], negotiators, mention_at, 0)
    assert [m.actor.code for m in sides] == ["SDNREB"]


def test_a_phrase_naming_another_party_than_the_mentions_gives_no_side(coder):
    # Decoy: "Kenyan envoys to Sudan and Ethiopia" are Kenya's, not Sudan's or Ethiopia's.
    doc = _parse(coder, "Kenyan envoys to Sudan and Ethiopia resumed talks in Nairobi on Monday.", "en")
    mention_at = _index(doc, [
        ("Kenyan", "envoys", "KENGOV", "KEN", "GOV"),
        ("Sudan", "Sudan", "SDN", "SDN", None),
        ("Ethiopia", "Ethiopia", "ETH", "ETH", None),
    ])
    envoys = mention_at[1]
    assert represented_sides(doc[1], envoys, mention_at, 0) == []


def test_a_french_phrase_folded_into_the_mention_gives_the_party_coordinated_after_it(coder):
    doc = _parse(coder, "Les négociateurs du gouvernement colombien et de l'Armée de libération nationale ont repris lundi leurs pourparlers à Caracas.", "fr")
    words = [t.text for t in doc]
    negotiators = _mention(doc, 0, words.index("colombien"), "COLGOV", "COL", "GOV")
    negotiators = ActorMention(negotiators.span, negotiators.actor, 0, 1, 0)
    forces = doc[words.index("Armée")]
    rsf = _mention(doc, forces.i, forces.i, "COLREB", "COL", "REB")
    mention_at = {1: negotiators, forces.i: rsf}
    assert forces.i in {c.i for c in doc[words.index("gouvernement")].children}, [(t.text, t.dep_, t.head.i) for t in doc]
    assert represented_sides(doc[1], negotiators, mention_at, 0) == [rsf]
