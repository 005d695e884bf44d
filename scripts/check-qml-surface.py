#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fails when the app's C++ grows a hub again.

Two rules for app/ (issue 24, docs/architecture.md):
- no class has more than MAX_PROPERTIES Q_PROPERTYs: a class QML reads that much of is a
  service locator; split it by feature (as App, Organisation, Client and Dossier are);
- nobody asks for the composition root: no `AppComposition::instance()` (or an
  `AppController`, its predecessor) anywhere in app/, bench/ or tests/.

Usage: check-qml-surface.py [SOURCE_ROOT]   (default: the repository this script is in)
"""

import pathlib
import re
import sys

MAX_PROPERTIES = 20
CLASS = re.compile(r"^\s*class\s+(\w+)\s*(?:final\s*)?:\s*public\s+Q", re.MULTILINE)
PROPERTY = re.compile(r"^\s*Q_PROPERTY\(", re.MULTILINE)
ROOT_LOOKUP = re.compile(r"\bAppComposition::instance\s*\(|\bAppController\b")


def property_counts(text):
    """(class name, Q_PROPERTY count) for each QObject class of a header."""
    starts = [(m.start(), m.group(1)) for m in CLASS.finditer(text)] + [(len(text), None)]
    for (start, name), (end, _) in zip(starts, starts[1:]):
        yield name, len(PROPERTY.findall(text, start, end))


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[1])
    problems = []
    for header in sorted((root / "app").rglob("*.h")):
        for name, count in property_counts(header.read_text(encoding="utf-8")):
            if count > MAX_PROPERTIES:
                problems.append(f"{header.relative_to(root)}: {name} has {count} Q_PROPERTYs "
                                f"(at most {MAX_PROPERTIES}): split it by feature")
    for folder in ("app", "bench", "tests"):
        for source in sorted((root / folder).rglob("*")):
            if source.suffix not in (".h", ".cpp") or not source.is_file():
                continue
            for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
                if ROOT_LOOKUP.search(line):
                    problems.append(f"{source.relative_to(root)}:{number}: asks for the "
                                    "composition root; take what you need as a parameter")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
