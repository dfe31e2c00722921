"""Widgets made of several controls, usable outside the wizard: the company form, the card form,
the users' table and the payment-method list."""
