"""Behind a reverse proxy: who decides the scheme, the host and the client address."""

import pytest
from django.core.asgi import get_asgi_application
from django.test import override_settings
from httpx2 import AsyncClient

import django_site.settings as base
from deployment.django_project import production
from deployment.fastapi_app.main import app
from deployment.local_server import serve

FROM_PROXY = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "shop.example.com",
    "X-Forwarded-For": "203.0.113.7",
}

# Every setting production.py adds or changes on top of the shared base settings.
PRODUCTION = {
    name: value
    for name, value in vars(production).items()
    if name.isupper()
    and getattr(base, name, None) != value
    and name != "FORCE_SCRIPT_NAME"
}

pytestmark = pytest.mark.urls("deployment.django_app.urls")


# region django_proxy
def test_without_proxy_settings_django_ignores_forwarded_headers(client):
    response = client.get("/items/42/", headers=FROM_PROXY)
    assert response.json() == {
        "id": 42,
        "url": "http://testserver/items/42/",
        "secure": False,
        "client": "127.0.0.1",  # X-Forwarded-For is never read by Django itself
    }


@override_settings(**PRODUCTION)
def test_production_settings_trust_the_proxy(client):
    response = client.get("/items/42/", headers=FROM_PROXY)
    body = response.json()
    assert body["secure"] is True  # SECURE_PROXY_SSL_HEADER
    assert body["url"] == "https://shop.example.com/items/42/"  # USE_X_FORWARDED_HOST


# endregion django_proxy


@override_settings(**PRODUCTION)
def test_plain_http_is_redirected_to_https(client):
    response = client.get(
        "/items/42/", headers={"X-Forwarded-Host": "shop.example.com"}
    )
    assert response.status_code == 301
    assert response["Location"] == "https://shop.example.com/items/42/"


@override_settings(**{**PRODUCTION, "SECURE_PROXY_SSL_HEADER": None})
def test_redirect_without_the_proxy_header_setting_loops(client):
    # The proxy already speaks HTTPS to the browser, yet Django keeps redirecting to
    # HTTPS.
    response = client.get("/items/42/", headers=FROM_PROXY)
    assert response.status_code == 301
    assert response["Location"] == "https://shop.example.com/items/42/"


@override_settings(**PRODUCTION)
def test_probes_are_exempt_from_the_https_redirect(client):
    response = client.get("/healthz/", headers={"Host": "shop.example.com"})
    assert response.status_code == 200


@override_settings(**PRODUCTION)
def test_a_probe_using_the_pod_address_as_host_is_refused(client):
    # Kubernetes probes send the pod IP as Host; ALLOWED_HOSTS rejects it unless the
    # probe sets Host.
    response = client.get("/healthz/", headers={"Host": "10.1.2.3:8000"})
    assert response.status_code == 400


# region uvicorn_proxy
@pytest.mark.asyncio
async def test_uvicorn_trusts_forwarded_headers_from_loopback_by_default(monkeypatch):
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    async with serve(app) as base_url, AsyncClient(base_url=base_url) as client:
        body = (await client.get("/items/42", headers=FROM_PROXY)).json()
    # X-Forwarded-Proto applied by uvicorn, not by FastAPI
    assert body["secure"] is True
    assert body["client"] == "203.0.113.7"  # X-Forwarded-For applied too
    # Host, not X-Forwarded-Host
    assert body["url"] == f"https://{base_url.removeprefix('http://')}/items/42"


@pytest.mark.asyncio
async def test_uvicorn_ignores_forwarded_headers_from_an_untrusted_address():
    # As if the proxy were at 10.0.0.2: the connection from 127.0.0.1 is not trusted.
    async with (
        serve(app, forwarded_allow_ips="10.0.0.2") as base_url,
        AsyncClient(base_url=base_url) as client,
    ):
        body = (await client.get("/items/42", headers=FROM_PROXY)).json()
    assert (body["secure"], body["client"]) == (False, "127.0.0.1")


# endregion uvicorn_proxy


@pytest.mark.asyncio
async def test_no_proxy_headers_turns_the_rewriting_off():
    async with (
        serve(app, proxy_headers=False) as base_url,
        AsyncClient(base_url=base_url) as client,
    ):
        body = (await client.get("/items/42", headers=FROM_PROXY)).json()
    assert (body["secure"], body["client"]) == (False, "127.0.0.1")


@pytest.mark.asyncio
async def test_django_under_uvicorn_gets_the_scheme_from_the_server(monkeypatch):
    # No SECURE_PROXY_SSL_HEADER here: uvicorn already rewrote the ASGI scope's scheme
    # and client.
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    async with (
        serve(get_asgi_application(), lifespan="off") as base_url,
        AsyncClient(base_url=base_url) as client,
    ):
        body = (await client.get("/items/42/", headers=FROM_PROXY)).json()
    assert (body["secure"], body["client"]) == (True, "203.0.113.7")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("allowed", "client_seen"),
    [
        # the rightmost address the trusted proxy did not add itself
        ("127.0.0.1", "203.0.113.7"),
        # trust everyone: the leftmost entry, which the client wrote
        ("*", "198.51.100.66"),
    ],
)
async def test_which_x_forwarded_for_entry_uvicorn_believes(allowed, client_seen):
    # nginx's $proxy_add_x_forwarded_for appends the real peer to whatever the client
    # sent.
    spoofed = {"X-Forwarded-For": "198.51.100.66, 203.0.113.7"}
    async with (
        serve(app, forwarded_allow_ips=allowed) as base_url,
        AsyncClient(base_url=base_url) as client,
    ):
        body = (await client.get("/items/42", headers=spoofed)).json()
    assert body["client"] == client_seen
