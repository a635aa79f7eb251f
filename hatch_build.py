"""Hatch build hook: fetch the explorer's browser libraries with `npm ci` and put them into the package.

The libraries are never committed: `package-lock.json` pins them, this hook installs them into
`node_modules/` and copies their browser builds into `server/explorer/static/vendor/` (git-ignored),
which the wheel then carries through `force_include`.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

VENDOR = Path("server") / "explorer" / "static" / "vendor"
# file in node_modules -> name in the vendor folder
ASSETS = {
    "cytoscape/dist/cytoscape.min.js": "cytoscape.min.js",
    "cytoscape/LICENSE": "cytoscape.LICENSE",
    "layout-base/layout-base.js": "layout-base.js",
    "layout-base/LICENSE": "layout-base.LICENSE",
    "cose-base/cose-base.js": "cose-base.js",
    "cose-base/LICENSE": "cose-base.LICENSE",
    "cytoscape-fcose/cytoscape-fcose.js": "cytoscape-fcose.js",
    "cytoscape-fcose/LICENSE": "cytoscape-fcose.LICENSE",
}


class ExplorerAssetsHook(BuildHookInterface):
    """Runs for wheels (regular and editable); the sdist ships package.json and the lockfile instead."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        vendor = root / VENDOR
        if _needs_npm(root):
            _npm_ci(root)
        vendor.mkdir(parents=True, exist_ok=True)
        for source, name in ASSETS.items():
            shutil.copyfile(root / "node_modules" / source, vendor / name)
        if version != "editable":
            build_data["force_include"][str(vendor)] = VENDOR.as_posix()


def _needs_npm(root: Path) -> bool:
    """Whether node_modules is missing a file we copy or is older than the lockfile."""
    installed = root / "node_modules" / ".package-lock.json"
    if not installed.is_file() or any(not (root / "node_modules" / s).is_file() for s in ASSETS):
        return True
    return installed.stat().st_mtime < (root / "package-lock.json").stat().st_mtime


def _npm_ci(root: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("building newsgraph needs npm (Node.js) to fetch the explorer's libraries: install it")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=root, check=True)
