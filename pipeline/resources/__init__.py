"""Data files (lexicons, patterns) read by the pipeline components."""
from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    """Path of a packaged data file."""
    return Path(str(files(__name__).joinpath(name)))


def read_tsv(path: str | Path) -> list[list[str]]:
    """Rows of a tab-separated file, skipping blank lines and ``#`` comments."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows
