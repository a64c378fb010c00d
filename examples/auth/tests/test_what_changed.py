"""Older spellings from tutorials that no longer hold. Each test fails if the page's claim stops being true."""

import sys
import warnings
from datetime import datetime

import django.contrib.auth.hashers as hashers
import jwt
import pytest
from django.contrib.auth.views import LogoutView
from django.test import RequestFactory

from auth.fastapi_app.tokens import create_token, get_token_settings

SECRET_KEY = get_token_settings().secret_key.get_secret_value()


def test_pyjwt_2_refuses_to_decode_without_an_algorithm_list():
    token = create_token("1", [])
    with pytest.raises(
        jwt.DecodeError, match='pass in a value for the "algorithms" argument'
    ):
        jwt.decode(token, SECRET_KEY)


def test_utcnow_is_naive_and_deprecated_from_python_3_12():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # no timezone attached: easy to mix up with local time
        assert datetime.utcnow().tzinfo is None
    deprecated = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert bool(deprecated) is (sys.version_info >= (3, 12))


def test_unsalted_and_sha1_hashers_were_removed_in_django_51():
    for name in (
        "UnsaltedMD5PasswordHasher",
        "UnsaltedSHA1PasswordHasher",
        "SHA1PasswordHasher",
    ):
        assert not hasattr(hashers, name)


def test_logout_view_refuses_get_since_django_50():
    response = LogoutView.as_view()(RequestFactory().get("/logout/"))
    assert response.status_code == 405


def test_pyjwt_210_rejects_a_non_string_subject():
    token = jwt.encode({"sub": 42}, SECRET_KEY, algorithm="HS256")
    with pytest.raises(
        jwt.exceptions.InvalidSubjectError, match="Subject must be a string"
    ):
        jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
