import asyncio
import threading


# region inflight
class InFlight:
    """Counts calls in progress, the most there ever were at once, and how many were cancelled."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # sync code enters from worker threads
        self.current = 0
        self.peak = 0
        self.cancelled = 0

    def __enter__(self) -> None:
        with self._lock:
            self.current += 1
            self.peak = max(self.peak, self.current)

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        # Like a finally block, this runs when the call returns, fails or is cancelled.
        with self._lock:
            self.current -= 1
            if exc_type is asyncio.CancelledError:
                self.cancelled += 1


# endregion inflight
