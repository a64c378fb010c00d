"""Pattern 3: two services behind nginx. The routing rule is tested as data, against both services."""

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import get_resolver
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from hybrid.fastapi_app.main import create_public_api
from hybrid.routing import ROUTES, service_for, slash_redirect

HYBRID_DIR = Path(__file__).resolve().parent.parent
NGINX_CONF = (HYBRID_DIR / "proxy" / "nginx.conf").read_text(encoding="utf-8")
GUIDE = (
    HYBRID_DIR.parent.parent
    / "src"
    / "content"
    / "docs"
    / "guides"
    / "hybrid-architecture.mdx"
)


# region config_matches
def nginx_locations(config: str) -> dict[str, str]:
    """`location /prefix/ { proxy_pass http://upstream; ... }` as {prefix: upstream}."""
    return dict(
        re.findall(r"location\s+(\S+)\s*\{[^}]*?proxy_pass\s+http://(\w+);", config)
    )


def test_the_nginx_config_routes_exactly_like_routes():
    assert nginx_locations(NGINX_CONF) == ROUTES


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/api/articles/", "fastapi"),
        ("/api/docs", "fastapi"),
        ("/admin/", "django"),
        # a prefix is matched on characters, so the slash in "/api/" matters
        ("/apis/", "django"),
        # by prefix; but see slash_redirect(): nginx redirects it first
        ("/api", "django"),
    ],
)
def test_the_longest_matching_prefix_wins(path, service):
    assert service_for(path) == service


def test_the_bare_prefix_is_redirected_by_the_proxy_itself():
    assert slash_redirect("/api") == "/api/"
    # deeper paths are the service's business
    assert slash_redirect("/api/articles") is None


# endregion config_matches


# region every_route
def test_every_fastapi_route_sits_under_a_prefix_the_proxy_sends_to_fastapi():
    app = create_public_api("sqlite+aiosqlite://")
    paths = [route.path for route in iter_route_contexts(app.routes)]
    # the docs too, or nginx sends them to Django
    assert "/api/openapi.json" in paths and "/api/docs" in paths
    assert {path: service_for(path) for path in paths} == {
        path: "fastapi" for path in paths
    }


def test_no_django_url_sits_under_a_prefix_the_proxy_sends_to_fastapi(hybrid_urls):
    prefixes = [
        "/" + str(pattern.pattern).split("<")[0]
        for pattern in get_resolver().url_patterns
    ]
    assert prefixes == ["/admin/", "/articles/"]
    assert all(service_for(prefix) == "django" for prefix in prefixes)


# endregion every_route


# region both_answer
@pytest.mark.parametrize("path", ["/api/articles/", "/api/docs", "/admin/login/"])
def test_the_chosen_service_answers_and_the_other_does_not(
    path, database_url, hybrid_urls, editor
):
    with TestClient(create_public_api(database_url)) as fastapi_service:
        answers = {
            "fastapi": fastapi_service.get(path).status_code,
            "django": Client().get(path).status_code,
        }
    chosen = service_for(path)
    other = "django" if chosen == "fastapi" else "fastapi"
    assert (answers[chosen], answers[other]) == (200, 404)


# endregion both_answer


def test_the_guide_shows_this_config_word_for_word():
    block = re.search(
        r"```nginx\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.DOTALL
    )
    assert block is not None and block.group(1) == NGINX_CONF
