"""`python -m wizard.ledger summary|orders|export|verify|seed-demo [--ledger FILE]`."""
import sys

from wizard.ledger.cli import main

sys.exit(main())
