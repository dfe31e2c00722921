"""The kiosk's own windows and layers: the attract screen, the idle watch and its countdown overlay, the
PIN dialog and the corner gesture that asks for it. Assembled by wizard.app (the navigator)."""
