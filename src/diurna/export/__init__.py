"""Output formats for events: one module per format, each a writer over an event stream.

``WRITERS[name](stream)`` returns an object with ``write(record)`` and
``close()``; ``write`` takes an ``EventRecord``, the contract's JSON shape
(INTERFACE.md, built by ``event_record``), which every format is made from.
"""

from __future__ import annotations

from typing import Callable, TextIO

from .csv import CsvWriter
from .gdelt import GdeltWriter
from .jsonl import EventRecord, JsonlWriter, event_record
from .parquet import ParquetWriter
from .plover import PloverWriter
from .table import TableWriter

WRITERS: dict[str, Callable[[TextIO], object]] = {
    "jsonl": JsonlWriter,
    "table": TableWriter,
    "plover": PloverWriter,
    "csv": CsvWriter,
}

# `diurna export` adds the formats made for whole datasets; parquet writes bytes.
EXPORT_WRITERS: dict[str, Callable[..., object]] = {
    "jsonl": JsonlWriter,
    "plover": PloverWriter,
    "csv": CsvWriter,
    "gdelt": GdeltWriter,
    "parquet": ParquetWriter,
}
BINARY_FORMATS = frozenset({"parquet"})

__all__ = ["WRITERS", "EXPORT_WRITERS", "BINARY_FORMATS", "EventRecord", "event_record"]
