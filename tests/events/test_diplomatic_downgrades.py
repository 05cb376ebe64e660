"""Relations reduced or cut and economic coercion, as constructions (events/senses.py,
events/undone.py, the pattern files and knowledge/data/cameo_undo.tsv): a foreign state's diplomats
expelled or barred from coming back (166), given days to leave the kingdom (166); one's own envoy
brought home or called back (161); borders and links closed (191); goods taxed (163); an agreement
terminated (160); most of the sanctions removed (085); put on a sanctions list (163). Sentences written for
these tests, with decoys."""

from __future__ import annotations

from .support import code, pairs, side_codes


def test_an_envoy_barred_from_coming_back_is_expelled(coder):
    found = side_codes(code(coder, "On Tuesday Nairobi barred the Ugandan envoy from coming back to Kenya.", "en"))
    assert ("KEN", "166", "UGA") in found, found


def test_diplomats_barred_from_travelling_are_only_restricted(coder):
    # Decoy: kept from moving about, not sent away.
    found = side_codes(code(coder, "Moscow barred British diplomats from travelling outside the capital.", "en"))
    assert ("RUS", "166", "GBR") not in found, found


def test_a_consul_expelled_is_an_expelled_diplomat(coder):
    found = side_codes(code(coder, "Lomé a expulsé mardi le consul général du Ghana.", "fr"))
    assert ("TGO", "166", "GHA") in found, found


def test_days_to_leave_the_kingdom_expel_diplomats(coder):
    found = side_codes(code(coder, "Rabat a donné soixante-douze heures aux diplomates qataris pour quitter le royaume.", "fr"))
    assert ("MAR", "166", "QAT") in found, found


def test_an_ambassador_brought_home_reduces_relations(coder):
    found = side_codes(code(coder, "Accra brought its ambassador home from Lomé on Friday.", "en"))
    assert ("GHA", "161", "TGO") in found, found


def test_an_envoy_called_back_reduces_relations(coder):
    found = side_codes(code(coder, "Santiago called back its envoy from Caracas after the vote.", "en"))
    assert ("CHL", "161", "VEN") in found, found


def test_a_border_shut_restricts_movement(coder):
    found = side_codes(code(coder, "Tajikistan shut its border with Kyrgyzstan on Sunday.", "en"))
    assert ("TJK", "191", "KGZ") in found, found


def test_air_and_road_links_closed_restrict_movement(coder):
    found = side_codes(code(coder, "Chad closed its air and road links with Sudan last week.", "en"))
    assert ("TCD", "191", "SDN") in found, found


def test_goods_taxed_are_sanctioned(coder):
    assert ("USA", "163", "CHN") in side_codes(code(coder, "Washington will tax Chinese solar panels at 50 percent.", "en"))
    assert ("CAN", "163", "CHN") in side_codes(code(coder, "Ottawa a taxé l'acier chinois à 25 %.", "fr"))


def test_an_agreement_terminated_reduces_relations(coder):
    found = pairs(code(coder, "Le Niger a résilié mercredi son accord de défense avec le Bénin.", "fr"))
    assert ("NER", "16", "BEN") in found, found


def test_a_deal_cut_is_an_agreement(coder):
    # Decoy: "cut" ends acts, but a deal cut is made.
    found = pairs(code(coder, "Ankara cut a deal with Stockholm on Tuesday.", "en"))
    assert ("TUR", "16", "SWE") not in found, found


def test_most_of_the_sanctions_removed_are_eased(coder):
    found = side_codes(code(coder, "Bruxelles a supprimé l'essentiel des sanctions visant le Burundi.", "fr"))
    assert ("EU", "085", "BDI") in found, found



def test_officials_put_on_a_sanctions_list_are_sanctioned(coder):
    found = side_codes(code(coder, "Canberra put five Burmese generals on its sanctions list on Monday.", "en"))
    assert ("AUS", "163", "MMR") in found, found


def test_firms_placed_on_a_blacklist_are_sanctioned(coder):
    found = side_codes(code(coder, "Tokyo a placé jeudi quatre entreprises russes sur sa liste noire.", "fr"))
    assert ("JPN", "163", "RUS") in found, found


def test_air_links_cut_restrict_movement(coder):
    found = side_codes(code(coder, "Le Tchad a coupé lundi ses liaisons aériennes avec le Soudan.", "fr"))
    assert ("TCD", "191", "SDN") in found, found


def test_a_list_phrase_hung_on_the_last_object_still_lists(coder):
    # The parser hangs "on its sanctions list" on the second object, not on "put".
    found = side_codes(code(coder, "Ottawa put the Sudanese army chief and four militia leaders on its sanctions list.", "en"))
    assert ("CAN", "163", "SDN") in found, found


def test_airlines_barred_from_the_airspace_are_boycotted(coder):
    found = side_codes(code(coder, "Warsaw barred Belarusian airlines from its airspace on Monday.", "en"))
    assert ("POL", "163", "BLR") in found, found


def test_envoys_recalled_from_their_post_abroad_reduce_relations(coder):
    # "en poste en X": the post names no one, the country after it is the target.
    found = side_codes(code(coder, "Le Tchad a rappelé mardi ses ambassadeurs en poste en Libye.", "fr"))
    assert ("TCD", "161", "LBY") in found, found
