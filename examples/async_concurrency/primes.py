import os


# region primes
def count_primes(limit: int) -> dict[str, int]:
    """Pure CPU work: no I/O to wait for, so nothing for an event loop to overlap."""
    count = sum(
        1 for n in range(2, limit) if all(n % d for d in range(2, int(n**0.5) + 1))
    )
    return {"limit": limit, "primes": count, "pid": os.getpid()}


# endregion primes
