"""Business rules both frameworks use. Plain Python: it imports neither Django nor FastAPI."""

import math

WORDS_PER_MINUTE = 200


# region reading_minutes
def reading_minutes(text: str) -> int:
    """Minutes an average reader needs; the Django page and the FastAPI API both show it."""
    return max(1, math.ceil(len(text.split()) / WORDS_PER_MINUTE))


# endregion reading_minutes
