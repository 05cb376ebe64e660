"""Output formats for events: one module per format, each a writer over an event stream.

``WRITERS[name](stream)`` returns an object with ``write(event)`` and
``close()``; ``event_record`` is the contract's JSON shape (INTERFACE.md),
which the other formats are built from.
"""

from __future__ import annotations

from typing import Callable, TextIO

from .csv import CsvWriter
from .jsonl import JsonlWriter, event_record
from .plover import PloverWriter
from .table import TableWriter

WRITERS: dict[str, Callable[[TextIO], object]] = {
    "jsonl": JsonlWriter,
    "table": TableWriter,
    "plover": PloverWriter,
    "csv": CsvWriter,
}

__all__ = ["WRITERS", "event_record"]
