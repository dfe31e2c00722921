"""Widgets made of several controls, usable outside the wizard (card form, payment-method list, ...)."""
