"""French wordings of common acts (patterns/fr.toml, lang fr.toml): a truce or ceasefire agreed on
("sont convenus d'un cessez-le-feu", "se sont entendus sur une trêve"; "convenir" takes "être" and
is no passive), pardon begged ("implorer le pardon de"), weapons asked for or claimed, funds
disbursed ("décaisser"), armed forces that "pénètrent" a place, help sought ("solliciter
l'assistance des pays donateurs", who name no actor: told with no target) and sanctions or warrants
extended or issued ("proroger", "délivrer"), on sentences written here, with decoys that must not
be coded."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs, side_codes


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A truce agreed on by two coordinated parties: one event per pair, first-named as source.
        ("Le Soudan et le Tchad sont convenus samedi d'un cessez-le-feu le long de leur frontière.", ("SDN", "0356", "TCD")),
        ("La Serbie et le Kosovo se sont entendus jeudi sur une trêve de trois jours.", ("SRB", "0356", "XKX")),
        # … or by one party with another.
        ("Le gouvernement colombien s'est entendu avec l'ELN sur un cessez-le-feu de six mois.", ("COL", "0356", "ELN")),
        # Pardon begged of a state: an apology to it.
        ("Le chancelier allemand a imploré le pardon de la Pologne pour les crimes nazis.", ("DEU", "055", "POL")),
        # Weapons asked for: an appeal for military aid; claimed or required: a demand for it.
        ("Le ministre moldave de la Défense a demandé des armes antiaériennes à la Roumanie.", ("MDA", "0232", "ROU")),
        ("Le gouvernement arménien a sollicité des armes auprès de l'Inde.", ("ARM", "0232", "IND")),
        ("Taïwan a réclamé des armes aux États-Unis après les manœuvres chinoises.", ("TWN", "1032", "USA")),
        # Armed forces going into a place: force against the state it is in.
        ("Des soldats ougandais ont pénétré jeudi dans la province congolaise de l'Ituri.", ("UGA", "190", "COD")),
        ("Des militaires azerbaïdjanais ont pénétré sur le territoire arménien.", ("AZE", "190", "ARM")),
        # Relief sought of a named state; help sought of the international community, with no target.
        ("Les autorités équatoriennes ont sollicité le secours de la Colombie après le tremblement de terre.", ("ECU", "0233", "COL")),
        ("Le gouvernement haïtien a sollicité l'assistance des pays donateurs face aux gangs.", ("HTI", "023", None)),
        # Funds disbursed by a lender: economic aid.
        ("La Banque mondiale a décaissé mardi une aide budgétaire d'urgence au profit du Ghana.", ("WORLD-BANK", "071", "GHA")),
    ],
)
def test_french_wordings_code(coder, text, wanted):
    found = side_codes(code(coder, text, "fr"))
    assert wanted in found, found


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Sanctions extended: still imposed; a warrant issued: an arrest ordered.
        ("Le Conseil de l'UE a prorogé lundi de six mois les sanctions économiques contre la Biélorussie.", ("COUNCIL-EU", "16", "BLR")),
        ("Un juge espagnol a délivré un mandat d'arrêt international contre un ancien ministre vénézuélien.", ("ESP", "17", "VEN")),
    ],
)
def test_french_light_verbs_carry_their_nouns(coder, text, wanted):
    found = pairs(code(coder, text, "fr"))
    assert wanted in found, found


@pytest.mark.parametrize(
    "text",
    [
        # Agreeing with a view is no truce, and a warrant delivered to no one is no arrest.
        "Le ministre tchadien a convenu que la situation restait difficile.",
        "Les deux ministres se sont entendus à merveille lors du dîner.",
        # Investigators going into an office use no force.
        "Les enquêteurs belges ont pénétré dans le bureau du ministre.",
        # "de force" is no armed force: gendarmes forcing their way in are no army.
        "Des gendarmes sénégalais ont pénétré de force dans le siège d'un parti d'opposition.",
    ],
)
def test_french_wordings_leave_others_alone(coder, text):
    found = codes(code(coder, text, "fr"))
    assert not any(c.startswith(("035", "19")) for _, c, _ in found), found
