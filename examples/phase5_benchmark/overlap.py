import threading


# region tracker
class OverlapTracker:
    """Counts how many requests are inside a handler at once, and the most there ever were."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # sync handlers run in worker threads
        self.current = 0
        self.peak = 0

    def __enter__(self) -> None:
        with self._lock:
            self.current += 1
            self.peak = max(self.peak, self.current)

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self.current -= 1


# endregion tracker
