"""Password hashes in Django's format, so a FastAPI service can share Django's users.

hashlib stands in for pwdlib here (not installable in this project); the format and the
checks are exactly Django's PBKDF2PasswordHasher: pbkdf2_sha256$<iterations>$<salt>$<hash>.
"""

import base64
import hashlib
import hmac
import secrets

# region passwords
ALGORITHM = "pbkdf2_sha256"
# Django's default: 1_000_000 in 5.2, 1_200_000 in 6.0, 1_500_000 in 6.1. Use the value
# of the Django release you share users with, and raise it when you upgrade Django.
ITERATIONS = 1_500_000


def _pbkdf2(password: str, salt: str, iterations: int) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations)
    return base64.b64encode(digest).decode("ascii")


def hash_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_urlsafe(16)  # random per password; never contains "$"
    return f"{ALGORITHM}${iterations}${salt}${_pbkdf2(password, salt, iterations)}"


def verify_password(password: str, encoded: str) -> bool:
    algorithm, _, rest = encoded.partition("$")
    if algorithm != ALGORITHM:
        return False  # another hasher, or an unusable password ("!...")
    iterations, salt, expected = rest.split("$", 2)
    # Constant-time comparison: the time taken does not reveal how many characters
    # matched.
    return hmac.compare_digest(_pbkdf2(password, salt, int(iterations)), expected)


def needs_rehash(encoded: str) -> bool:
    """True for hashes made with fewer iterations than today's default (Django's must_update)."""
    algorithm, _, rest = encoded.partition("$")
    return algorithm != ALGORITHM or int(rest.split("$", 1)[0]) < ITERATIONS


# endregion passwords
