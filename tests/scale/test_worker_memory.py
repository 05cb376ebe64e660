"""The workers a run starts keep no profiler history: it grew each worker's memory for 17 minutes (issue 9)."""

from __future__ import annotations

import dask
from distributed import Client

from diurna.scale.runner import local_cluster


def test_local_workers_run_without_the_statistical_profiler():
    with local_cluster(1) as cluster, Client(cluster) as client:
        assert client.submit(sum, [1, 2], pure=False).result() == 3
        # An enabled profiler is two periodic callbacks, "profile" (sampling) and "profile-cycle" (history).
        profilers = client.run(lambda dask_worker: sorted(n for n in dask_worker.periodic_callbacks if n.startswith("profile")))
        assert list(profilers.values()) == [[]]
    assert dask.config.get("distributed.worker.profile.enabled")  # the client's own configuration is untouched
