"""The contact-sales branch: a short form that records a sales lead, and its own confirmation."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
)

from wizard.ui.kit.page import Page
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.widgets import error_label, show_error
from wizard.ui.kit.problems import ledger_problem_text

# "Looks like an address" only: one @, a dot in the domain, no spaces. The sales team checks the rest.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def email_looks_valid(text: str) -> bool:
    return bool(_EMAIL.fullmatch(text.strip()))


class ContactSalesPage(Page):
    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("contactSalesPage")
        self.setCommitPage(True)
        self.problem = None  # why the last attempt to record the lead failed (a LedgerProblem), or None
        self._touched: set[str] = set()  # fields left once: only then is a problem shown
        self.product = QLabel(self, objectName="leadProduct", wordWrap=True)
        self.name = QLineEdit(self, objectName="leadName")
        self.email = QLineEdit(self, objectName="leadEmail")
        self.phone = QLineEdit(self, objectName="leadPhone")
        self.message = QPlainTextEdit(self, objectName="leadMessage")
        self.message.setTabChangesFocus(True)  # Tab moves on instead of typing a tab: keyboard flow
        self.message.setFixedHeight(110)
        self.name_problem = error_label("leadNameProblem", self)
        self.email_problem = error_label("leadEmailProblem", self)
        self.error = error_label("leadError", self)
        self.labels = {key: QLabel(self) for key in ("name", "email", "phone", "message")}
        for key, widget in (("name", self.name), ("email", self.email), ("phone", self.phone), ("message", self.message)):
            self.labels[key].setBuddy(widget)
        form = QFormLayout()
        form.addRow(self.labels["name"], self.name)
        form.addRow("", self.name_problem)
        form.addRow(self.labels["email"], self.email)
        form.addRow("", self.email_problem)
        form.addRow(self.labels["phone"], self.phone)
        form.addRow(self.labels["message"], self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.product)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.registerField("lead_name", self.name)
        self.registerField("lead_email", self.email)
        self.registerField("lead_phone", self.phone)
        self.registerField("lead_message", self.message, "plainText", self.message.textChanged)
        for key, edit in (("name", self.name), ("email", self.email)):
            edit.textChanged.connect(self._on_changed)
            edit.editingFinished.connect(lambda k=key: self._leave(k))
        self.retranslate()

    # -- page life -------------------------------------------------------

    def initializePage(self) -> None:
        you = next((u for u in self.session.users if u.is_you), None)
        if you is not None:
            if not self.name.text():
                self.name.setText(you.name)
            if not self.email.text():
                self.email.setText(you.email)
        self.problem = None
        self._update_texts()
        self.name.setFocus()

    keeps_entries_on_back = True  # Back keeps what was typed

    def forget(self) -> None:
        super().forget()
        self._touched.clear()
        self.problem = None

    def entries_complete(self) -> bool:
        return bool(self.name.text().strip()) and email_looks_valid(self.email.text())

    def validatePage(self) -> bool:
        from wizard.ledger import Lead, record_lead
        from wizard.ui.kit.ledger_write import attempt

        wizard = self.wizard()
        session = self.session
        lead = Lead(
            account_id=session.account_id or None,
            hub=wizard.field("hub"),
            tier=wizard.field("tier"),
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            message=self.message.toPlainText().strip(),
            language=session.language,
            mode=session.mode.order_mark,
            desk=session.desk,
        )

        def write(cancelled) -> None:
            wizard.lead_id = record_lead(session.db, lead, cancelled=cancelled)

        self.problem = attempt(session, write, "Send request", wizard)
        self._update_texts()
        return self.problem is None

    # -- reactions -------------------------------------------------------

    def _leave(self, key: str) -> None:
        self._touched.add(key)
        self._update_texts()

    def _on_changed(self) -> None:
        self._update_texts()
        self.completeChanged.emit()

    # -- texts -----------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Contact sales"),
            self.tr("This edition is sold by our sales team. Leave your details and we will get in touch."),
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Send request"))
        for key, label, name in (
            ("name", self.tr("&Name:"), self.tr("Name")),
            ("email", self.tr("&Email:"), self.tr("Email")),
            ("phone", self.tr("&Phone (optional):"), self.tr("Phone")),
            ("message", self.tr("&Message (optional):"), self.tr("Message")),
        ):
            self.labels[key].setText(label)
            getattr(self, key).setAccessibleName(name)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.message.setPlaceholderText(self.tr("What would you like to talk about?"))
        self._update_texts()

    def _update_texts(self) -> None:
        order = self.current_order()
        if order is not None:
            hub, tier = order.hub, order.tier
            self.product.setText(
                fill(self.tr("You are asking about %1 %2."), hub.name_in(self.language), tier.name_in(self.language))
            )
        name_bad = "name" in self._touched and not self.name.text().strip()
        show_error(self.name_problem, self.tr("Please enter your name.") if name_bad else "")
        email_bad = "email" in self._touched and not email_looks_valid(self.email.text())
        if not self.email.text().strip():
            email_text = self.tr("Please enter your email address.")
        else:
            email_text = self.tr("This does not look like an email address, e.g. name@example.com.")
        show_error(self.email_problem, email_text if email_bad else "")
        failed = self.problem is not None
        show_error(
            self.error,
            self.tr("Your request could not be saved, so it was not sent.") + " " + ledger_problem_text(self.problem)
            if failed
            else "",
        )


class LeadSentPage(Page):
    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.setObjectName("leadSentPage")
        self.setFinalPage(True)
        self.thanks = QLabel(self, objectName="leadThanks", wordWrap=True)
        self.again = QPushButton(self, objectName="startOverButton")
        self.again.clicked.connect(lambda: self.wizard().start_over())
        row = QHBoxLayout()
        row.addWidget(self.again)
        row.addStretch(1)  # a button as wide as its words, not the page
        layout = QVBoxLayout(self)
        layout.addWidget(self.thanks)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        self._update_texts()
        self.again.setFocus()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Request sent"), self.tr("Your request is on its way to our sales team."))
        self.again.setText(self.tr("&Start another upgrade"))
        self.again.setAccessibleName(self.tr("Start another upgrade"))
        self._update_texts()

    def _update_texts(self) -> None:
        order = self.current_order()
        if order is None:
            self.thanks.setText(self.tr("Thank you — our sales team will contact you within one business day."))
            return
        hub, tier = order.hub, order.tier
        self.thanks.setText(
            fill(
                self.tr("Thank you — our sales team will contact you within one business day about %1 %2."),
                hub.name_in(self.language),
                tier.name_in(self.language),
            )
        )
