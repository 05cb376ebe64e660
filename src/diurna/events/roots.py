"""Classes of CAMEO roots that several event rules share (one definition each)."""

from __future__ import annotations

# The root of meetings and consultations (a visit, talks, a summit).
MEETING_ROOT = "04"
# The root of disapproval: criticism, accusations, complaints.
DISAPPROVAL_ROOT = "11"
# The code of criticism and condemnation (not accusation, whose object is only alleged).
CONDEMNATION_CODE = "111"

# Acts of force with a toll (assault, fight, unconventional mass violence): what a participle
# ("…, killing 80 people"), a relative clause ("l'attentat qui a tué …") or a passive ("killed in a
# drone strike") may tell the outcome of.
FORCE_OUTCOME_ROOTS = frozenset({"18", "19", "20"})
# Roots of acts done to someone in person: meeting "a cape from Lebanon" is no meeting with Lebanon.
PERSONAL_TARGET_ROOTS = frozenset({"04"})
# Roots of acts done to a place as much as to an actor (withdrawal, force, coercion, assault, fighting).
PLACE_TARGET_ROOTS = frozenset({"08", "15", "17", "18", "19", "20"})
# Roots of aid: aid sent to a place ("dropped food into Aceh", "convois d'aide vers Gaza") goes to its
# state's people, so the place stands for its country as a target (never for the location alone).
AID_PLACE_ROOTS = frozenset({"07"})
# The root of rejections (a veto, a refusal, ruling something out).
REJECT_ROOT = "12"
# Roots of requests and demands: the one asked may be the subject of the complement clause.
REQUEST_ROOTS = frozenset({"02", "10"})
# Roots of acts said or done about other acts (statements and claims, appeals, inquiries, demands,
# disapproval, rejection, threats): a place in the noun of the act they are about is that act's,
# not theirs ("claimed the attack in Kandahar", "condemned the arrest in Moscow").
ABOUT_ACTS_ROOTS = frozenset({"01", "02", "09", "10", "11", "12", "13"})
# Codes of acts that happen where they go: a visit and an intent to meet ("will travel to Tokyo
# for talks"), relief and troops delivered ("flew supplies to Port Vila"); not arms handed to a state.
DESTINATION_CODES = ("036", "042", "073", "074")
