"""Round 8: targets found where the entry's frame does not look.

Each sentence is written here for the construction it shows, with decoys where it must not
apply: acts done to each other (events/reciprocal.py), mass violence on a named place
(events/victims.py), the guessed doer of an act rejected or condemned (events/disowned.py).
"""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang,first,second,root",
    [
        ("Israel and Hamas accused each other of violating the truce.", "en", "ISR", "PSE", "11"),
        ("Armenia and Azerbaijan blamed one another for the clashes.", "en", "ARM", "AZE", "11"),
        ("Israël et le Hezbollah se sont mutuellement accusés lundi d'avoir violé le cessez-le-feu.", "fr", "ISR", "LBN", "11"),
        ("L'Arménie et l'Azerbaïdjan se sont accusés l'un l'autre de violer la trêve.", "fr", "ARM", "AZE", "11"),
    ],
)
def test_an_act_done_to_each_other_goes_both_ways(coder, text, lang, first, second, root):
    found = dyads(code(coder, text, lang))
    assert (first, root, second) in found
    assert (second, root, first) in found


def test_coordinated_sources_without_a_reciprocal_keep_their_target(coder):
    # Decoy: both accuse a third party, not each other.
    found = dyads(code(coder, "Israel and Hamas accused the United Nations of bias.", "en"))
    assert ("ISR", "11", "UN") in found
    assert ("ISR", "11", "PSE") not in found and ("PSE", "11", "ISR") not in found


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("The Syrian government used chemical weapons against the town of Douma.", "en", ("SYR", "20", "SYR")),
        ("Syrian air force planes dropped sarin and chlorine on the town of Ltamenah.", "en", ("SYR", "20", "SYR")),
        ("Le régime syrien a utilisé du gaz sarin contre la population de la Ghouta orientale.", "fr", ("SYR", "20", "SYR")),
        # A foreign place stands for its own country, as before.
        ("Russian forces used chemical weapons against the town of Kherson.", "en", ("RUS", "20", "UKR")),
    ],
)
def test_mass_violence_on_a_place_is_done_to_its_people(coder, text, lang, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_mass_violence_with_no_place_keeps_no_target(coder):
    # Decoy: no one and nowhere named: no target is invented.
    found = dyads(code(coder, "Le régime syrien a utilisé des armes chimiques.", "fr"))
    assert ("SYR", "20", None) in found
    assert ("SYR", "20", "SYR") not in found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The Tunisian president rejected the opposition's calls to postpone the election.", "en"),
        ("Le président tunisien a rejeté vendredi les appels de l'opposition à reporter l'élection.", "fr"),
    ],
)
def test_a_rejected_act_targets_its_doer_of_a_guessed_country(coder, text, lang):
    assert ("TUN", "12", "TUN") in dyads(code(coder, text, lang))


def test_a_rejected_thing_names_no_doer(coder):
    # Decoy: a thing owned, not an act done ("the opposition's newspaper"): no target.
    found = dyads(code(coder, "The Tunisian president rejected the opposition's newspaper.", "en"))
    assert ("TUN", "12", "TUN") not in found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Un commandant de Kataëb Hezbollah a été tué mercredi soir à Bagdad dans une frappe de drone américaine.", "fr"),
        ("Un responsable du Hezbollah a été tué lundi dans une frappe américaine à Bagdad.", "fr"),
    ],
)
def test_a_strike_that_killed_someone_targets_the_killed(coder, text, lang):
    found = dyads(code(coder, text, lang))
    assert ("USA", "19", "IRQ") in found or ("USA", "19", "LBN") in found


def test_a_strike_with_no_one_named_struck_invents_no_target(coder):
    # Decoy: the killed are nobody's named side and no place is told: no target.
    found = dyads(code(coder, "Trois personnes ont été tuées dans une frappe de drone.", "fr"))
    assert not any(d[1] == "19" and d[2] is not None for d in found)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Iran will respond decisively to any Israeli attack on its territory, the commander of the Revolutionary Guards warned on Saturday.", "en"),
        ("L'Iran a averti samedi que toute attaque israélienne contre son territoire entraînerait une riposte immédiate.", "fr"),
    ],
)
def test_a_warning_about_an_act_of_force_targets_its_doer(coder, text, lang):
    assert ("IRN", "13", "ISR") in dyads(code(coder, text, lang))


def test_a_warning_about_ones_own_territory_names_no_target(coder):
    # Decoy: the act named has no actor of its own ("any attack on its territory"): no target.
    found = dyads(code(coder, "Russia warned that any attack on its territory would be met with force.", "en"))
    assert not any(d[1] == "13" and d[2] is not None for d in found)


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Venezuela deployed thousands of troops to its border with Guyana on Monday.", "en", ("VEN", "15", "GUY")),
        ("Thailand put its troops along the Cambodian border on high alert on Friday.", "en", ("THA", "15", "KHM")),
        ("La Russie a massé des troupes à sa frontière avec l'Ukraine.", "fr", ("RUS", "15", "UKR")),
    ],
)
def test_a_show_of_force_at_a_border_faces_the_other_side(coder, text, lang, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_a_border_of_ones_own_names_no_target(coder):
    # Decoy: "its border" names only the owner: no target is invented.
    found = dyads(code(coder, "Poland deployed troops to its border.", "en"))
    assert not any(d[1] == "15" and d[2] is not None for d in found)


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Belarus freed 18 political prisoners on Wednesday, in a move the European Union welcomed.", ("EU", "05", "BLR")),
        ("Russia annexed Crimea, a move that the United Nations condemned.", ("UN", "11", "RUS")),
        ("Russia annexed Crimea, a move condemned by the United Nations.", ("UN", "11", "RUS")),
    ],
)
def test_a_reaction_to_a_move_targets_whoever_made_it(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "en"))


def test_a_move_that_does_something_else_is_no_reaction(coder):
    # Decoy: the clause on "move" has an object of its own: no reaction aimed at Russia by Ukraine.
    found = dyads(code(coder, "Russia annexed Crimea, a move which angered Ukraine.", "en"))
    assert ("UKR", "11", "RUS") not in found


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Russian forces shelled the town, killing six Ukrainian soldiers.", "en", ("RUS", "19", "UKR")),
        ("L'armée russe a bombardé la ville, tuant six soldats ukrainiens.", "fr", ("RUS", "19", "UKR")),
        ("Un kamikaze s'est fait exploser dans une mosquée à Peshawar, tuant des dizaines de policiers.", "fr", ("PAK", "18", "PAK")),
    ],
)
def test_the_toll_of_an_act_of_force_names_its_target(coder, text, lang, wanted):
    found = dyads(code(coder, text, lang))
    assert wanted in found
    assert len([d for d in found if d[1] in ("18", "19", "20")]) == 1  # the toll is no second act


def test_a_toll_of_unnamed_people_nowhere_invents_no_target(coder):
    # Decoy: neither the victims nor the place are anyone's: no target.
    found = dyads(code(coder, "Russian forces shelled the town, wounding two people.", "en"))
    assert not any(d[2] is not None for d in found)


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Islamic State claimed responsibility for the bombing that killed 12 soldiers in Mogadishu.", "en", ("ISIS", "19", "SOM")),
        ("L'État islamique a revendiqué l'attentat qui a tué douze soldats nigériens à Tillabéri.", "fr", ("ISIS", "18", "NER")),
    ],
)
def test_a_claimed_attack_is_the_claimers(coder, text, lang, wanted):
    found = dyads(code(coder, text, lang))
    assert wanted in found
    assert ("ISIS", "01", None) in found or ("ISIS", "01", wanted[2]) in found
    # The relative clause is the attack's toll: no act of the victims' own country.
    assert not any(d[0] in ("SOM", "NER") for d in found)


def test_an_attack_that_is_not_claimed_takes_no_claimer(coder):
    # Decoy: "condemned" is no claim: the condemner did not do the attack.
    found = dyads(code(coder, "France condemned the bombing that killed 12 soldiers in Mogadishu.", "en"))
    assert not any(d[0] == "FRA" and d[1] in ("18", "19") for d in found)
