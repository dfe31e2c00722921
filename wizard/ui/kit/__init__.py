"""Reusable Qt pieces, shared by the wizard and the account window: page base, translations,
messages, problems, the legal viewer, small widgets."""
