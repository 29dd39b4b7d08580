"""`python -m auditor`."""

from auditor.cli import run

if __name__ == "__main__":
    run()
