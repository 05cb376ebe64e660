"""Scaling out: coding many articles on a Dask cluster (local processes or a remote scheduler).

``shards`` cuts the input into units of work; ``runner`` codes them on the
workers into partitioned Parquet and reads the results back in input order,
for printing (`diurna code --workers`) or for the store (`diurna ingest --workers`).
"""

from .runner import BatchRun, RunSummary, ShardOutcome, code_shard
from .shards import Shard, plan_shards, shard_articles

__all__ = ["BatchRun", "RunSummary", "Shard", "ShardOutcome", "code_shard", "plan_shards", "shard_articles"]
