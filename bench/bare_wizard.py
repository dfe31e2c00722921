"""The reference for bench/startup.py: a QWizard with seven empty pages and nothing else."""
import sys

from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

app = QApplication.instance() or QApplication(sys.argv)
wizard = QWizard()
for number in range(7):
    page = QWizardPage()
    page.setTitle(f"Page {number + 1}")
    wizard.addPage(page)
wizard.show()
sys.exit(app.exec())
