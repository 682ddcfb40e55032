"""Diff: what changed between two versions of an API, judged by each endpoint's stability."""

from generator.diff.engine import Change, diff_apis
from generator.diff.report import DiffReport, version_bump
from generator.diff.rules import RULES, Level, Rule, Subject

__all__ = ["Change", "DiffReport", "Level", "RULES", "Rule", "Subject", "diff_apis", "version_bump"]
