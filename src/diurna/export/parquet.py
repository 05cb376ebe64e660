"""Parquet through pyarrow: the CSV's flat columns with their types, written in row groups."""

from __future__ import annotations

from typing import BinaryIO

from .csv import COLUMNS, flat_record
from .jsonl import EventRecord

ROWS_PER_GROUP = 50_000
INTEGERS = {"sentence_index", "quad_class", "geonameid", "cluster_id", "num_mentions", "num_articles", "num_sources"}
FLOATS = {"goldstein", "lat", "lon", "confidence"}


def schema():
    import pyarrow as pa

    def kind(name: str):
        if name in INTEGERS:
            return pa.int64()
        if name in FLOATS:
            return pa.float64()
        if name == "negated":
            return pa.bool_()
        return pa.string()

    return pa.schema([(name, kind(name)) for name in COLUMNS])


class ParquetWriter:
    """Writes to a binary stream; rows are buffered and flushed a row group at a time."""

    binary = True

    def __init__(self, stream: BinaryIO) -> None:
        import pyarrow.parquet as pq

        self.schema = schema()
        self.writer = pq.ParquetWriter(stream, self.schema)
        self.rows: list[dict] = []

    def write(self, record: EventRecord) -> None:
        row = flat_record(record)
        if row["sentence_index"] is not None:
            row["sentence_index"] = int(row["sentence_index"])
        self.rows.append(row)
        if len(self.rows) >= ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
