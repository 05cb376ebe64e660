"""Checking coded events against hand-written expectations (``examples/expected/*.toml``).

An expected event matches a coded one when the source's actor key (its
country, else its organization) is among the accepted sources, the target's
likewise (an empty list means no target), the CAMEO root is accepted, and the
location country and date agree where they are given.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from diurna.records import Event


def key(mention) -> str | None:
    return None if mention is None else mention.actor.key


def matches(expected: dict, event: Event) -> bool:
    if key(event.source) not in expected["source"]:
        return False
    targets = expected.get("target", [])
    if targets and key(event.target) not in targets:
        return False
    if not targets and event.target is not None:
        return False
    if event.cameo.root not in expected["root"]:
        return False
    if "location_country" in expected:
        if event.location is None or event.location.place is None or event.location.place.country not in expected["location_country"]:
            return False
    if "date" in expected and (event.date.date is None or event.date.date.isoformat() != expected["date"]):
        return False
    return True


def describe(event: Event) -> str:
    where = event.location.place.country if event.location and event.location.place else None
    return (
        f"{key(event.source)} -[{event.cameo.code}]-> {key(event.target)} at {where} on {event.date.date} "
        f"({event.trigger.text!r} in {event.sentence[:60]!r})"
    )


def check(expected_file: Path, events: tuple[Event, ...]) -> list[str]:
    """Problems found: missing events, forbidden ones, too many. Empty when all is well."""
    spec = tomllib.loads(expected_file.read_text("utf-8"))
    problems = []
    for wanted in spec.get("event", []):
        if not any(matches(wanted, e) for e in events):
            problems.append(f"missing: {wanted.get('why', wanted)} {wanted['source']}→{wanted.get('target')} {wanted['root']}")
    for forbidden in spec.get("forbidden", []):
        for event in events:
            if matches({**forbidden, "target": forbidden.get("target", [])}, event):
                problems.append(f"forbidden: {describe(event)}")
    if len(events) > spec["max_events"]:
        problems.append(f"{len(events)} events, more than {spec['max_events']}")
    if problems:
        problems.append("coded: " + "; ".join(describe(e) for e in events))
    return problems
