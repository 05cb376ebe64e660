"""Load on `diurna serve`: concurrent clients on loopback, reads mixed with `POST /code`.

The benchmark fills a fresh store from `examples/` (`diurna ingest`), starts
`diurna serve` on a free loopback port as a real process, waits until it
answers, then runs ``--clients`` concurrent clients for ``--seconds``. Each
client loops over a mix: event lists (acts and raw reports, with filters),
one act, one article with its spans, the three aggregations and, one request
in ``--code-every``, `POST /code` of a short paragraph (the coder is loaded
by a first request before timing starts). It reports requests, errors (any
non-2xx status or transport error), and p50 / p95 / p99 latency per kind, and
the ratio of each kind's p50 to the p50 of `GET /status`, the cheapest route,
measured in the same run.

    .venv/bin/python benchmarks/api_load.py [--clients 100] [--seconds 30]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DIURNA = [sys.executable, "-m", "diurna.cli"]
PARAGRAPH = {"text": "Les Alliés ont condamné l'invasion de l'Ukraine par la Russie et ont réaffirmé leur soutien à Kiev.",
             "date": "2022-03-24", "lang": "fr"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def client(http: httpx.AsyncClient, deadline: float, code_every: int, ids: list[int], articles: list[str],
                 latencies: dict[str, list[float]], errors: dict[str, list[str]], seed: int) -> None:
    rng = random.Random(seed)
    requests = [
        ("events", lambda: http.get("/events", params={"limit": 50})),
        ("events-filtered", lambda: http.get("/events", params={"actor": "NATO", "code": "1", "limit": 50})),
        ("mentions", lambda: http.get("/events", params={"mentions": "true", "text": "alliés", "limit": 50})),
        ("one-act", lambda: http.get(f"/events/{rng.choice(ids)}")),
        ("article", lambda: http.get(f"/articles/{rng.choice(articles)}")),
        ("timeline", lambda: http.get("/stats/timeline")),
        ("dyads", lambda: http.get("/stats/dyads")),
        ("places", lambda: http.get("/stats/places")),
        ("status", lambda: http.get("/status")),
    ]
    count = 0
    while time.perf_counter() < deadline:
        count += 1
        if count % code_every == 0:
            kind, send = "code", (lambda: http.post("/code", json=PARAGRAPH))
        else:
            kind, send = rng.choice(requests)
        started = time.perf_counter()
        try:
            response = await send()
            ok = 200 <= response.status_code < 300
            problem = None if ok else f"HTTP {response.status_code}: {response.text[:120]}"
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"
        latencies[kind].append((time.perf_counter() - started) * 1000)
        if problem:
            errors[kind].append(problem)


async def load(base: str, clients: int, seconds: float, code_every: int) -> dict:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120.0, limits=limits) as http:
        acts = (await http.get("/events", params={"limit": 200})).json()
        records = acts["events"] if isinstance(acts, dict) else acts
        ids = [r["cluster"]["id"] for r in records]
        articles = sorted({r["article_id"] for r in records})
        await http.post("/code", json=PARAGRAPH)  # loads the models before timing
        latencies: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, list[str]] = defaultdict(list)
        deadline = time.perf_counter() + seconds
        started = time.perf_counter()
        await asyncio.gather(*(client(http, deadline, code_every, ids, articles, latencies, errors, n) for n in range(clients)))
        elapsed = time.perf_counter() - started
    status_p50 = percentile(latencies["status"], 0.5)
    return {
        "requests": sum(len(v) for v in latencies.values()),
        "requests_per_s": round(sum(len(v) for v in latencies.values()) / elapsed, 1),
        "errors": sum(len(v) for v in errors.values()),
        "error_examples": {k: v[:3] for k, v in errors.items()},
        "latency_ms": {
            kind: {"n": len(values), "p50": round(percentile(values, 0.5), 1), "p95": round(percentile(values, 0.95), 1),
                   "p99": round(percentile(values, 0.99), 1), "p50_vs_status": round(percentile(values, 0.5) / status_p50, 2)}
            for kind, values in sorted(latencies.items())
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--code-every", type=int, default=20, help="one request in N is POST /code")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="diurna-api-load-") as folder:
        report = measure(args, Path(folder))
    print(json.dumps(report, indent=2, ensure_ascii=False))


def measure(args: argparse.Namespace, folder: Path) -> dict:
    db = folder / "store.db"
    subprocess.run([*DIURNA, "ingest", str(ROOT / "examples"), "--db", str(db)], check=True, capture_output=True)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DIURNA_TOKEN"}
    server = subprocess.Popen([*DIURNA, "serve", "--db", str(db), "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=open(folder / "server.log", "w"))
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(base + "/status", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        report = asyncio.run(load(base, args.clients, args.seconds, args.code_every))
    finally:
        server.terminate()
        server.wait(30)
    return {"date": time.strftime("%Y-%m-%d"), "clients": args.clients, "seconds": args.seconds,
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}", **report}


if __name__ == "__main__":
    main()
