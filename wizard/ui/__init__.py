"""The Qt side: the wizard, its pages and their widgets."""
