"""French frames of common verbs of yielding (08), handing over (07, 06) and protest (11, 16, 18):
the entries of patterns/fr.toml for "renoncer à", "autoriser l'entrée", "quitter la base",
"rendre des prisonniers", "observer/accepter un cessez-le-feu", "livrer X à Y", "accorder un prêt",
"remettre un système", "rouer de coups", "adresser une protestation", "rappeler ses diplomates",
on sentences written here, with decoys that must not be coded."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


def _short(found):
    """(source, root, target) with each side its organisation or country (``pairs``)."""
    return set(found)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Giving up a plan under pressure: a yield to those who pressed, the country's people (events/yielded.py).
        ("Face à la colère des agriculteurs, le gouvernement kényan a renoncé à sa nouvelle taxe foncière.", ("KEN", "08", "KEN")),
        # Letting goods in: humanitarian access, the place the goods enter as target.
        ("L'Égypte a autorisé dimanche l'entrée de dizaines de camions d'aide dans la bande de Gaza.", ("EGY", "08", "PSE")),
        # Letting an agency's lorries through: the agency the lorries belong to.
        ("Le gouvernement soudanais a autorisé les camions de l'Unicef à rejoindre El-Facher.", ("SDN", "08", "UNICEF")),
        # Soldiers leaving their base withdraw.
        ("Les derniers soldats américains ont quitté lundi la base de drones d'Agadez au Niger.", ("USA", "08", "NER")),
        # People handed back are released.
        ("La Russie a rendu à l'Ukraine une quinzaine d'enfants déportés.", ("RUS", "08", "UKR")),
        # A ceasefire in force between two sides.
        ("Le gouvernement colombien observe depuis lundi un cessez-le-feu avec l'ELN.", ("COL", "08", "ELN")),
        # Goods delivered to a receiver: aid; a round number of goods counts them.
        ("La Turquie a livré mardi au Soudan une vingtaine de véhicules tout-terrain.", ("TUR", "07", "SDN")),
        # A load counted in tonnes names its goods: food and medicine.
        ("L'Algérie a livré au Niger quinze tonnes de médicaments.", ("DZA", "07", "NER")),
        # A loan granted is economic aid.
        ("La Banque mondiale a accordé au Pakistan un prêt de 500 millions de dollars.", ("WORLD-BANK", "07", "PAK")),
        # Equipment handed over, in the passive: the giver is the agent, the receiver in "à".
        ("Un système de défense aérienne a été remis lundi par la Norvège aux forces ukrainiennes.", ("NOR", "07", "UKR")),
        # A beating.
        ("Des militaires ont roué de coups deux journalistes congolais à Goma.", ("COD", "18", "COD")),
        # A protest lodged with a state.
        ("La Corée du Sud a adressé une protestation officielle au Japon.", ("KOR", "11", "JPN")),
        # Diplomats recalled.
        ("La Pologne a rappelé ses diplomates en poste en Biélorussie.", ("POL", "16", "BLR")),
    ],
)
def test_french_frames_code(coder, text, wanted):
    found = _short(pairs(code(coder, text, "fr")))
    assert wanted in found, found


@pytest.mark.parametrize(
    "text,wanted_code",
    [
        # Accepted: CAMEO's "agree to … stop fighting" (GUIDELINES.md), not yet one observed.
        ("La Thaïlande a accepté un cessez-le-feu avec le Cambodge.", "0356"),
        # Energy delivered is trade, not aid.
        ("La Norvège a livré du gaz naturel à la Pologne.", "061"),
        # A ceasefire observed.
        ("Le Hezbollah observe une trêve avec Israël.", "0871"),
    ],
)
def test_french_frames_full_code(coder, text, wanted_code):
    found = codes(code(coder, text, "fr"))
    assert any(c == wanted_code for _, c, _ in found), found


@pytest.mark.parametrize(
    "text,root",
    [
        # "se livrer à des pillages": no receiver, no delivery.
        ("Des soldats se sont livrés à des pillages à Bangui.", "07"),
        # Nor does a suspect who gives himself up.
        ("Le suspect s'est livré à la police française.", "07"),
        # Leaving a country or a meeting is no retreat from a base.
        ("Le ministre malien a quitté la réunion de la Cédéao à Abuja.", "08"),
        # Authorising a law or a march lets nobody in.
        ("Le Parlement ghanéen a autorisé la vente des terres agricoles.", "08"),
        # "rendre visite" is a visit, not a release.
        ("Le président sénégalais a rendu visite à son homologue gambien.", "08"),
        # A loan refused is no loan granted.
        ("Le FMI a refusé d'accorder un prêt à l'Argentine.", "07"),
    ],
)
def test_french_frames_decoys(coder, text, root):
    events = code(coder, text, "fr")
    assert not any(e.cameo.root == root for e in events), pairs(events)
