"""The language switch with the whole wizard built: goal under 50 ms.

Builds the wizard on a demo ledger, walks to the review page of a seat-based
order (so the licenses list, the payment page and the order summary are all
filled), opens the legal viewer once, then times `switch_language` from the
call until every widget has retranslated and the screen is repainted.
Run: .venv/bin/python bench/language_switch.py [switches]
"""
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# First, as in the program: its guard against PySide6 6.12.0's leak of None.
import wizard.ui  # noqa: E402, F401

from PySide6.QtWidgets import QApplication  # noqa: E402

GOAL_MS = 50.0


def build(ledger: Path):
    from wizard.app import create_wizard

    wizard = create_wizard(ledger, language="en", mode="demo")  # the demo account in the empty ledger
    wizard.show()
    wizard.setField("hub", "sales")
    wizard.setField("tier", "professional")
    wizard.setField("currency", "EUR")
    for _ in range(6):
        if wizard.currentPage().objectName() == "licensesPage":
            wizard.setField("licensed_users", [u.id for u in wizard.session.users[:3]])
        if wizard.currentPage().objectName() == "reviewPage":
            break
        wizard.next()
    assert wizard.currentPage().objectName() == "reviewPage", wizard.currentPage().objectName()
    review = wizard.currentPage()
    review.open_document("terms")  # a dialog (a whole legal document) retranslated as well
    QApplication.processEvents()
    return wizard


def _quiet(mode, context, message) -> None:
    # The offscreen platform says "does not support propagateSizeHints" on every relayout.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_quiet)
    switches = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        os.environ["UPGRADE_WIZARD_DATA_DIR"] = data
        wizard = build(Path(data) / "ledger.sqlite3")
        widgets = 1 + len(wizard.findChildren(object))
        times = []
        for i in range(switches + 2):
            language = "de" if wizard.session.language == "en" else "en"
            started = time.perf_counter()
            wizard.switch_language(language)
            app.processEvents()  # layouts and the repaint of what changed
            elapsed = (time.perf_counter() - started) * 1000
            if i >= 2:  # the first two load each .qm from disk and warm Babel's locale data
                times.append(elapsed)
        assert wizard.session.language in ("de", "en")
        wizard.session.close()
    median, worst = statistics.median(times), max(times)
    print(f"language switch with {widgets} objects: median {median:.1f} ms, worst {worst:.1f} ms "
          f"over {len(times)} switches")
    print(f"goal: under {GOAL_MS:.0f} ms {'OK' if median < GOAL_MS else 'ABOVE GOAL'}")


if __name__ == "__main__":
    main()
