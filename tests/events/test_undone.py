"""Acts ended (events/undone.py, knowledge/data/cameo_undo.tsv): a verb or noun of ending over an
act that has a code is the act that undoes it, in French and English, with what it takes as object,
after a preposition, as a noun's complement or as an infinitive; its mood is the verb of ending's.
Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import code, codes, pairs


def _codes(text, lang, coder):
    return codes(code(coder, text, lang))


def test_mediation_ended_is_halted_mediation(coder):
    found = _codes("Le Koweït a mis fin à sa médiation entre l'Égypte et l'Éthiopie.", "fr", coder)
    assert ("KWT", "165", "EGY") in found and not any(c == "045" for _, c, _ in found), found


def test_negotiations_interrupted_are_halted(coder):
    found = _codes("Le Tchad a interrompu mardi les négociations avec le Soudan.", "fr", coder)
    assert ("TCD", "164", "SDN") in found, found


def test_a_noun_of_ending_over_cooperation_reduces_relations(coder):
    found = pairs(code(coder, "Rabat a annoncé jeudi la rupture de sa coopération militaire avec Madrid.", "fr"))
    assert ("MAR", "16", "ESP") in found, found


def test_recognition_ceased_in_an_infinitive_breaks_relations(coder):
    found = _codes("Le Panama a cessé de reconnaître Taïwan en 2017.", "fr", coder)
    assert ("PAN", "161", "TWN") in found, found


def test_weapons_no_longer_delivered_stop_military_aid(coder):
    found = _codes("Germany ceased delivering weapons to Turkey last year.", "en", coder)
    assert ("DEU", "1622", "TUR") in found, found


def test_cooperation_scrapped_reduces_relations(coder):
    found = _codes("Ankara scrapped its security cooperation with Baghdad on Friday.", "en", coder)
    assert any(c == "160" for _, c, _ in found) and not any(c.startswith("06") for _, c, _ in found), found


def test_humanitarian_convoys_halted_stop_humanitarian_aid(coder):
    found = _codes("The World Food Programme halted its humanitarian aid convoys to Haiti.", "en", coder)
    assert any(c == "1623" for _, c, _ in found), found


def test_martial_law_ended_is_eased(coder):
    found = _codes("The Thai government ended martial law in three southern provinces.", "en", coder)
    assert any(c == "0814" for _, c, _ in found), found


def test_an_ending_refused_is_no_ending(coder):
    found = _codes("Kuwait refused to end its mediation between Egypt and Ethiopia.", "en", coder)
    assert not any(c == "165" for _, c, _ in found), found


def test_an_ending_verb_over_what_names_no_act_is_nothing_ended(coder):
    # Decoys: money raised, a weight lifted, a contract between firms.
    for text, lang in (
        ("La France a levé des fonds pour reconstruire les écoles du Liban.", "fr"),
        ("The Georgian weightlifter lifted 220 kilograms in Paris.", "en"),
        ("Le constructeur a mis fin à son contrat avec un fournisseur chinois.", "fr"),
    ):
        found = _codes(text, lang, coder)
        assert not any(c[:2] in ("08", "16") for _, c, _ in found), (text, found)


def test_the_end_of_talks_as_a_time_is_no_halt(coder):
    found = _codes("À la fin des négociations, la Serbie et le Kosovo ont signé un accord.", "fr", coder)
    assert not any(c == "164" for _, c, _ in found), found


def test_a_state_leaving_an_organisation_ends_its_membership(coder):
    found = _codes("Le Nicaragua a quitté l'Organisation des États américains en novembre.", "fr", coder)
    assert any(s == "NIC" and c == "161" for s, c, _ in found), found
    found = _codes("Guinea withdrew from ECOWAS last week.", "en", coder)
    assert any(s == "GIN" and c == "161" for s, c, _ in found), found


def test_troops_leaving_a_country_leave_no_organisation(coder):
    found = _codes("Les soldats tchadiens ont quitté le Mali mardi.", "fr", coder)
    assert not any(c == "161" for _, c, _ in found), found


def test_an_act_undone_towards_a_country_is_not_located_there(coder):
    # Sanctions eased on Myanmar are eased at home; a curfew lifted in a town is lifted there.
    eased = [e for e in code(coder, "Japan eased its sanctions against Myanmar on Tuesday.", "en") if e.cameo.code == "085"]
    assert eased and all(e.location is None or e.location.place is None or e.location.place.country != "MMR" for e in eased), eased
    lifted = [e for e in code(coder, "Le gouvernement tchadien a levé jeudi le couvre-feu à N'Djamena.", "fr") if e.cameo.code == "0813"]
    assert lifted and lifted[0].location is not None and lifted[0].location.place.name == "N'Djamena", lifted
