"""The exercise: exit criteria computed from the front's counters."""

from collections import Counter

import pytest

from phase6_migrate.fastapi_app.exit_criteria import blockers, p95
from phase6_migrate.fastapi_app.front import create_front
from phase6_migrate.fastapi_app.metrics import RouteStats
from phase6_migrate.fastapi_app.switches import Switches
from phase6_migrate.tests.conftest import MESSAGE


def stats(ok: int, errors: int, milliseconds: list[int]) -> RouteStats:
    durations = [ms / 1000 for ms in milliseconds] * (
        (ok + errors) // len(milliseconds)
    )
    return RouteStats(Counter({"2xx": ok, "5xx": errors}), durations)


DJANGO = stats(ok=1990, errors=10, milliseconds=[20, 30, 40, 60])  # 0.5% errors


def test_p95_is_the_slow_end_of_the_distribution():
    assert p95(
        RouteStats(durations=[n / 1000 for n in range(1, 101)])
    ) == pytest.approx(0.09595)


def test_healthy_numbers_have_no_blockers():
    assert (
        blockers(stats(ok=1998, errors=2, milliseconds=[15, 25, 35, 55]), DJANGO) == []
    )


def test_too_little_traffic_blocks():
    assert blockers(stats(ok=40, errors=0, milliseconds=[10]), DJANGO) == [
        "only 40 requests served by FastAPI, 1000 needed"
    ]


def test_more_errors_or_a_slower_tail_block():
    assert blockers(
        stats(ok=1960, errors=40, milliseconds=[20, 30, 40, 90]), DJANGO
    ) == [
        "5xx rate 2.0% is above Django's 0.5%",
        "p95 90 ms is over 120% of Django's 60 ms",
    ]


def test_the_front_s_own_counters_feed_it(serve):
    front = create_front(Switches(endpoints={"read_message": "fastapi"}))
    client = serve(app=front)
    created = client.post("/api/messages/", json=MESSAGE).json()
    for _ in range(3):
        client.get(f"/api/messages/{created['id']}/")
    new = front.state.route_stats[("read_message", "fastapi")]
    assert blockers(new, DJANGO) == ["only 3 requests served by FastAPI, 1000 needed"]
