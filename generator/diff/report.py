"""A diff's verdict and its three forms: text for a terminal, Markdown for a pull request, JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from generator.diff.engine import Change, levels
from generator.diff.rules import Level
from generator.model import Stability
from generator.render.environment import environment

_BUMPS = ("none", "patch", "minor", "major")


def version_bump(changes: tuple[Change, ...]) -> str:
    """Semantic-version bump the changes call for (before the 0.x rule, which the caller applies).

    An untolerated breaking change is major; a tolerated one (an Alpha endpoint breaking) or
    an addition is minor; anything else, documentation included, is a patch.
    """
    if any(c.is_blocking for c in changes):
        return "major"
    if any(c.level is Level.BREAKING or "added" in c.id for c in changes):
        return "minor"
    return "patch" if changes else "none"


def bump_version(version: str, bump: str, *, zero_major: bool = True) -> str:
    """Apply a bump to `version`. With `zero_major` (a target that still has draft or alpha
    parts), a 0.x version stays 0.x: a breaking change bumps the minor number."""
    parts = [int(p) for p in (version.split(".") + ["0", "0"])[:3] if p.isdigit()] or [0, 0, 0]
    while len(parts) < 3:
        parts.append(0)
    major, minor, patch = parts
    if bump == "major" and major == 0 and zero_major:
        bump = "minor"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return f"{major}.{minor}.{patch}"


@dataclass(frozen=True)
class ChangeLine:
    """Changes that read the same, as one line of a report: Seam's 103 event variants each
    gaining `event_description` are one line, not 103."""

    change: Change  # the first of them
    times: int


def change_lines(changes: list[Change]) -> list[ChangeLine]:
    """`changes` in order, those that read alike (operation, level, verdict, rule, message)
    counted on the first's line; their locations in the spec differ, and JSON keeps each."""
    counted: dict[tuple[object, ...], list[Change]] = {}
    for change in changes:
        key = (change.operation, change.level, change.tolerated, change.stability, change.id, change.message)
        counted.setdefault(key, []).append(change)
    return [ChangeLine(alike[0], len(alike)) for alike in counted.values()]


@dataclass(frozen=True)
class DiffReport:
    old_label: str
    new_label: str
    changes: tuple[Change, ...]
    threshold: Stability
    allow_breaking: bool = False

    @property
    def blocking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.is_blocking)

    @property
    def tolerated(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.tolerated)

    @property
    def exit_code(self) -> int:
        return 1 if self.blocking and not self.allow_breaking else 0

    def summary(self) -> dict[str, int]:
        counts = levels(self.changes)
        return {
            **counts,
            "breaking_tolerated": len(self.tolerated),
            "breaking_untolerated": len(self.blocking),
            "operations": len({c.operation for c in self.changes}),
        }

    def by_operation(self) -> list[tuple[str, list[ChangeLine]]]:
        grouped: dict[str, list[Change]] = {}
        for change in self.changes:
            grouped.setdefault(change.operation, []).append(change)
        return [(operation, change_lines(changes)) for operation, changes in grouped.items()]

    def as_json(self) -> dict[str, Any]:
        return {
            "old": self.old_label,
            "new": self.new_label,
            "stability_level": self.threshold.value,
            "changes": [
                {
                    "id": c.id,
                    "level": c.level.value,
                    "operation": c.operation,
                    "location": c.location,
                    "message": c.message,
                    "stability": c.stability.value,
                    "tolerated": c.tolerated,
                }
                for c in self.changes
            ],
            "summary": self.summary(),
            "version_bump": version_bump(self.changes),
        }

    def render(self, form: str, colour: bool = False) -> str:
        if form == "json":
            return _json_lines(self.as_json())
        template = environment().get_template(f"diff/report.{'md' if form == 'markdown' else 'txt'}.j2")
        palette = _COLOURS if colour else {name: "" for name in _COLOURS}
        return template.render(report=self, bump=version_bump(self.changes), c=palette, levels=Level)


_COLOURS = {
    "breaking": "\x1b[31;1m",
    "tolerated": "\x1b[33m",
    "warning": "\x1b[33m",
    "info": "\x1b[36m",
    "bold": "\x1b[1m",
    "reset": "\x1b[0m",
}


def _json_lines(document: dict[str, Any]) -> str:
    """JSON with one change per line: readable in a diff, and written by the C encoder
    (`indent=` would switch to the pure-Python one, 10x slower on a large report)."""
    head = {k: v for k, v in document.items() if k != "changes"}
    changes = ",\n    ".join(json.dumps(c, ensure_ascii=False) for c in document["changes"])
    body = f'{{\n  "changes": [\n    {changes}\n  ],\n' if changes else '{\n  "changes": [],\n'
    rest = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in head.items())
    return body + rest + "\n}\n"
