"""French parse repairs (grammar/fr.py), each shown by a sentence written here and coded by the
real pipeline: the repair is what lets the coder find the act's actors."""

from __future__ import annotations

import pytest

from ..events.support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A verb with a finite auxiliary read as a clause on its subject ("dirigeants … entendus").
        (
            "Les ministres de l'Union africaine, réunis à Addis-Abeba, se sont entendus pour accorder une aide d'urgence à la Somalie.",
            ("AU", "03", "SOM"),
        ),
        # "de" + adjective + plural noun is an article, not a preposition: the noun is the object.
        ("La Chine a imposé lundi de nouvelles sanctions contre la Lituanie.", ("CHN", "16", "LTU")),
        # A bare noun phrase after "pour trois mois" is the verb's object.
        ("Washington a suspendu pour trois mois les surtaxes visant le Canada.", ("USA", "08", "CAN")),
        # A weekday hung on the object: the object stays the light verb's.
        ("Le Hamas a revendiqué samedi une attaque contre une colonie israélienne.", ("PSE", "19", "ISR")),
    ],
)
def test_french_misparses_mended(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_relative_que_read_as_a_conjunction(coder):
    # "qu'elle accuse": the relative pronoun is the object; its antecedent is the noun before.
    found = codes(code(coder, "La Chine a critiqué le Japon, qu'elle accuse de provocations.", "fr"))
    assert ("CHN", "112", "JPN") in found


def test_apposed_passive_participle_is_on_the_noun_before(coder):
    # "un diplomate du Soudan, accusé par Nairobi de …": the accused is Sudan, the accuser Kenya.
    found = codes(code(coder, "Le Kenya a expulsé un diplomate du Soudan, accusé par Nairobi d'espionnage.", "fr"))
    assert ("KEN", "112", "SDN") in found


def test_members_named_with_dont_are_the_subject(coder):
    found = dyads(code(coder, "Plusieurs pays, dont la France et l'Italie, ont condamné la Russie.", "fr"))
    assert {("FRA", "11", "RUS"), ("ITA", "11", "RUS")} <= found


def test_coordinated_demonyms_act_jointly(coder):
    events = code(coder, "Les garde-côtes indiens, japonais et australiens ont entamé des exercices conjoints.", "fr")
    pairs = {frozenset((e.source.actor.key, e.target.actor.key)) for e in events if e.target and e.cameo.root == "06"}
    assert {frozenset(("IND", "JPN")), frozenset(("IND", "AUS")), frozenset(("JPN", "AUS"))} <= pairs


def test_aupres_read_as_a_dependent_adverb(coder):
    found = codes(code(coder, "La protestation officielle de la Chine auprès du Japon a été remise à l'ambassadeur.", "fr"))
    assert ("CHN", "114", "JPN") in found


def test_an_amount_read_as_a_modifier_is_the_object(coder):
    # "plusieurs dizaines de soldats" after the verb, with no preposition: what was done to whom.
    events = code(coder, "Des rebelles du M23 ont enlevé samedi plusieurs dizaines de soldats congolais.", "fr")
    assert any(e.cameo.root == "18" and e.target and e.target.span.text == "soldats congolais" for e in events)


def test_an_appeal_resisted_was_addressed_to_the_one_resisting(coder):
    text = "Le gouvernement serbe a refusé de reconnaître le Kosovo, malgré les appels répétés de Washington."
    assert ("USA", "02", "SRB") in dyads(code(coder, text, "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A party's phrase hung on the name of the actor: it belongs to the noun of the act.
        ("L'attaque du Hezbollah contre Israël a fait trois morts.", ("LBN", "19", "ISR")),
        # ... or on the nationality adjective of the noun of the act.
        ("L'offensive israélienne contre le Hamas a repris.", ("ISR", "19", "PSE")),
        # A bare noun phrase after the noun of a verbal idiom is the verb's object.
        ("Paris a mis en garde Téhéran contre toute escalade.", ("FRA", "13", "IRN")),
        ("Les forces russes ont pris d'assaut Avdiïvka.", ("RUS", "19", "UKR")),
        # An agent "par …" read as a conjunct of the noun's complement is the noun's agent.
        ("Le pilonnage de Kharkiv par l'artillerie russe a duré des semaines.", ("RUS", "19", "UKR")),
        # The subject hung on the auxiliary "a" tagged a verb belongs to the participle.
        ("La Cour pénale internationale a enquêté sur le Venezuela.", ("ICC", "09", "VEN")),
    ],
)
def test_french_attachments_mended(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A present form that is also a noun ("réclame", "invite", "rencontre") is the verb's.
        ("Téhéran réclame la libération de deux ressortissants iraniens détenus par la France.", ("IRN", "10", "FRA")),
        ("Le chancelier allemand rencontre le président polonais à Varsovie.", ("DEU", "04", "POL")),
        # A present form tagged a noun or an adjective, the sentence left with no verb.
        ("La Turquie critique la Suède pour son soutien aux militants kurdes.", ("TUR", "11", "SWE")),
        ("Le Premier ministre indien visite le Japon.", ("IND", "04", "JPN")),
    ],
)
def test_present_forms_read_as_nouns(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_infinitive_tagged_a_noun(coder):
    # "a confirmé enquêter sur …": the infinitive tagged a noun is the verb.
    found = dyads(code(coder, "L'OTAN a dit vendredi enquêter sur la Turquie.", "fr"))
    assert ("NATO", "09", "TUR") in found


@pytest.mark.parametrize(
    "text,pair",
    [
        # The second conjunct hung on the adjective of the first name.
        ("L'Arabie saoudite et le Qatar ont signé un accord de défense.", {"SAU", "QAT"}),
        # ... or on its "de" complement, the verb agreeing in the plural.
        ("La Corée du Sud et le Japon ont signé un accord de défense.", {"KOR", "JPN"}),
    ],
)
def test_coordinated_names_are_both_actors(coder, text, pair):
    events = code(coder, text, "fr")
    assert any(e.target and {e.source.actor.key, e.target.actor.key} == pair for e in events)


def test_opening_participle_is_a_clause_of_the_main_verb(coder):
    # "Réunis à Paris, les ministres … ont affiché": the main verb is the root, the participle
    # its clause (the parser makes the participle the root and the main clause a parataxis).
    doc = coder.pipelines.get("fr")("Réunis jeudi à Paris, les ministres du G7 ont affiché leur « unité » face à la Russie.")
    coder.grammars["fr"].repair(doc)
    participle, main = doc[0], next(t for t in doc if t.text == "affiché")
    assert main.dep_ == "ROOT" and participle.head.i == main.i and participle.dep_ == "advcl"


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Two coordinated names read as a root name with the verb as its conjunct.
        ("Joe Biden et Xi Jinping se sont rencontrés en Californie.", ("USA", "04", "CHN")),
        # … with the second name read as the verb's own subject.
        ("Tokyo et Séoul sont parvenus à un accord sur l'indemnisation des victimes.", ("JPN", "05", "KOR")),
        # Coordinated capitals read as an unlabelled dependent, or as a bare modifier, of the verb.
        ("Washington et Tokyo ont signé mardi un accord sur les minerais critiques.", ("USA", "05", "JPN")),
        ("New Delhi et Washington ont échangé des informations sur les menaces terroristes.", ("IND", "06", "USA")),
    ],
)
def test_coordinated_names_are_the_subject(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # The receiver of a verb of giving hung on the thing given, or on its last conjunct.
        ("La France a livré des canons Caesar supplémentaires à l'Ukraine.", ("FRA", "07", "UKR")),
        # In the near future, the same receiver of an intent (033).
        ("La France va livrer des canons Caesar supplémentaires à l'Ukraine.", ("FRA", "03", "UKR")),
        ("Les États-Unis ont livré des armes et des munitions à l'Ukraine.", ("USA", "07", "UKR")),
    ],
)
def test_receiver_of_a_verb_of_giving(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_a_bare_noun_after_a_stays_with_the_thing(coder):
    # "des canons à eau": what the thing is, not whom it is given to.
    nlp = coder.pipelines.get("fr")
    doc = nlp("La Turquie a livré des canons à eau.")
    coder.event_resources().grammars["fr"].repair(doc)
    eau = next(t for t in doc if t.lower_ == "eau")
    assert eau.head.lower_ == "canons"


def test_verb_of_being_somewhere_read_as_a_passive(coder):
    # "est arrivé": a verb that takes "être" is active; its subject visits.
    assert ("UKR", "04", "USA") in dyads(code(coder, "Le président ukrainien est arrivé à Washington.", "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "à l'encontre de", "à l'égard de": a locution read as a noun is a preposition of hostility.
        ("La CPI a émis un mandat d'arrêt à l'encontre du président russe.", ("ICC", "17", "RUS")),
        ("La Chine a durci ses menaces à l'égard de Taïwan.", ("CHN", "13", "TWN")),
        # "des sanctions" read as a noun modifier of the verb is its object.
        ("Les États-Unis ont réimposé des sanctions contre le Venezuela.", ("USA", "16", "VEN")),
    ],
)
def test_prepositions_and_objects_mended(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_gerund_read_as_an_oblique(coder):
    # "a répondu en expulsant …": the gerund's act is done by the verb's subject.
    found = codes(code(coder, "La Russie a répondu en expulsant dix diplomates polonais.", "fr"))
    assert ("RUS", "166", "POL") in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "Réunis à Bruxelles, …": a capitalised participle opening the sentence, tagged a proper
        # noun, is the participle of its verb: the meeting is coded.
        ("Réunis à Bruxelles, la France et l'Allemagne ont condamné la Russie.", ("FRA", "040", "DEU")),
        ("Réunies à Genève, les délégations russe et américaine ont discuté du désarmement.", ("RUS", "040", "USA")),
    ],
)
def test_opening_participle_read_as_name(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_opening_name_is_not_a_participle(coder):
    # "Mali, Niger et …": a name ending like a participle but followed by a comma stays a name.
    found = codes(code(coder, "Mali, Niger et Burkina Faso ont signé un accord.", "fr"))
    assert ("MLI", "057", "NER") in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A past participle in -é after its auxiliary, tagged a noun or an adjective (grammar/fr_forms.py).
        ("Le Premier ministre indien a téléphoné lundi au président ukrainien.", ("IND", "041", "UKR")),
        ("L'Algérie a gelé ses relations avec l'Espagne.", ("DZA", "161", "ESP")),
        # A gerund tagged a noun: the verb of its ending, done by the subject of the verb it hangs on.
        ("Le Canada a réagi en sanctionnant l'Iran.", ("CAN", "163", "IRN")),
        # A participle clause after a comma, tagged a noun: the verb, an adjunct of the sentence's verb.
        ("L'armée russe a poursuivi son offensive, bombardant la ville ukrainienne de Zaporijjia.", ("RUS", "195", "UKR")),
        # The third person plural read as an adverb in -ment or an adjective after a plural subject.
        ("Les États-Unis arment Taïwan.", ("USA", "072", "TWN")),
        ("Les talibans répriment les manifestantes à Kaboul.", ("AFG", "175", "AFG")),
    ],
)
def test_verb_forms_read_as_other_words(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_plural_present_needs_a_plural_subject(coder):
    # "-ent" after a singular subject is no third person plural: nothing is made a verb.
    assert not code(coder, "Le gouvernement français président la Chine.", "fr")


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A complement after a time noun hangs on the verb, not on the time noun.
        ("Les soldats israéliens ont ouvert jeudi le feu sur des Palestiniens.", ("ISR", "190", "PSE")),
        # The thing given after the receiver: its "des" is an article, not a preposition.
        ("Les Pays-Bas ont livré à l'Ukraine des chars Leopard.", ("NLD", "072", "UKR")),
    ],
)
def test_complements_moved_to_their_verb(coder, text, wanted):
    found = codes(code(coder, text, "fr")) | dyads(code(coder, text, "fr"))
    assert wanted in found
