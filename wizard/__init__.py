"""Upgrade Wizard: an offline walk-through of a SaaS subscription upgrade."""
