import argparse
import asyncio
import json
import math
import time
from dataclasses import dataclass, field

import httpx


# region percentile
def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: the smallest value with at least p% of values at or below it."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


# endregion percentile


@dataclass
class LoadResult:
    path: str
    concurrency: int
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    def summary(self) -> dict[str, float | int | str]:
        ms = [latency * 1000 for latency in self.latencies]
        return {
            "path": self.path,
            "concurrency": self.concurrency,
            "requests": len(self.latencies) + self.errors,
            "errors": self.errors,
            "p50_ms": round(percentile(ms, 50), 1),
            "p90_ms": round(percentile(ms, 90), 1),
            "p99_ms": round(percentile(ms, 99), 1),
        }


# region run_load
async def run_load(
    client: httpx.AsyncClient,
    path: str,
    *,
    concurrency: int,
    requests: int,
    warmup: int = 5,
) -> LoadResult:
    """Send `requests` GETs with `concurrency` in flight at once, after `warmup` unmeasured ones."""
    # warm caches, connections and lazy imports before measuring
    for _ in range(warmup):
        await client.get(path)
    result = LoadResult(path, concurrency)
    remaining = iter(range(requests))  # a bounded loop: it stops by itself

    async def worker() -> None:
        for _ in remaining:
            started = time.perf_counter()
            try:
                response = await client.get(path)
                ok = response.status_code < 500
            except httpx.HTTPError:
                ok = False
            if ok:
                result.latencies.append(time.perf_counter() - started)
            else:
                result.errors += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return result


# endregion run_load


# region main
async def measure_levels(
    base_url: str, path: str, levels: list[int], requests: int
) -> list[dict]:
    """One run per concurrency level, against a server that is already running."""
    # enough sockets for the top level
    limits = httpx.Limits(max_connections=max(levels))
    async with httpx.AsyncClient(
        base_url=base_url, limits=limits, timeout=30
    ) as client:
        return [
            (await run_load(client, path, concurrency=n, requests=requests)).summary()
            for n in levels
        ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Latency percentiles at several concurrency levels."
    )
    parser.add_argument(
        "base_url", help="for example http://127.0.0.1:8000 (loopback only)"
    )
    parser.add_argument("path", help="for example /io/awaits")
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 16, 64])
    parser.add_argument(
        "--requests", type=int, default=500, help="per level, after a warm-up"
    )
    args = parser.parse_args(argv)
    results = asyncio.run(
        measure_levels(args.base_url, args.path, args.levels, args.requests)
    )
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
# endregion main
