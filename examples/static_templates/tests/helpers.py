from pathlib import Path
from types import ModuleType

# Debian's python3-django and python3-djangorestframework (which this machine may use)
# replace some vendored files with symlinks to other packages; collectstatic must skip
# those if absent.
PACKAGING_GAPS = ["jquery*.js", "rest_framework"]


def settings_of(module: ModuleType, static_root: Path) -> dict:
    """A settings fragment's upper-case names for override_settings, with STATIC_ROOT moved."""
    values = {
        name: value
        for name, value in vars(module).items()
        if name.isupper() and name != "BASE_DIR"
    }
    return {**values, "STATIC_ROOT": static_root}
