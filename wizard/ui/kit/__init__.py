"""Reusable Qt pieces, shared by the wizard and the account window: page base, translations and
the one placeholder style (placeholders.fill), retranslation on a language switch, the language
button, error labels and form rows (widgets, form_rows), price texts, messages, problems, the
legal viewer."""
