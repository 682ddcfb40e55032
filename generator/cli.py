"""Command line: `python -m generator generate | extract`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.errors import SpecError, display_path
from generator import timing
from generator.stability import Stability
from generator.timing import phase

# Each command imports what it needs when it runs: `diff` should not pay for black.
if TYPE_CHECKING:
    from generator.diff import Change
    from generator.targets import Target


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

    diff = commands.add_parser(
        "diff",
        help="what changed between two versions of a spec, judged by stability",
        description=(
            "Compare OLD and NEW (each a spec file or REV:path in git). Exit 0 when no breaking "
            "change the stability policy forbids, 1 when there is one, 2 on bad input."
        ),
    )
    diff.add_argument("old", help="old spec: FILE or REV:path")
    diff.add_argument("new", help="new spec: FILE or REV:path")
    diff.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    diff.add_argument(
        "--config", type=Path, help="target config giving stability (default: config.yaml beside NEW, if any)"
    )
    diff.add_argument(
        "--stability-level",
        choices=[s.value for s in Stability],
        default=Stability.BETA.value,
        help="breaking changes in operations less stable than this are tolerated (default: beta)",
    )
    diff.add_argument("--allow-breaking", action="store_true", help="report breaking changes but exit 0")
    diff.add_argument("--validate", action="store_true", help="also validate both sides as OpenAPI (slower)")
    diff.add_argument(
        "--max-chars",
        type=int,
        metavar="N",
        help="Markdown only: at most N characters, the most severe changes first (a pull-request comment holds 65,536)",
    )
    for command in (generate, diff):
        command.add_argument("--profile", action="store_true", help="print where time went, to stderr")

    extract = commands.add_parser(
        "extract", help="cut the operations under path prefixes, with what they use, out of a spec"
    )
    extract.add_argument("spec", type=Path)
    extract.add_argument("--prefix", action="append", required=True, help="path prefix, e.g. /customers/")
    extract.add_argument("--out", type=Path, required=True, help="YAML file to write")
    extract.add_argument("--provenance", default="", help="comment lines for the top of the file")
    return parser


def _targets(args: argparse.Namespace) -> list[Target]:
    from generator.targets import Target, discover_targets

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
    from generator.fingerprint import forget_file_digests
    from generator.targets import Rendered, is_up_to_date
    from generator.write import Manifest, apply, plan, recover, unchanged_plan, unfinished_write

    forget_file_digests()
    targets = _targets(args)
    for target in targets:
        # what a run cut short left is finished first: the output folder is then one generation's
        if unfinished_write(target.out_dir):
            if args.check:  # which writes nothing
                print(f"{target.shown_as}: a write was cut short; generate finishes it")
                return 1
            recover(target.out_dir)
    # Render everything before writing anything: bad input anywhere leaves generated/ untouched.
    plans = []
    for target in targets:
        with phase(f"{target.name}: compare inputs with the manifest"):
            # read once: GitHub's is 1.4 MB, 13 ms each time
            manifest = Manifest.read(target.out_dir)
            current = is_up_to_date(target, manifest)
        if current:
            plans.append((target, Rendered({}, "", (), {}), unchanged_plan(target.out_dir)))
            continue
        from generator.pipeline import render_target  # heavy: only when there is work

        rendered = render_target(target, manifest)
        with phase(f"{target.name}: compare with the output folder"):
            found = plan(
                target.out_dir,
                rendered.files,
                rendered.version,
                rendered.inputs,
                rendered.reuse,
                rendered.as_written,
                rendered.on_disk_as_recorded,
                manifest.files,
            )
        plans.append((target, rendered, found))
    stale = False
    for target, rendered, found in plans:
        out = target.shown_as
        if args.check:
            for path in found.edited:
                print(f"edited by hand {out}/{path}")
            for path in found.added + found.changed:
                if path not in found.edited:
                    print(f"would write {out}/{path}")
            for path in found.removed:
                print(f"would remove {out}/{path}")
            stale |= not found.is_current
            continue
        if found.is_current and not found.files:
            print(f"{target.name}: unchanged (inputs and output as recorded) -> {out}")
            continue
        if rendered.coverage is not None:
            print("\n".join(rendered.coverage.lines(target.name)))
        with phase(f"{target.name}: write"):
            apply(found)
        unchanged = len(found.files) - len(found.added) - len(found.changed)
        print(
            f"{target.name} {rendered.version}: {len(found.added)} added, {len(found.changed)} changed, "
            f"{len(found.removed)} removed, {unchanged} unchanged -> {out}" + _since_last(rendered.changes)
        )
    if args.check:
        print("generated output is stale" if stale else "generated output is current")
    return 1 if stale else 0


def _since_last(changes: tuple[Change, ...]) -> str:
    """`; 3 API changes since the last generation (1 breaking, 1 tolerated)`, or nothing."""
    if not changes:
        return ""
    blocking = sum(1 for change in changes if change.is_blocking)
    tolerated = sum(1 for change in changes if change.tolerated)
    counted = f"{blocking} breaking" + (f", {tolerated} tolerated" if tolerated else "")
    return f"; {len(changes)} API change{'s' if len(changes) != 1 else ''} since the last generation ({counted})"


def _extract(args: argparse.Namespace) -> int:
    from generator.extract import dump_yaml, extract

    document = extract(args.spec, args.prefix)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump_yaml(document, args.provenance), encoding="utf-8")
    print(f"wrote {display_path(args.out)}: {len(document['paths'])} paths")
    return 0


def _diff(args: argparse.Namespace) -> int:
    import tempfile

    from generator.config import load_config
    from generator.diff import DiffReport, diff_apis
    from generator.sides import is_git_side, load_sides

    if args.max_chars is not None and (args.format != "markdown" or args.max_chars < 1000):
        print("error: --max-chars is for --format markdown, and 1000 or more", file=sys.stderr)
        return 2
    config_path = args.config
    if config_path is None and not is_git_side(args.new):
        beside = Path(args.new).parent / "config.yaml"
        config_path = beside if beside.is_file() else None
    config = load_config(config_path)
    with tempfile.TemporaryDirectory(prefix="specgen-diff-") as work, phase("load and build both sides"):
        old, new = load_sides(args.old, args.new, Path(work), config, validate=args.validate)
    threshold = Stability(args.stability_level)
    with phase("diff"):
        changes = diff_apis(old, new, threshold=threshold)
    report = DiffReport(args.old, args.new, changes, threshold, args.allow_breaking)
    colour = args.format == "text" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    with phase(f"render {args.format}"):
        sys.stdout.write(report.render(args.format, colour=colour, max_chars=args.max_chars))
    return report.exit_code


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args)
        if args.command == "diff":
            return _diff(args)
        return _extract(args)
    except SpecError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        if getattr(args, "profile", False):
            timing.report()
