"""The account window around the wizard."""
