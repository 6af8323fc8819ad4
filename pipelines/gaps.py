"""Holes in an issuer's number sequence (pure): what archivists still have to find.

Numbering restarts per issuing body and year for state documents (all types
share one series, normative documents aside) and per type and term for party
documents (we approximate the term by the year, which is what we know).
"""

from __future__ import annotations

import re
from collections import defaultdict

_SERIAL = re.compile(r"^(\d+)")


def _series_key(row: dict) -> tuple:
    doc_type = row["doc_type"] if row.get("system") == "party" else "*"
    return (row["scope"], row["issuer_code"], doc_type, row["year"])


def find_gaps(rows: list[dict], max_listed: int = 200) -> list[dict]:
    series: dict[tuple, set[int]] = defaultdict(set)
    for row in rows:
        match = _SERIAL.match(row["number_text"])
        if match:
            series[_series_key(row)].add(int(match.group(1)))
    report = []
    for (scope, issuer, doc_type, year), numbers in sorted(series.items(), key=lambda kv: tuple(map(str, kv[0]))):
        low, high = min(numbers), max(numbers)
        missing = [n for n in range(low, high + 1) if n not in numbers]
        report.append({
            "scope": scope, "issuer_code": issuer, "doc_type": doc_type, "year": year,
            "known": len(numbers), "lowest": low, "highest": high, "missing_count": len(missing),
            "missing": _ranges(missing[:max_listed]) + (" …" if len(missing) > max_listed else ""),
        })
    return report


def _ranges(numbers: list[int]) -> str:
    parts, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            parts.append(str(start) if start == n else f"{start}-{n}")
            start = None
    return ", ".join(parts)
