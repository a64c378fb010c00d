"""Exercise solution: do the numbers allow an endpoint to leave Django for good?"""

from statistics import quantiles

from phase6_migrate.fastapi_app.metrics import RouteStats


# region exit_criteria
def error_rate(stats: RouteStats) -> float:
    return stats.statuses["5xx"] / max(stats.statuses.total(), 1)


def p95(stats: RouteStats) -> float:
    # the last of 19 cut points is the 95th percentile
    return quantiles(stats.durations, n=20)[-1]


def blockers(
    new: RouteStats,
    old: RouteStats,
    *,
    min_requests: int = 1000,
    max_slowdown: float = 1.2,
) -> list[str]:
    """What stops FastAPI's numbers (new) from retiring DRF's (old). An empty list means go."""
    served = new.statuses.total()
    if served < min_requests:
        return [f"only {served} requests served by FastAPI, {min_requests} needed"]
    problems = []
    if error_rate(new) > error_rate(old):
        problems.append(
            f"5xx rate {error_rate(new):.1%} is above Django's {error_rate(old):.1%}"
        )
    if p95(new) > p95(old) * max_slowdown:
        new_ms, old_ms = p95(new) * 1000, p95(old) * 1000
        problems.append(
            f"p95 {new_ms:.0f} ms is over {max_slowdown:.0%} of Django's {old_ms:.0f} ms"
        )
    return problems


# endregion exit_criteria
