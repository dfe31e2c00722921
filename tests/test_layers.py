"""The layers point one way (app > ui > ledger > core), core and ledger never import Qt,
and no page imports another (the import-linter contracts in pyproject.toml).

Each contract is also shown to bite: a copy of the package with one forbidden
import planted in a new module must break exactly that contract.
"""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")
CONTRACTS = (
    "Layers point one way: app > ui > ledger > core",
    "Inside the UI: the windows use components, components use the kit",
    "Core and ledger never import Qt",
    "No page imports another page",
)


def lint(folder: Path) -> str:
    result = subprocess.run([str(LINT), "--no-cache"], cwd=folder, capture_output=True, text=True)
    return result.stdout + result.stderr


def test_every_contract_holds():
    out = lint(ROOT)
    for name in CONTRACTS:
        assert f"{name} KEPT" in out, out


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        ("wizard/core/planted.py", "import PySide6.QtCore\n", "Core and ledger never import Qt"),
        ("wizard/ledger/planted.py", "import wizard.ui.session\n", "Layers point one way: app > ui > ledger > core"),
        ("wizard/ui/kit/planted.py", "import wizard.ui.upgrade.wizard\n",
         "Inside the UI: the windows use components, components use the kit"),
        ("wizard/ui/upgrade/pages/planted.py", "import wizard.ui.upgrade.pages.review\n", "No page imports another page"),
        ("wizard/ui/upgrade/planted.py", "import wizard.ui.kiosk.attract\n",
         "Inside the UI: the windows use components, components use the kit"),
        ("wizard/ui/training/planted.py", "import wizard.ui.upgrade.wizard\n",
         "Inside the UI: the windows use components, components use the kit"),
        ("wizard/ui/shell/planted.py", "import wizard.ui.presenter.jumps\n",
         "Inside the UI: the windows use components, components use the kit"),
    ],
    ids=["qt in core", "ledger uses ui", "kit uses a window", "page imports page", "wizard uses the kiosk",
         "training uses the wizard", "account window uses the presenter"],
)
def test_a_planted_violation_breaks_its_contract(tmp_path, module, source, contract):
    shutil.copytree(ROOT / "wizard", tmp_path / "wizard", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / module).write_text(source, encoding="utf-8")
    out = lint(tmp_path)
    assert f"{contract} BROKEN" in out, out
    assert sum(f"{name} KEPT" in out for name in CONTRACTS) == len(CONTRACTS) - 1, out
