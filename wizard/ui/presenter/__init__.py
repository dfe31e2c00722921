"""The presenter's controls in demo mode: the step list (F9), the F-keys and the demo badge."""
