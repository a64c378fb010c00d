import pytest
from fastapi import FastAPI, Response
from httpx2 import ASGITransport, AsyncClient

from phase5_benchmark.load import percentile, run_load


def test_percentile_uses_nearest_rank():
    values = [float(n) for n in range(1, 101)]
    assert [percentile(values, p) for p in (50, 90, 99, 100)] == [50, 90, 99, 100]
    assert percentile([7.0], 99) == 7.0
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0  # order of input does not matter
    with pytest.raises(ValueError):
        percentile([], 50)


@pytest.mark.asyncio
async def test_run_load_counts_requests_errors_and_warmup_separately():
    app = FastAPI()
    served = []

    @app.get("/flaky")
    async def flaky() -> Response:
        served.append(1)
        failing = len(served) % 5 == 0
        return Response(status_code=500 if failing else 200)

    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        result = await run_load(client, "/flaky", concurrency=4, requests=40, warmup=5)

    assert len(served) == 45  # warm-up requests reach the server but are not measured
    assert result.errors == 8  # served #10, #15, ... #45 were 500s
    summary = result.summary()
    assert (
        summary["requests"] == 40
        and summary["errors"] == 8
        and summary["concurrency"] == 4
    )
    assert 0 < summary["p50_ms"] <= summary["p90_ms"] <= summary["p99_ms"]
