"""Entry point: `python main.py [--demo|--kiosk|--training] [--lang de|en]` or `python main.py ledger ...`."""
import sys

from wizard.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
