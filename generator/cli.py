"""Command line: `python -m generator generate | extract`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import __version__
from generator.errors import SpecError, display_path
from generator.pipeline import Target, discover_targets, render_target
from generator.write import apply, plan


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate a Python client and docs from OpenAPI descriptions.",
    )
    parser.add_argument("--version", action="version", version=f"specgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    generate = commands.add_parser(
        "generate",
        help="regenerate every target under specs/ (or one spec) into generated/",
        description="With no arguments, regenerate every target specs/<name>/ into generated/<name>/.",
    )
    generate.add_argument("--spec", type=Path, help="an OpenAPI document (YAML or JSON)")
    generate.add_argument("--out", type=Path, help="output folder for --spec")
    generate.add_argument("--config", type=Path, help="target config for --spec (optional)")
    generate.add_argument(
        "--check", action="store_true", help="write nothing; list files that would change, exit 1 if any"
    )
    generate.add_argument("--root", type=Path, default=Path("."), help="project folder holding specs/ and generated/")

    extract = commands.add_parser(
        "extract", help="cut the operations under path prefixes, with what they use, out of a spec"
    )
    extract.add_argument("spec", type=Path)
    extract.add_argument("--prefix", action="append", required=True, help="path prefix, e.g. /customers/")
    extract.add_argument("--out", type=Path, required=True, help="YAML file to write")
    extract.add_argument("--provenance", default="", help="comment lines for the top of the file")
    return parser


def _targets(args: argparse.Namespace) -> list[Target]:
    if args.spec or args.out or args.config:
        if not (args.spec and args.out):
            raise SystemExit("error: --spec and --out go together")
        return [Target(args.spec.stem, args.spec, args.config, args.out, display_path(args.out))]
    specs = args.root / "specs"
    targets = discover_targets(specs, args.root / "generated")
    if not targets:
        raise SystemExit(f"error: no targets: {display_path(specs)} has no <name>/config.yaml")
    return targets


def _generate(args: argparse.Namespace) -> int:
    targets = _targets(args)
    # Render everything before writing anything: bad input anywhere leaves generated/ untouched.
    plans = [(target, plan(target.out_dir, render_target(target.spec, target.config))) for target in targets]
    stale = False
    for target, found in plans:
        out = target.shown_as
        if args.check:
            for path in found.added + found.changed:
                print(f"would write {out}/{path}")
            for path in found.removed:
                print(f"would remove {out}/{path}")
            stale |= not found.is_current
            continue
        apply(found)
        unchanged = len(found.files) - len(found.added) - len(found.changed)
        print(
            f"{target.name}: {len(found.added)} added, {len(found.changed)} changed, "
            f"{len(found.removed)} removed, {unchanged} unchanged -> {out}"
        )
    if args.check:
        print("generated output is stale" if stale else "generated output is current")
    return 1 if stale else 0


def _extract(args: argparse.Namespace) -> int:
    from generator.extract import dump_yaml, extract

    document = extract(args.spec, args.prefix)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump_yaml(document, args.provenance), encoding="utf-8")
    print(f"wrote {display_path(args.out)}: {len(document['paths'])} paths")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args)
        return _extract(args)
    except SpecError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
