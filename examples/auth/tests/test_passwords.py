"""Django and the FastAPI service read and write the same password hashes."""

import django
import pytest
from django.conf import settings
from django.contrib.auth.hashers import (
    check_password,
    get_hasher,
    identify_hasher,
    make_password,
)

from auth.fastapi_app.passwords import (
    ITERATIONS,
    hash_password,
    needs_rehash,
    verify_password,
)


# region django-hash
def test_django_hashes_with_salted_pbkdf2_by_default():
    assert (
        settings.PASSWORD_HASHERS[0]
        == "django.contrib.auth.hashers.PBKDF2PasswordHasher"
    )
    encoded = make_password("correct horse")
    algorithm, iterations, salt, digest = encoded.split("$")
    defaults = {(5, 2): 1_000_000, (6, 0): 1_200_000, (6, 1): 1_500_000}
    default = defaults[django.VERSION[:2]]
    assert (algorithm, int(iterations)) == ("pbkdf2_sha256", default)
    assert make_password("correct horse") != encoded  # a new random salt each time
    assert check_password("correct horse", encoded)
    assert not check_password("wrong horse", encoded)


# endregion django-hash


def test_fastapi_verifies_a_hash_made_by_django():
    encoded = make_password("correct horse")
    assert verify_password("correct horse", encoded)
    assert not verify_password("wrong horse", encoded)


def test_django_verifies_a_hash_made_by_fastapi():
    encoded = hash_password("correct horse")
    assert identify_hasher(encoded).algorithm == "pbkdf2_sha256"
    assert check_password("correct horse", encoded)
    assert not check_password("wrong horse", encoded)


@pytest.mark.django_version(">=6.1")
def test_both_sides_use_the_same_default_cost():
    assert get_hasher("default").iterations == ITERATIONS == 1_500_000
    assert not get_hasher("default").must_update(hash_password("pw"))


@pytest.mark.django_version("<6.0")
def test_with_different_costs_each_side_rewrites_the_other_sides_hashes():
    # Django 5.2 hashes with 1,000,000 iterations; ITERATIONS is Django 6.1's 1,500,000.
    assert get_hasher("default").iterations == 1_000_000 < ITERATIONS
    # Django's must_update() wants its own count exactly, so at the next Django login it
    # re-hashes a FastAPI hash down to 1,000,000; FastAPI's needs_rehash() wants more.
    assert get_hasher("default").must_update(hash_password("pw"))
    assert needs_rehash(make_password("pw"))


def test_each_hash_gets_its_own_salt():
    first, second = hash_password("same", 1_000), hash_password("same", 1_000)
    assert first != second
    assert verify_password("same", first) and verify_password("same", second)


def test_unusable_and_foreign_hashes_never_verify():
    # Django's "!<random>" unusable password
    assert not verify_password("", make_password(None))
    assert not verify_password("pw", "md5$salt$0123456789abcdef")


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        ("pbkdf2_sha256$1000$salt$hash", True),
        ("md5$salt$hash", True),
        ("!unusable", True),
        (f"pbkdf2_sha256${ITERATIONS}$salt$hash", False),
    ],
)
def test_old_or_foreign_hashes_need_a_rehash(encoded, expected):
    assert needs_rehash(encoded) is expected
