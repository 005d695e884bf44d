#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fails on an include that climbs a layer of app/core.

The layers are listed in app/core/layers.txt, lowest first (one line per layer, its
folders separated by spaces). A file in app/core may include a header of its own folder
or of a folder on a lower line; a header of a peer folder (same line) or of a higher line
is refused. Every include of an app/core header must name its folder
("storage/cachedatabase.h"): app/core has one include root. Headers that are not in
app/core (Qt, common/, the standard library) are not checked.

Usage: check-layers.py [SOURCE_ROOT]   (default: the repository this script is in)
"""

import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


def read_layers(path):
    rank = {}
    layer = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        for folder in line.split():
            if folder in rank:
                sys.exit(f"{path}:{number}: {folder} is listed twice")
            rank[folder] = layer
        layer += 1
    return rank


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[1])
    core = root / "app" / "core"
    layers = core / "layers.txt"
    rank = read_layers(layers)

    sources = sorted(p for p in core.rglob("*") if p.suffix in (".h", ".cpp"))
    by_name = {}
    for source in sources:
        by_name.setdefault(source.name, []).append(source)
    problems = []

    folders = {p.relative_to(core).parts[0] for p in sources if len(p.relative_to(core).parts) > 1}
    for folder in sorted(folders - rank.keys()):
        problems.append(f"{core / folder}: folder not listed in {layers}")

    for source in sources:
        relative = source.relative_to(core)
        if len(relative.parts) != 2:
            problems.append(f"{source}: app/core's sources live one folder deep")
            continue
        own = relative.parts[0]
        if own not in rank:
            continue
        lines = source.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            header = match.group(2)
            where = f"{source}:{number}"
            target = core / header
            if not target.is_file():
                if pathlib.PurePosixPath(header).name in by_name:
                    problems.append(f"{where}: {header}: name its folder (one include root)")
                continue
            if match.group(1) == "<":
                problems.append(f'{where}: <{header}>: an app/core header is included with ""')
            folder = pathlib.PurePosixPath(header).parts[0]
            if folder == own:
                continue
            if folder not in rank:
                continue
            if rank[folder] > rank[own]:
                problems.append(f"{where}: {own} includes {header}, a higher layer")
            elif rank[folder] == rank[own]:
                problems.append(f"{where}: {own} includes {header}, a peer on its layer")

    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} include(s) against the layers of {layers}")
        return 1
    print(f"{len(sources)} files of app/core follow the layers of {layers}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
