"""A diff's verdict and its three forms: text for a terminal, Markdown for a pull request, JSON."""

from __future__ import annotations

import collections
import json
from dataclasses import dataclass, replace
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

    def render(self, form: str, colour: bool = False, max_chars: int | None = None) -> str:
        """The report in `form`; in Markdown, at most `max_chars` characters where given (a
        pull-request comment holds 65,536): the most severe changes first, what was left out
        counted."""
        if form == "json":
            return _json_lines(self.as_json())
        if form == "markdown":
            template = environment().get_template("diff/report.md.j2")
            whole = template.render(report=self, bump=version_bump(self.changes), levels=Level, shown=None)
            if max_chars is None or len(whole) <= max_chars:
                return whole
            return self._within(max_chars, len(whole))
        template = environment().get_template("diff/report.txt.j2")
        palette = _COLOURS if colour else {name: "" for name in _COLOURS}
        return template.render(report=self, bump=version_bump(self.changes), c=palette, levels=Level)

    def _within(self, max_chars: int, full_length: int) -> str:
        """The Markdown report cut to `max_chars`: its change lines taken most severe first
        (every breaking change the policy forbids, then tolerated ones, warnings, info), in
        the report's order within a level, while they fit, each measured as its macro writes
        it; shown in the report's order of operations, each operation's most severe first."""
        template = environment().get_template("diff/report.md.j2")
        rows: Any = environment().get_template("diff/report_rows.md.j2").module  # its macros, by name
        sections = self.by_operation()
        by_rule = collections.Counter((change.id, _level_label(change)) for change in self.changes)
        shown = Shown(
            full_length=full_length,
            lines=sum(len(lines) for _, lines in sections),
            lines_shown=0,
            operations=len(sections),
            sections=(),
            by_rule=tuple(
                (rule_id, label, count)
                for (rule_id, label), count in sorted(by_rule.items(), key=_by_level_then_count)
            ),
        )

        def rendered(candidate: Shown) -> str:
            return template.render(report=self, bump=version_bump(self.changes), levels=Level, shown=candidate)

        # the room left for sections, beside what the rest takes (and its counts, grown)
        room = max_chars - len(rendered(shown)) - 40
        # every line as (severity, its operation's place, its place there, the line)
        ranked = sorted(
            (
                (_severity(line.change), index, order, line)
                for index, (_, lines) in enumerate(sections)
                for order, line in enumerate(lines)
            ),
            key=lambda entry: entry[:3],
        )
        taken: dict[int, list[tuple[int, int, ChangeLine]]] = {}
        for severity, index, order, line in ranked:
            operation, lines = sections[index]
            cost = len(str(rows.line_row(line, Level)))
            if index not in taken:  # its heading, and room to say what of it is left out
                cost += len(str(rows.section_head(operation, lines[0].change.stability))) + 1
                cost += len(str(rows.more_row(len(lines))))
            if cost > room:
                break
            taken.setdefault(index, []).append((severity, order, line))
            room -= cost
        chosen = []
        for index in sorted(taken):
            operation, lines = sections[index]
            most_severe_first = tuple(line for *_, line in sorted(taken[index], key=lambda entry: entry[:2]))
            chosen.append((operation, most_severe_first, len(lines) - len(most_severe_first)))
        while True:
            candidate = replace(shown, sections=tuple(chosen), lines_shown=sum(len(lines) for _, lines, _ in chosen))
            text = rendered(candidate)
            if len(text) <= max_chars or not chosen:
                return text
            chosen.pop()  # measured short: the last section goes


@dataclass(frozen=True)
class Shown:
    """What a Markdown report cut to a length shows (see `DiffReport.render`)."""

    full_length: int  # characters of the whole report
    lines: int  # change lines of the whole report
    lines_shown: int
    operations: int
    sections: tuple[tuple[str, tuple[ChangeLine, ...], int], ...]  # operation, lines shown, lines left out
    by_rule: tuple[tuple[str, str, int], ...]  # rule id, level as the report says it, changes


# The most severe first: breaking the policy forbids, then tolerated, warnings, info.
_LABEL_ORDER = {"breaking": 0, "breaking (tolerated)": 1, "warning": 2, "info": 3}


def _level_label(change: Change) -> str:
    if change.level is Level.BREAKING:
        return "breaking (tolerated)" if change.tolerated else "breaking"
    return change.level.value


def _by_level_then_count(item: tuple[tuple[str, str], int]) -> tuple[int, int]:
    (_, label), count = item
    return _LABEL_ORDER[label], -count


def _severity(change: Change) -> int:
    return _LABEL_ORDER[_level_label(change)]


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
