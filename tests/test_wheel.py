"""A regular wheel, installed in a fresh virtualenv, finds its ontology and shapes and runs `kg`."""

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from support import ROOT, SEED_RECORD


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A venv holding only the built wheel; its dependencies come from this interpreter's site-packages."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(work / "dist"), str(ROOT)],
        check=True, capture_output=True, timeout=600,
    )
    [wheel] = (work / "dist").glob("newsgraph-*.whl")
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    # dependencies only: the outer site-packages has no `kg` of its own (an editable install is a .pth there)
    Path(site, "outer-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([python, "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    return env_dir


def printed(installed: Path, code: str, cwd: Path) -> list[str]:
    """What CODE prints, run by the venv's Python away from the checkout, split into words."""
    python = installed / "bin" / "python"
    return subprocess.run([python, "-c", code], check=True, capture_output=True, text=True, cwd=cwd).stdout.split()


def test_wheel_carries_ontology_and_shapes(installed, tmp_path):
    found = printed(installed, "import kg, kg.resources as r; print(kg.__file__, r.ontology_path(), r.shapes_path())",
                    tmp_path)
    assert all(str(installed) in path for path in found), found
    assert all(Path(path).is_file() for path in found[1:])


def test_kg_from_the_wheel_ingests_and_validates(installed, tmp_path):
    kg = [installed / "bin" / "kg"]
    store = tmp_path / "store"
    ingest = subprocess.run([*kg, "ingest", "--store", str(store), str(SEED_RECORD)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    check = subprocess.run([*kg, "validate", "--store", str(store)], capture_output=True, text=True, cwd=tmp_path)
    assert check.returncode == 0 and "1 article(s) checked, 0 not conforming" in check.stderr


def test_wheel_carries_the_example_queries(installed, tmp_path):
    names = printed(installed, "import kg.resources as r; print(*sorted(p.name for p in r.queries_dir().glob('*.rq')))",
                    tmp_path)
    assert "who-claimed-pokrovsk-captured.rq" in names and len(names) >= 7
