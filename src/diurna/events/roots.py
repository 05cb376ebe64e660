"""Classes of CAMEO roots that several event rules share (one definition each)."""

from __future__ import annotations

# Acts of force with a toll (assault, fight, unconventional mass violence): what a participle
# ("…, killing 80 people"), a relative clause ("l'attentat qui a tué …") or a passive ("killed in a
# drone strike") may tell the outcome of.
FORCE_OUTCOME_ROOTS = frozenset({"18", "19", "20"})
