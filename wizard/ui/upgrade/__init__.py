"""The upgrade wizard: the QWizard, its page ids and field names, and its pages."""
