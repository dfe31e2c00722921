""""Prepare demo..." and "Reset demo..." of the account window (demo mode).

The dialog asks for the prospect's company: name, country, currency, the demo's
language, the users (a number of generated names, or a CSV of name,email,role)
and the current plan; with `--prospects FILE` a list to pick one from fills it.
The checks are the domain's (core/prospect.py). Accepted, the demo ledger is set
aside and a new one seeded (ledger/demo_prepare.py); the session then reopens it
and the window shows the prospect's company, in the prospect's language.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wizard.core.company import CompanyProblem
from wizard.core.prospect import USERS_MAX, ProspectError, ProspectUser, check_prospect, make_prospect
from wizard.ui.kit.countries import show_country_names
from wizard.ui.kit.form_rows import FormRows
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.problems import company_problem_text, ledger_problem_text, user_problem_text
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.kit.translations import switch_session_language
from wizard.ui.kit.widgets import ValueComboBox, error_label, refill, show_error
from wizard.ui.shell.first_run import territory_currency

log = logging.getLogger("wizard.ui")

FIELDS = ("prospect", "company_name", "company_country", "currency", "language", "users", "plan")
DEFAULT_USERS = 12  # the template's size
DEFAULT_PLAN = ("sales", "starter")  # the template's plan


class PrepareDemoDialog(Retranslating, QDialog):
    def __init__(self, session, prospects=(), parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.prospects = tuple(prospects)
        self.user_list: tuple[ProspectUser, ...] | None = None  # read from a CSV; None: generated
        self.users_file: Path | None = None
        self.setObjectName("prepareDemoDialog")
        self.intro = QLabel(self, objectName="prepareDemoIntro", wordWrap=True)
        form = QWidget(self, objectName="prepareDemoForm")
        self.rows = FormRows(form)
        self.count = QSpinBox(objectName="prepareDemoUserCount")
        self.count.setRange(1, USERS_MAX)
        self.count.setValue(DEFAULT_USERS)
        self.csv_button = QPushButton(objectName="prepareDemoCsvButton")
        self.csv_button.clicked.connect(self._csv_clicked)
        self.users_note = QLabel(objectName="prepareDemoUsersNote")
        beside = QWidget()
        line = QHBoxLayout(beside)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.csv_button)
        line.addWidget(self.users_note, 1)
        for name in FIELDS:
            if name == "users":
                self.rows.add(name, self.count, beside)
            else:
                self.rows.add(name, QLineEdit() if name == "company_name" else ValueComboBox())
        self.inputs, self.labels = self.rows.inputs, self.rows.labels
        self.company: QLineEdit = self.inputs["company_name"]
        self.country: ValueComboBox = self.inputs["company_country"]
        self.currency: ValueComboBox = self.inputs["currency"]
        self.language: ValueComboBox = self.inputs["language"]
        self.plan: ValueComboBox = self.inputs["plan"]
        self.prospect_choice: ValueComboBox = self.inputs["prospect"]
        self.rows.labels["prospect"].setVisible(bool(self.prospects))
        self.prospect_choice.setVisible(bool(self.prospects))
        self.prospect_choice.activated.connect(lambda _i: self.pick_prospect(self.prospect_choice.currentIndex() - 1))
        self.country.valueChanged.connect(self._country_changed)
        self.currency.valueChanged.connect(lambda _c: self._fill_plans())
        self.error = error_label("prepareDemoProblem", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("prepareDemoButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(12)
        column.addWidget(self.intro)
        column.addWidget(form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self._named_in = None
        self.retranslate()
        account = session.account
        self.country.value = account.country if account is not None else "DE"
        self.currency.value = (account.currency if account is not None and account.currency else None) or \
            territory_currency(self.country.value, session.catalog.currencies) or session.catalog.currencies[0]
        self.language.value = session.language
        self.plan.value = ":".join(DEFAULT_PLAN)
        self.setMinimumWidth(560)

    # -- choices ------------------------------------------------------------

    def _country_changed(self, country: str) -> None:
        code = territory_currency(country, self.session.catalog.currencies) if country else None
        if code is not None:
            self.currency.value = code

    def _fill_plans(self) -> None:
        """Every tier sold in the chosen currency, "Sales Hub Starter"."""
        language, currency = self.session.language, self.currency.value
        items = [(f"{hub.name_in(language)} {tier.name_in(language)}", f"{hub.id}:{tier.id}")
                 for hub in self.session.catalog.hubs for tier in hub.tiers if currency in tier.prices]
        refill(self.plan, items, self.plan.value or ":".join(DEFAULT_PLAN))

    def pick_prospect(self, index: int) -> None:
        """Fill the form with the `index`-th prospect of --prospects (generated users)."""
        if not 0 <= index < len(self.prospects):
            return
        chosen = self.prospects[index]
        self.company.setText(chosen.company)
        self.country.value = chosen.country
        self.currency.value = chosen.currency
        self.language.value = chosen.language
        self.use_generated(len(chosen.users))
        self.plan.value = f"{chosen.hub}:{chosen.tier}"
        self._show_problems()

    def use_csv(self, path: str | Path) -> bool:
        """The users from the CSV at `path`; False (the reason shown) when it cannot be used."""
        from wizard.core.prospect import read_users_file

        try:
            self.user_list = read_users_file(path)
        except ProspectError as error:
            show_error(self.error, fill(self.tr("The users file cannot be used: %1."), str(error)))
            return False
        self.users_file = Path(path)
        show_error(self.error, "")
        self.retranslate()
        return True

    def use_generated(self, count: int) -> None:
        self.user_list, self.users_file = None, None
        self.count.setValue(count)
        self.retranslate()

    def _csv_clicked(self) -> None:
        if self.user_list is not None:
            self.use_generated(self.count.value())
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Users of the prospect"), "",
                                                    self.tr("CSV files (*.csv)"))
        if path:
            self.use_csv(path)

    # -- the prospect -------------------------------------------------------

    def prospect(self):
        """The Prospect the form describes (check it with problems())."""
        return make_prospect(self.company.text(), self.country.value, self.currency.value, self.language.value,
                             self.plan.value or "-", users=self.count.value(), user_list=self.user_list)

    def problems(self) -> dict[str, str]:
        try:
            found = check_prospect(self.prospect(), self.session.catalog)
        except ProspectError:
            return {"plan": self.tr("Choose the current plan from the list.")}
        return {_ROW.get(name, name): self._sentence(name, problem) for name, problem in found.items()}

    def _sentence(self, field: str, problem) -> str:
        if field == "company_country":
            return self.tr("Choose the country from the list.")
        if isinstance(problem, CompanyProblem):
            return company_problem_text(problem)
        if field == "currency":
            return self.tr("Choose the currency from the list.")
        if field == "plan":
            return self.tr("Choose the current plan from the list.")
        if field == "users":
            return self.tr("The first user must be an admin: it is you.")
        if field in ("user_name", "user_email"):
            return fill(self.tr("The first admin: %1"), user_problem_text(problem))
        return self.tr("Choose the language from the list.")

    def _show_problems(self) -> None:
        self.rows.show_problems(self.problems())

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.rows.touched.update(problems)
            self.rows.show_problems(problems)
            return
        super().accept()

    # -- texts --------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Prepare demo"))
        self.intro.setText(self.tr(
            "The demo account becomes the prospect's company: its name, users and current plan, with the demo"
            " card. The template comes back with \"Reset demo\"."))
        self.rows.set_label_texts({
            "prospect": self.tr("Prospect"),
            "company_name": self.tr("Company name"),
            "company_country": self.tr("Country"),
            "currency": self.tr("Currency"),
            "language": self.tr("Language"),
            "users": self.tr("Users"),
            "plan": self.tr("Current plan"),
        })
        from_csv = self.user_list is not None
        self.count.setEnabled(not from_csv)
        self.csv_button.setText(self.tr("Generate names") if from_csv else self.tr("Read from CSV…"))
        self.users_note.setText(
            fill(self.tr("%n user(s) from %1", "", len(self.user_list)), self.users_file.name)
            if from_csv else self.tr("names in several languages"))
        self.ok.setText(self.tr("Prepare demo"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self.session.language != self._named_in:
            self._named_in = self.session.language
            from wizard.core.money import currency_name

            show_country_names(self.country, self.session.language)
            refill(self.currency, ((f"{code} – {currency_name(code, self.session.language)}", code)
                                   for code in self.session.catalog.currencies), self.currency.value)
            refill(self.language, (("Deutsch", "de"), ("English", "en")), self.language.value)
            self._fill_plans()
        refill(self.prospect_choice, [(self.tr("Choose a prospect…"), "-")]
               + [(p.company, str(i)) for i, p in enumerate(self.prospects)], self.prospect_choice.value or "-")


# check_prospect names the first user's problems as the set-up form does; here they belong to "users".
_ROW = {"user_name": "users", "user_email": "users"}


# -- what the account window's menu does ----------------------------------------


def open_prepare_dialog(shell) -> PrepareDemoDialog:
    """The dialog, window-modal on `shell` (not blocking: tests fill it); accepted, the demo is prepared."""
    dialog = PrepareDemoDialog(shell.session, shell.prospects, shell)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: replace_demo(shell, dialog.prospect()))
    dialog.open()
    return dialog


def confirm_reset(parent) -> bool:
    """Asked before "Reset demo" (tests answer it with monkeypatch)."""
    def tr(source: str) -> str:
        return QCoreApplication.translate("PrepareDemoDialog", source)

    box = QMessageBox(QMessageBox.Icon.Question, tr("Reset demo"), tr(
        "Bring the template demo account back? The prospect's company and everything bought in this demo are"
        " set aside."), QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("resetDemoQuestion")
    reset = box.addButton(tr("Reset demo"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return box.clickedButton() is reset


def reset_with_confirmation(shell) -> bool:
    if not confirm_reset(shell):
        return False
    return replace_demo(shell, None)


def replace_demo(shell, prospect) -> bool:
    """A new demo ledger for `prospect` (None: the template), reopened by the session; the window shows it.

    False, with the sentence in a message box, when the ledger refused (nothing changed then).
    """
    from wizard.ledger import LedgerError
    from wizard.ledger.demo_prepare import prepare_demo, reset_demo

    session = shell.session
    try:
        if prospect is None:
            new = reset_demo(session.db)
        else:
            new = prepare_demo(session.db, prospect, catalog=session.catalog)
        new.close()
    except LedgerError as error:
        from wizard.ui.kit import messages

        log.warning("The demo could not be replaced: %s", error)
        messages.ask(shell, QMessageBox.Icon.Warning, QCoreApplication.translate("PrepareDemoDialog", "Prepare demo"), ledger_problem_text(error.problem),
                     str(error))
        session.drop_connection()
        return False
    # The file at the path is a new ledger: the session opens it as such and reads it from the start.
    session.close()
    session.ledger_id = None
    session.sign_in(None)
    session.load_account()
    if prospect is not None and prospect.language != session.language:
        switch_session_language(session, prospect.language)
    shell.refresh()
    shell.open_section("home")
    return True
