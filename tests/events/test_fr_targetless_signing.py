"""French signing with no party named (patterns/fr.toml "signer", "parapher": target_required =
false): a joint text signed, or left unsigned, by one state is an agreement act with no target
(the guidelines' worked example: 057 with no target); a state's own decree is no agreement. On
sentences written here."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A final communiqué left unsigned: coded, negated, with no target.
        ("Le Brésil n'a pas signé dimanche le communiqué final du sommet de Lima.", ("BRA", "05", None)),
        # A document initialled alone.
        ("Le Kenya a paraphé seul mardi le document final de la conférence.", ("KEN", "05", None)),
        # With a partner named, the partner stays the target.
        ("Le Japon a signé jeudi avec l'Inde un accord sur les semi-conducteurs.", ("JPN", "05", "IND")),
    ],
)
def test_signing_codes_an_agreement_with_or_without_a_party(coder, text, wanted):
    assert wanted in pairs(code(coder, text, "fr"))


def test_a_decree_signed_at_home_is_no_agreement(coder):
    found = pairs(code(coder, "Le président sénégalais a signé mardi un décret sur la réforme foncière.", "fr"))
    assert not any(root == "05" for _, root, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # The authors of the text ("proposé par", "rédigée par") are no party to its signing.
        "La Hongrie n'a pas signé mardi l'accord proposé par Washington et Bruxelles.",
        "La Pologne n'a pas signé jeudi la déclaration rédigée par la France.",
    ],
)
def test_the_author_of_an_unsigned_text_is_no_target(coder, text):
    found = pairs(code(coder, text, "fr"))
    signing = {p for p in found if p[1] == "05" and p[0] in ("HUN", "POL")}
    assert signing and all(target is None for _, _, target in signing)


def test_a_partner_named_beside_the_participle_stays_the_target(coder):
    # Decoy: the partner after "avec" is the party, whatever the participle on the text says.
    found = pairs(code(coder, "La Hongrie n'a pas signé mardi avec l'Ukraine l'accord rédigé par la France.", "fr"))
    assert ("HUN", "05", "UKR") in found
    assert ("HUN", "05", "FRA") not in found
