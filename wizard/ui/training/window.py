"""The training window: the account window or the wizard of an exercise, with the coach (try, show) or none (test).

Ways (core.exercises.WAYS):
- "try": the coach follows the current step; the wizard's Next (and Complete
  purchase) stays disabled until the step is done as the exercise asks (the
  `training_gate` the wizard's pages consult, kit/page.py); a wrong choice is
  explained in place; "Hint" is counted.
- "test": no coach and no hints; "Finish test" or the end of the task grades it.
- "show": the program does the steps itself, one every `pace` seconds, the
  step's control outlined with a caption; it stops before anything is written.

Errors per field (core.grading.ErrorTally) count a wrong value once the trainee commits to it: goes on
with it (Next, the step's action, the end) or leaves the control after changing it (leaving.LeavingWatch);
never a default not touched yet, nor a value still being entered (a card number typed key by key, users
ticked one by one). The coach says a wrong choice at once all the same.

At the end of "try" and "test": `result()` is {"criteria": [Graded.as_dict(), ...],
"score": 0..100} (None before), the result view "trainingResult" replaces the
window, and the attempt is stored (ledger.training.record_attempt).
"""
from __future__ import annotations

import dataclasses
import json
import time
from datetime import datetime, timezone
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QHBoxLayout, QLineEdit, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from wizard.core.grading import ErrorTally, grade, step_done, wrong_fields
from wizard.ui.kit.placeholders import fill
from wizard.ui.kit.retranslating import Retranslating
from wizard.ui.training import driver
from wizard.ui.training.coach_panel import CoachPanel
from wizard.ui.training.leaving import LeavingWatch
from wizard.ui.training.outline import Outline
from wizard.ui.training.result_view import ResultView
from wizard.ui.training.show_caption import ShowMeCaption
from wizard.ui.training.words import Words

END_PAGES = ("confirmation", "lead_sent")
# Show me presses these account-window controls at the start of the next step (they open something).
PRESS_TARGETS = ("replaceCardButton", "usersActionsButton")


class TrainingWindow(Retranslating, QWidget):
    finished = Signal()  # graded (try, test) or walked to its end (show)

    def __init__(self, session, exercise, *, way: str = "try", trainee: str = "", make_wizard, make_shell,
                 page_names: dict[int, str], pace: float = 2.0, parent=None) -> None:
        """`make_wizard()`: a ready wizard on `session`; `make_shell(open_upgrade)`: the account window, asking
        `open_upgrade(hub=, tier=, users=)` for the wizard; `page_names`: wizard page id -> PageId name, lower case."""
        super().__init__(parent)
        self.setObjectName("trainingWindow")
        self.session, self.exercise, self.way, self.trainee = session, exercise, way, trainee.strip()
        self._make_wizard, self.page_names, self.pace = make_wizard, page_names, pace
        self.shell = self.wizard = None
        self.result_view = None
        self._result = None
        self.index = 0
        self.started_at = datetime.now(timezone.utc)
        self._t0 = self._mark = time.monotonic()
        self.step_stats = [{"step": s.id, "ms": 0, "hints": 0, "errors": 0} for s in exercise.steps]
        self.tally = ErrorTally(len(exercise.steps))  # a wrong value counts once committed to, not while made
        self.field_errors = self.tally.per_field
        self._gate_state = None
        self._follow_due = False
        self._wrong: dict = {}
        # Each step as it is checked: an account-window step also expects the state its control leads to
        # (driver.shell_expect: the card dialog open, the card's details complete), so that several steps on
        # one section follow each other as the wizard's pages do.
        self._checked = tuple(dataclasses.replace(s, expect=driver.shell_expect(s)) for s in exercise.steps)
        self._used: set[str] = set()  # the account-window controls the trainee used (a card chosen in its list)
        self._use_watched: set[str] = set()
        self.words = Words(session, self)
        self._first_event = self._last_event_id()

        self.stack = QStackedWidget(objectName="trainingHost")
        self.coach = None
        if way != "test":
            self.coach = CoachPanel(exercise, session)
            self.coach.hintShown.connect(self._hint_shown)
            if way == "show":
                self.coach.hint_button.hide()
        self.finish_button = QPushButton(objectName="finishTestButton")
        self.finish_button.clicked.connect(self.finish)
        self.finish_button.setVisible(way == "test")
        self.pause_button = QPushButton(objectName="showPauseButton")
        self.step_button = QPushButton(objectName="showStepButton")
        self.restart_button = QPushButton(objectName="showRestartButton")
        controls = QHBoxLayout()
        controls.addStretch(1)
        for button in (self.pause_button, self.step_button, self.restart_button):
            button.setVisible(way == "show")
            controls.addWidget(button)
        controls.addWidget(self.finish_button)
        left = QVBoxLayout()
        left.addLayout(controls)
        left.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        if self.coach is not None:
            layout.addWidget(self.coach)

        if exercise.start == "wizard":
            self._host_wizard(make_wizard())
        else:
            self.shell = make_shell(self.open_wizard)
            self.shell.setWindowFlags(Qt.WindowType.Widget)
            self.stack.addWidget(self.shell)
            if exercise.sign_in_as:
                user = next((u for u in session.users if u.email.split("@")[0] == exercise.sign_in_as), None)
                if user is not None:
                    self.shell.sign_in_as(user.id)
            self.shell.open_section(exercise.start)
            self._watch_shell(self.shell)
        self.outline = Outline(self)
        self.show_caption = ShowMeCaption(self, self.outline, lambda: self.stack.geometry())
        self.caption = self.show_caption.label
        self.resize(1320, 760)

        self.show_timer = QTimer(self)
        self.show_timer.timeout.connect(self.show_step)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.step_button.clicked.connect(self.show_step)
        self.restart_button.clicked.connect(self.restart_show)
        self.show_index = 0
        self.show_done = False
        self._pending_press = None
        self._follow()
        if way == "show":
            self.show_timer.start(int(pace * 1000))
        else:
            self.leaving = LeavingWatch(self)  # the trainee leaving a control they went to commits its entry
            self.leaving.left.connect(self._entry_left)
        self.retranslate()

    # -- hosting -------------------------------------------------------------

    def _host_wizard(self, wizard) -> None:
        self.wizard = wizard
        wizard.setWindowFlags(Qt.WindowType.Widget)
        wizard.setWindowModality(Qt.WindowModality.NonModal)
        if self.way == "try":
            wizard.training_gate = self._gate
        self.stack.addWidget(wizard)
        self.stack.setCurrentWidget(wizard)
        # What the trainee does reaches the window through the wizard's own signals (no polling): a new
        # page, a field the order is priced from, a page whose completeness changed (payment, terms).
        wizard.currentIdChanged.connect(lambda _id: self._follow())
        wizard.orderChanged.connect(self.follow_soon)
        for page_id in wizard.pageIds():
            wizard.page(page_id).completeChanged.connect(self.follow_soon)
        if hasattr(wizard, "pageAdded"):
            wizard.pageAdded.connect(lambda page_id: wizard.page(page_id).completeChanged.connect(self.follow_soon))

    def _watch_shell(self, shell) -> None:
        """The account window's changes (a section shown, the account written) bring the coach up to date."""
        changed = getattr(shell, "accountChanged", None)  # any section's write, sections built later too
        if changed is not None:
            changed.connect(self.follow_soon)
        navigation = shell.findChild(QWidget, "shellNavigation")
        if navigation is not None and hasattr(navigation, "currentRowChanged"):
            navigation.currentRowChanged.connect(self.follow_soon)
        if self.way != "show":  # a dialog opened or closed (Replace card…) moves the focus
            QApplication.instance().focusChanged.connect(self._shell_focus_moved)

    def _shell_focus_moved(self, *_args) -> None:
        if self.wizard is None and self._result is None:
            self.follow_soon()

    def _watch_use(self, step) -> None:
        """The trainee using the step's control (a row of a list clicked or chosen, a button pressed) is the
        step done when what it leads to shows in no field (choosing the card to replace)."""
        name = step.target
        if name in self._use_watched or self.shell is None:
            return
        control = self.shell.findChild(QWidget, name)
        if control is None:
            return
        self._use_watched.add(name)
        used = partial(self._control_used, name)
        if isinstance(control, QAbstractItemView):
            control.pressed.connect(used)
            control.activated.connect(used)
            if control.selectionModel() is not None:
                control.selectionModel().currentChanged.connect(used)
        elif isinstance(control, QAbstractButton):
            control.clicked.connect(used)

    def _control_used(self, name: str, *_signal_args) -> None:
        step = self.step()
        if step is not None and step.target == name and self.wizard is None:
            self._used.add(name)
            self.follow_soon()

    def _watch_dialog_entries(self) -> None:
        """Typing in the card dialog's fields, ticking its box: a look again (the details may be complete)."""
        dialog = driver.card_dialog(self.shell) if self.shell is not None else None
        if dialog is None or dialog.property("trainingWatched"):
            return
        dialog.setProperty("trainingWatched", True)
        for edit in dialog.findChildren(QLineEdit):
            edit.textChanged.connect(self.follow_soon)
        for box in dialog.findChildren(QAbstractButton):
            if box.isCheckable():
                box.toggled.connect(self.follow_soon)

    def follow_soon(self, *_args) -> None:
        """`_follow()` once the current event is handled (many signals of one change make one look)."""
        if not self._follow_due:
            self._follow_due = True
            QTimer.singleShot(0, self, self._follow_now)  # with `self` as context: dropped once it is gone

    def _follow_now(self) -> None:
        self._follow_due = False
        self._follow()

    def open_wizard(self, hub=None, tier=None, users=None):
        """The account window asks for the wizard: it takes the window's place here."""
        wizard = self._make_wizard()
        for name, value, given in (("hub", hub, bool(hub)), ("tier", tier, bool(hub and tier)),
                                   ("licensed_users", list(users or ()), users is not None)):
            if given:
                wizard.setField(name, value)
        self._host_wizard(wizard)
        self._follow()
        return wizard

    # -- where the trainee is ------------------------------------------------

    def page(self) -> str:
        if self.wizard is not None:
            return self.page_names.get(self.wizard.currentId(), "")
        if self.shell is not None:
            return "shell:" + self.shell.current_section()
        return ""

    def fields(self) -> dict[str, object]:
        fields: dict[str, object] = {}
        if self.shell is not None:
            fields.update(driver.shell_fields(self.shell))
        if self.wizard is not None:
            fields.update(driver.wizard_fields(self.wizard))
        return fields

    def step(self):
        return self.exercise.steps[self.index] if self.exercise.steps else None

    def _index_for(self, page: str) -> int | None:
        """The step the trainee is at on `page`: the current one, else the next on that page, else the first.

        In the account window, several steps on one section follow each other: on from the current one as
        soon as it is done (`_reached`), as the wizard goes on from a page with Next."""
        steps = self.exercise.steps
        if self.step() is not None and self.step().page == page:
            index = self.index
            if page.startswith("shell:"):
                fields = self.fields()
                while index + 1 < len(steps) and steps[index + 1].page == page and self._reached(index, fields):
                    index += 1
            return index
        ahead = [j for j in range(self.index, len(steps)) if steps[j].page == page]
        behind = [j for j in range(len(steps)) if steps[j].page == page]
        target = ahead[0] if ahead else (behind[0] if behind else None)
        if target is None and page in END_PAGES:
            target = len(steps) - 1
        return target

    def _reached(self, index: int, fields: dict[str, object]) -> bool:
        """An account-window step is done: what it expects shows, and a step whose control leads to nothing
        a field shows (choosing a card in the list) has had its control used."""
        step = self._checked[index]
        if not step_done(step, fields):
            return False
        state_shown = set(step.expect) - {"section"}
        return bool(state_shown) or step.target in self._used

    def _move_to(self, page: str) -> None:
        target = self._index_for(page)
        if target is not None and target != self.index:
            if target > self.index:
                self._count_errors(went_on=True)  # on from the step with what it shows: committed to
            self._clock()
            self.index = target

    def _clock(self) -> None:
        now = time.monotonic()
        if self.step_stats:
            self.step_stats[self.index]["ms"] += int((now - self._mark) * 1000)
        self._mark = now

    def _follow(self) -> None:
        """What the trainee did since the last look: the step, a wrong choice, the gate, the end."""
        if self._result is not None or self.way == "show":
            if self.coach is not None and self.step() is not None:
                self.coach.show_step(self.index, self.step())
            return
        self._move_to(self.page())
        step = self.step()
        if step is None:
            return
        checked = self._checked[self.index]
        if self.wizard is None and step.page.startswith("shell:"):
            self._watch_use(step)
            self._watch_dialog_entries()
        fields = self.fields()
        self.tally.begin(self.index, checked, fields)  # once per step: what it shows as the trainee finds it
        self._wrong = wrong_fields(checked, fields)  # said at once (Let me try); counted only once committed to
        if self.coach is not None:
            self.coach.show_step(self.index, step)
            self._say_wrong()
        if self.wizard is not None and self.way == "try":
            page = self.wizard.currentPage()
            allowed = self._gate(page)
            if (page, allowed) != self._gate_state:
                self._gate_state = (page, allowed)
                page.completeChanged.emit()
        if self.page() in END_PAGES or self._ended_in_account_window():
            self.finish()

    def _entry_left(self) -> None:
        self._count_errors(went_on=False)

    def _count_errors(self, *, went_on: bool) -> None:
        """The step's wrong fields the trainee committed to (core.grading.ErrorTally): going on counts all of
        them, leaving a control those the trainee changed."""
        step = self.step()
        if step is None or self._result is not None:
            return
        count = self.tally.went_on if went_on else self.tally.left
        if count(self.index, self._checked[self.index], self.fields()):
            self.step_stats[self.index]["errors"] = self.tally.per_step[self.index]

    def _say_wrong(self) -> None:
        fields = self.fields()
        hub = fields.get("hub") or self.exercise.criteria.get("hub")
        self.coach.say(" ".join(
            fill(self.tr("You chose %1; this exercise asks for %2."), self.words.value(name, given, hub=hub),
                 self.words.value(name, expected, hub=self.exercise.criteria.get("hub") or hub))
            for name, (expected, given) in self._wrong.items()))

    def _gate(self, page) -> bool:
        """"Let me try": may the wizard go on from `page`? Only once its step is done as the exercise asks.

        QWizard asks (through the page's isComplete) as soon as it shows a new page, before it tells
        anyone the page changed: so the step is the one for the page asked about, not the one the coach
        showed last (which would let Next through on the new page for a moment)."""
        if self.wizard is None or page is not self.wizard.currentPage():
            return True
        index = self._index_for(self.page_names.get(self.wizard.currentId(), ""))
        if index is None:
            return True
        return step_done(self.exercise.steps[index], self.fields())

    def _hint_shown(self) -> None:
        if self.step_stats:
            self.step_stats[self.index]["hints"] += 1

    # -- the ledger ------------------------------------------------------------

    def _last_event_id(self) -> int:
        row = self.session.db.execute("SELECT max(id) FROM events").fetchone()
        return (row[0] or 0) if row else 0

    def _new_events(self) -> list[tuple[str, dict]]:
        rows = self.session.db.execute("SELECT kind, detail FROM events WHERE id > ? ORDER BY id",
                                       [self._first_event]).fetchall()
        return [(kind, json.loads(detail) if detail else {}) for kind, detail in rows]

    def _ended_in_account_window(self) -> bool:
        outcome = self.exercise.criteria.get("outcome")
        if outcome not in ("access_request", "access_granted", "card_replaced"):
            return False
        return any(kind == outcome for kind, _ in self._new_events())

    def done(self) -> dict[str, object]:
        """What the trainee did, in the exercise's words (the keys of core.exercises.CRITERIA)."""
        done: dict[str, object] = {}
        wizard = self.wizard
        if wizard is not None:
            fields = driver.wizard_fields(wizard)
            for name in ("hub", "tier", "currency", "interval", "licensed_users"):
                done[name] = fields[name] or None
            done["payment"] = fields["payment_method"] or None
            done["card_shared"] = fields["share_card"]
            order = wizard.purchased_order
            if order is not None:
                selection = order.selection
                done.update(outcome="order", hub=selection.hub, tier=selection.tier, currency=selection.currency,
                            interval=selection.interval,
                            licensed_users=driver.user_names(self.session, selection.licensed_user_ids),
                            payment="new" if order.pays_with_new_card else "saved", card_shared=selection.share_card)
                charges = getattr(order, "charges", None)
                done["credit"] = bool(getattr(charges, "credit_minor", 0) or getattr(order.quote, "credit_minor", 0))
            elif wizard.lead_id is not None:
                done["outcome"] = "lead"
        events = self._new_events()
        done["declined_first"] = any(kind == "payment_declined" for kind, _ in events)
        for kind, detail in events:
            if kind in ("access_request", "access_granted") and "outcome" not in done:
                done["outcome"] = kind
                done["hub"] = detail.get("hub", done.get("hub"))
            elif kind == "card_replaced" and "outcome" not in done:
                done.update(outcome="card_replaced", card_shared=bool(detail.get("shared")))
        return done

    # -- the end ---------------------------------------------------------------

    def result(self) -> dict | None:
        """{"criteria": [{"criterion", "met", "expected", "done"}, ...], "score": 0..100}; None before the end."""
        return self._result

    def finish(self) -> dict | None:
        """Grade what was done, show the result view, store the attempt (not for "show"). Once."""
        if self._result is not None or self.way == "show":
            return self._result
        self._count_errors(went_on=True)  # "Finish test" or the end: what the step shows is what was done
        self._clock()
        graded, score = grade(self.exercise, self.done())
        self._result = {"criteria": [g.as_dict() for g in graded], "score": score}
        self.result_view = ResultView(graded, score, self.step_stats, self.field_errors, words=self.words,
                                      exercise=self.exercise)
        self.stack.addWidget(self.result_view)
        self.stack.setCurrentWidget(self.result_view)
        self.finish_button.hide()
        if self.coach is not None:
            self.coach.hide()
        self.attempt_id = self._store(score)
        self.finished.emit()
        return self._result

    def _store(self, score: int) -> str | None:
        from wizard.ledger import LedgerError
        from wizard.ledger.training import record_attempt

        try:
            return record_attempt(
                self.session.db, trainee=self.trainee or "anonymous", exercise=self.exercise.id, way=self.way,
                score=score, started_at=self.started_at, duration_ms=int((time.monotonic() - self._t0) * 1000),
                steps=self.step_stats, hints=sum(s["hints"] for s in self.step_stats),
                errors=sum(s["errors"] for s in self.step_stats), result=self._result["criteria"],
                desk=self.session.desk, language=self.session.language)
        except LedgerError:
            return None

    # -- Show me -----------------------------------------------------------------

    def show_step(self) -> None:
        """One step of the walk: reach its page, outline its control, caption it, do it (never the final write).

        A step whose control opens something (Replace card…, Users & Teams' Actions) is pressed at the start
        of the next step, so the outline and caption are seen on it first."""
        steps = self.exercise.steps
        if self.show_done or self.show_index >= len(steps):
            self._end_show()
            return
        if self._pending_press is not None and self.shell is not None:
            driver.apply_shell(self.shell, self._pending_press)
        self._pending_press = None
        step = steps[self.show_index]
        self._reach(step)
        self.index = self.show_index
        if self.coach is not None:
            self.coach.show_step(self.index, step)
        target = self._show_target(step.target)
        self.outline.around(target)
        text = step.text("title", self.session.language)
        last = self.show_index == len(steps) - 1
        if last:
            text += "\n\n" + self._final_caption(step)
        self.show_caption.show(text, target)
        if step.page.startswith("shell:"):
            if self.shell is not None and self.wizard is None:
                if step.target in PRESS_TARGETS and not last:
                    self._pending_press = step
                else:
                    driver.apply_shell(self.shell, step)
        elif self.wizard is not None and step.page in self.page_names.values():
            card = driver.DECLINED_CARD if step.id.endswith("_declined") else None
            driver.apply_fields(self.wizard, step.expect, card=card)
        self.show_index += 1
        if self.show_index >= len(steps):
            self.show_done = True
            self.show_timer.stop()
            self.finished.emit()

    def _show_target(self, name: str) -> QWidget | None:
        """The control called `name`: in the wizard or the account window, else in a dialog of theirs."""
        root = self.wizard if self.wizard is not None else self.shell
        target = driver.find_target(root, name) or driver.find_target(self, name)
        if target is None:
            for dialog in QApplication.topLevelWidgets():
                if dialog is not self and dialog.isVisible():
                    target = driver.find_target(dialog, name)
                    if target is not None:
                        break
        return target

    def _reach(self, step) -> None:
        if step.page.startswith("shell:"):
            if self.shell is not None and self.wizard is None:
                section = step.expect.get("section") or step.page.split(":", 1)[1]
                if isinstance(section, str) and section != self.shell.current_section():
                    self.shell.open_section(section)
            return
        if self.wizard is None and self.shell is not None:
            expect = step.expect
            users = expect.get("licensed_users")
            following = [s for s in self.exercise.steps if s.expect.get("licensed_users")]
            if users is None and following and any(s.page.startswith("shell:users") for s in self.exercise.steps):
                users = following[0].expect["licensed_users"]
            self.open_wizard(hub=expect.get("hub"), tier=expect.get("tier"),
                             users=driver.user_ids(self.session, users) if users else None)
        if self.wizard is not None:
            driver.go_to_page(self.wizard, self.page_names, step.page)

    def _final_caption(self, step) -> str:
        if step.page == "review":
            return self.tr("In a real purchase you would now click Complete purchase.")
        if step.page == "contact_sales":
            return self.tr("In a real request you would now click Send.")
        return self.tr("To finish the task you would now click the outlined control.")

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self.show_caption.window_moved()

    def _end_show(self) -> None:
        self.show_timer.stop()

    def toggle_pause(self) -> None:
        if self.show_timer.isActive():
            self.show_timer.stop()
        elif not self.show_done:
            self.show_timer.start(int(self.pace * 1000))
        self.retranslate()

    def restart_show(self) -> None:
        """From the first step again, on a fresh window (nothing was written)."""
        self._put_overlay_on(self)
        billing = getattr(self.shell, "sections", {}).get("billing") if self.shell is not None else None
        if getattr(billing, "card_dialog", None) is not None:
            billing.card_dialog.reject()
        if self.wizard is not None and self.shell is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.setParent(None)
            self.wizard = None
            self.stack.setCurrentWidget(self.shell)
        elif self.wizard is not None:
            self.wizard.restart()
        if self.shell is not None and self.exercise.start != "wizard":
            self.shell.open_section(self.exercise.start)
        self.show_index, self.index, self.show_done, self._pending_press = 0, 0, False, None
        self.outline.hide()
        self.show_caption.hide()
        self.show_timer.start(int(self.pace * 1000))
        self.retranslate()

    def _put_overlay_on(self, host: QWidget) -> None:
        for widget in (self.outline, self.caption):
            if widget.parentWidget() is not host:
                widget.setParent(host)

    # -- texts -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Training: %1"), self.exercise.text("title", self.session.language)))
        self.finish_button.setText(self.tr("Finish test"))
        self.pause_button.setText(self.tr("Pause") if self.show_timer.isActive() else self.tr("Continue"))
        self.step_button.setText(self.tr("Step"))
        self.restart_button.setText(self.tr("Restart"))
        if self.coach is not None and self._wrong:
            self._say_wrong()  # the feedback in place, in the new language
