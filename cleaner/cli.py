"""The command line: ``cleaner clean``."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .io import InputError, read_text, write_atomic
from .pipeline import Pipeline

TEXT_SUFFIXES = {".txt", ".text", ".md"}


def _files(paths: tuple[str, ...]):
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES:
                    yield p, f
        else:
            yield p.parent, p


@click.group()
@click.version_option(package_name="cleaner")
def main() -> None:
    """Clean and normalise scraped news text."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "out", type=click.Path(file_okay=False), help="Output directory.")
def clean(paths: tuple[str, ...], out: str | None) -> None:
    """Clean files and directories into OUTPUT."""
    pipeline = Pipeline.default()
    errors = 0
    for root, f in _files(paths):
        try:
            doc = pipeline.run(read_text(f))
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            errors += 1
            continue
        target = Path(out) / f.relative_to(root) if out else None
        if target is None:
            sys.stdout.write(doc.text)
        else:
            write_atomic(target, doc.text)
    sys.exit(2 if errors else 0)
