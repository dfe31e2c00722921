import os

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder (fingerprint key, settings, default ledger)."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("UPGRADE_WIZARD_DATA_DIR", str(data))
    return data
