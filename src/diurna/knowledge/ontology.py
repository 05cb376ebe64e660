"""CAMEO event codes, PLOVER types and the crosswalk between them (``data/cameo_codes.tsv``,
``data/plover.toml``, ``data/cameo_plover.tsv``)."""

from __future__ import annotations

import csv
import io
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Mapping

from ..errors import KnowledgeError
from ..records import CameoCoding, PloverCoding

# CAMEO's root of expressed intents (030–039).
INTENT_ROOT = "03"
# CAMEO's roots of appeals (020–028), demands (100–108), rejections (120–129) and threats (130–139).
APPEAL_ROOT = "02"
DEMAND_ROOT = "10"
REJECTION_ROOT = "12"
THREAT_ROOT = "13"


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad_class: int
    requires_recipient: bool
    score: float
    modes: tuple[str, ...]


def is_child_code(code: str, parent: str) -> bool:
    """Whether ``code`` is more specific than ``parent`` within its root: 072 under 070, 1053
    under 105 (a root-level code, the root followed by 0, has every code of its root below it)."""
    if code == parent or code[:2] != parent[:2]:
        return False
    return code.startswith(parent) or (len(parent) == 3 and parent.endswith("0"))


def _data(name: str) -> str:
    return resources.files("diurna.knowledge").joinpath(f"data/{name}").read_text("utf-8")


def _tsv(name: str) -> list[dict[str, str]]:
    lines = [line for line in _data(name).splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass(frozen=True, slots=True)
class Ontology:
    cameo: Mapping[str, CameoCoding]
    plover_types: Mapping[str, PloverType]
    plover_contexts: frozenset[str]
    crosswalk: Mapping[str, PloverCoding | None]
    intent_codes: Mapping[str, str]  # root (or three-digit code) of an intended act → its CAMEO 03x code
    asked_codes: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (act's root or code, 02, 10, 12 or 13) → the appeal, demand, rejection or threat of it
    undone_codes: Mapping[str, str] = field(default_factory=dict)  # act's root or code → the act that ends it ("" none)

    @classmethod
    def load(cls) -> "Ontology":
        cameo: dict[str, CameoCoding] = {}
        for row in _tsv("cameo_codes.tsv"):
            code = row["code"]
            if code in cameo:
                raise KnowledgeError(f"cameo_codes.tsv: duplicate code {code}")
            cameo[code] = CameoCoding(
                code=code,
                root=row["root"],
                name=row["name"],
                quad_class=int(row["quad_class"]),
                goldstein=float(row["goldstein"]) if row["goldstein"] else None,
            )
        raw = tomllib.loads(_data("plover.toml"))
        types = {
            t["name"]: PloverType(t["name"], int(t["quad_class"]), bool(t["requires_recipient"]), float(t["score"]), tuple(t["modes"]))
            for t in raw["type"]
        }
        contexts = frozenset(raw["contexts"])
        crosswalk: dict[str, PloverCoding | None] = {}
        for row in _tsv("cameo_plover.tsv"):
            code = row["cameo_code"]
            if code not in cameo:
                continue  # codes outside CAMEO 1.1b3 that the crosswalk file carries
            kind = row["plover_type"]
            if not kind:
                crosswalk[code] = None
                continue
            context = tuple(c.strip() for c in row["plover_context"].split(";") if c.strip())
            crosswalk[code] = PloverCoding(kind, row["plover_mode"] or None, context)
        intent = {row["root"]: row["intent_code"] for row in _tsv("cameo_intent.tsv")}
        asked: dict[tuple[str, str], str] = {}
        for row in _tsv("cameo_request.tsv"):
            for root, column in ((APPEAL_ROOT, "appeal"), (DEMAND_ROOT, "demand"), (REJECTION_ROOT, "rejection"), (THREAT_ROOT, "threat")):
                if not row[column]:
                    continue
                if row[column] not in cameo:
                    raise KnowledgeError(f"cameo_request.tsv: unknown code {row[column]!r}")
                asked[(row["act"], root)] = row[column]
        undone: dict[str, str] = {}
        for row in _tsv("cameo_undo.tsv"):
            if row["act"] not in cameo or (row["undone"] and row["undone"] not in cameo):
                raise KnowledgeError(f"cameo_undo.tsv: unknown code in {row!r}")
            if row["act"] in undone:
                raise KnowledgeError(f"cameo_undo.tsv: duplicate act {row['act']}")
            undone[row["act"]] = row["undone"]
        return cls(cameo, types, contexts, crosswalk, intent, asked, undone)

    def intent_code(self, code: str) -> str | None:
        """The CAMEO 03x code of an act that is only intended: by its three-digit code when
        cameo_intent.tsv has a row for it (045 mediate → 039), else by its root; None for the
        acts CAMEO has no intent code for."""
        if code[:2] == INTENT_ROOT:
            return code  # already an intent ("ready to accept a ceasefire": 0356, not the bare 030)
        return self.intent_codes.get(code[:3]) or self.intent_codes.get(code[:2])

    def asked_code(self, code: str, root: str) -> str | None:
        """The appeal (``root`` 02), demand (10), rejection (12) or threat (13) of an act of ``code``
        asked for, proposed or threatened: by the longest of its code, three-digit code and root that cameo_request.tsv
        has a cell for (087 de-escalate → 0256, 04 meet → 026, 0871 ceasefire rejected → 127);
        None for acts with no such code."""
        for prefix in (code[:4], code[:3], code[:2]):
            if (prefix, root) in self.asked_codes:
                return self.asked_codes[(prefix, root)]
        return None

    def undone_code(self, code: str) -> str | None:
        """The code of ending, lifting or breaking off an act of ``code`` (cessé toute relation
        → 161, lifted sanctions → 085, suspended humanitarian aid → 1623): by the longest of its
        code, three-digit code and root that cameo_undo.tsv has a row for; None when that row is
        empty or there is none."""
        for prefix in (code[:4], code[:3], code[:2]):
            if prefix in self.undone_codes:
                return self.undone_codes[prefix] or None
        return None

    def coding(self, code: str) -> CameoCoding:
        try:
            return self.cameo[code]
        except KeyError:
            raise KnowledgeError(f"unknown CAMEO code {code!r}") from None

    def plover_for(self, code: str) -> PloverCoding | None:
        """The PLOVER coding of a CAMEO code: its own row, else its 3-digit parent's, else its root's."""
        for candidate in (code, code[:3], code[:2]):
            if candidate in self.crosswalk:
                return self.crosswalk[candidate]
        return None
