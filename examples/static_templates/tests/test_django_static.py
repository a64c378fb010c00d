import json
import re

import pytest
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from django.core.files.storage import storages
from django.core.management import call_command
from django.templatetags.static import static
from django.test import override_settings

from static_templates.django_app import static_settings
from static_templates.tests.helpers import PACKAGING_GAPS, settings_of


@pytest.fixture
def static_root(tmp_path):
    # The topic's settings (ManifestStaticFilesStorage included), STATIC_ROOT in a fresh
    # folder.
    with override_settings(**settings_of(static_settings, tmp_path / "collected")):
        yield tmp_path / "collected"


def manifest_paths(root) -> dict[str, str]:
    return json.loads((root / "staticfiles.json").read_text())["paths"]


# region manifest
@pytest.fixture
def collected(static_root):
    call_command(
        "collectstatic", interactive=False, verbosity=0, ignore_patterns=PACKAGING_GAPS
    )
    return static_root


def test_collectstatic_writes_a_hashed_copy_and_a_manifest(collected):
    assert isinstance(storages["staticfiles"], ManifestStaticFilesStorage)
    # {"css/site.css": "css/site.1b2c….css"}
    hashed = manifest_paths(collected)["css/site.css"]
    assert re.fullmatch(r"css/site\.[0-9a-f]{12}\.css", hashed)
    assert (collected / hashed).is_file()
    # the original name is kept as well
    assert (collected / "css" / "site.css").is_file()


def test_static_tag_resolves_to_the_hashed_name(collected):
    assert (
        static("css/site.css") == "/static/" + manifest_paths(collected)["css/site.css"]
    )


def test_css_url_references_are_rewritten_to_hashed_names(collected):
    paths = manifest_paths(collected)
    css = (collected / paths["css/site.css"]).read_text()
    assert f'url("../{paths["img/logo.svg"]}")' in css


# endregion manifest


def test_settings_point_at_the_shared_assets_folder():
    assert static_settings.STATIC_URL == "static/"
    assert static_settings.STATICFILES_DIRS[0].name == "assets"
    assert (static_settings.STATICFILES_DIRS[0] / "css" / "site.css").is_file()
    assert static_settings.STATIC_ROOT.name == "collected"


def test_collectstatic_gathers_project_and_app_files_into_static_root(collected):
    assert (collected / "css" / "site.css").is_file()  # from STATICFILES_DIRS
    # from django.contrib.admin's static/
    assert (collected / "admin" / "css" / "base.css").is_file()


def test_debug_mode_keeps_the_plain_name(collected):
    with override_settings(DEBUG=True):
        assert static("css/site.css") == "/static/css/site.css"


def test_a_name_missing_from_the_manifest_is_an_error(collected):
    with pytest.raises(
        ValueError, match="Missing staticfiles manifest entry for 'css/missing.css'"
    ):
        static("css/missing.css")


def test_without_collectstatic_there_is_no_manifest_and_no_url(static_root):
    with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
        static("css/site.css")
