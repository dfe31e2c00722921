"""A training window on a session that has read its account (no start-up, no navigator: both use it).

`create_training` (training.py) builds the training session first; the
presenter's Show me (navigator.py) builds one beside the demo's.
"""
from __future__ import annotations


def training_window(session, exercise, *, way="try", trainee="", pace=2.0):
    """A TrainingWindow for the Exercise `exercise` in `way` on `session` (its account read)."""
    from wizard.ui.shell.window import AccountShell
    from wizard.ui.training.window import TrainingWindow
    from wizard.ui.upgrade.fields import PageId
    from wizard.ui.upgrade.wizard import UpgradeWizard

    def make_wizard():
        wizard = UpgradeWizard(session)
        wizard.refresh()
        return wizard

    def make_shell(open_upgrade):
        def opened(_shell, *, hub=None, tier=None, users=None):
            return open_upgrade(hub=hub, tier=tier, users=users)

        shell = AccountShell(session, opened)
        shell.refresh()
        return shell

    return TrainingWindow(session, exercise, way=way, trainee=trainee, make_wizard=make_wizard,
                          make_shell=make_shell, page_names={p.value: p.name.lower() for p in PageId}, pace=pace)
