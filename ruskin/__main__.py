"""``python -m ruskin`` works like the ``ruskin`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
