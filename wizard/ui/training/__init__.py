"""Training: the window that hosts the account window or the wizard for an exercise, its coach, Show me and the result."""
