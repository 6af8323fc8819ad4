"""The directive registry: identity resolution, merges, mentions and relations.

Identity (see pipelines.directives.directive_key): a key is scope/number/year.
A citation that gives no year resolves to the newest known directive with the
same scope and number; a year-less directive is re-keyed in place the first
time the same number turns up with its year, so "43-NQ/TW" cited bare and
"43-NQ/TW, ngày 24/11/2023" end up as one row.
"""

from __future__ import annotations

import sqlite_utils

from pipelines.directives import directive_key
from storage import events, search

FACT_FIELDS = (
    "doc_type", "doc_type_name", "issuer_code", "issuing_body", "system", "province", "province_current",
    "issued_on", "title", "subject", "signer", "effective_on", "status", "gazette_date", "gazette_number", "fields",
)
SUPERSEDING = {"replaces": "Hết hiệu lực", "repeals": "Hết hiệu lực"}
TRACKED_FIELDS = ("status", "effective_on")


def resolve_key(db: sqlite_utils.Database, scope: str, number_text: str, year: int | None) -> str:
    rows = db.execute(
        "SELECT key, year FROM directives WHERE scope = ? AND number_text = ?", [scope, number_text]
    ).fetchall()
    known = {key: known_year for key, known_year in rows}
    if year is None:
        if not known:
            return directive_key(scope, number_text, None)
        return max(known, key=lambda k: known[k] or 0)
    exact = directive_key(scope, number_text, year)
    yearless = directive_key(scope, number_text, None)
    if exact not in known and yearless in known:
        _rekey(db, yearless, exact, year)
    return exact


def _rekey(db: sqlite_utils.Database, old: str, new: str, year: int) -> None:
    db.execute("UPDATE directives SET key = ?, year = ? WHERE key = ?", [new, year, old])
    db.execute("UPDATE search_index SET ref = ? WHERE kind = 'directive' AND ref = ?", [new, old])
    db.execute("UPDATE OR IGNORE mentions SET directive_key = ? WHERE directive_key = ?", [new, old])
    db.execute("DELETE FROM mentions WHERE directive_key = ?", [old])
    for column in ("from_key", "to_key"):
        db.execute(f"UPDATE OR IGNORE relations SET {column} = ? WHERE {column} = ?", [new, old])
        db.execute(f"DELETE FROM relations WHERE {column} = ?", [old])


def record_directive(
    db: sqlite_utils.Database, ref: dict, *, source_url: str, publishes: bool, now: str
) -> tuple[str, bool]:
    """Insert or merge one directive; returns (key, is_new). Call inside a transaction.

    The first page that *publishes* a document wins over facts guessed from citations;
    later citations only fill gaps.
    """
    key = resolve_key(db, ref["scope"], ref["number_text"], ref.get("year"))
    existing = db.execute("SELECT * FROM directives WHERE key = ?", [key]).fetchone()
    facts = {field: ref.get(field) for field in FACT_FIELDS if ref.get(field) not in (None, "")}
    if existing is None:
        row = {
            "key": key, "number_text": ref["number_text"], "scope": ref["scope"], "year": ref.get("year"),
            **facts, "source_url": source_url, "facts_from": "publishes" if publishes else "cites",
            "first_seen_at": now, "last_seen_at": now,
        }
        db["directives"].insert(row)
        search.index_directive(db, row)
        events.emit(db, "directive.new", key, {
            "number_text": ref["number_text"], "doc_type": ref.get("doc_type"),
            "doc_type_name": ref.get("doc_type_name"), "issuer_code": ref.get("issuer_code"),
            "scope": ref["scope"], "year": ref.get("year"), "issued_on": ref.get("issued_on"),
            "subject": ref.get("subject") or ref.get("title"), "source_url": source_url,
            "relation": "publishes" if publishes else "cites",
        })
        return key, True

    current = dict(zip([d[0] for d in db.execute("SELECT * FROM directives LIMIT 0").description], existing))
    authoritative = publishes and current["facts_from"] != "publishes"
    update = {"last_seen_at": now}
    if current.get("superseded_by") and facts.get("status") and facts["status"] != current.get("status"):
        # A newer document already replaced this one; a portal that has not caught up must not revive it.
        facts.pop("status")
    for field, value in facts.items():
        if current.get(field) in (None, "") or authoritative or (publishes and field in TRACKED_FIELDS):
            update[field] = value
    if authoritative:
        update.update({"facts_from": "publishes", "source_url": source_url})
    if publishes and current["facts_from"] == "publishes":
        _emit_status_changes(db, key, current, facts, source_url)
    db["directives"].update(key, update)
    if publishes and ("status" in update or "effective_on" in update):
        apply_supersessions(db, now[:10], from_key=key)  # it may have just come into force
    if len(update) > 1:
        search.index_directive(db, {**current, **update})
    return key, False


def _emit_status_changes(db, key: str, current: dict, facts: dict, source_url: str) -> None:
    changes = {
        field: {"old": current.get(field), "new": facts[field]}
        for field in TRACKED_FIELDS
        if field in facts and current.get(field) not in (None, "") and current.get(field) != facts[field]
    }
    if changes:
        events.emit(db, "document.status_changed", key, {"changes": changes, "source_url": source_url})


def replace_mentions(db: sqlite_utils.Database, article_url: str, mentions: list[dict], now: str) -> None:
    """Make the article's mentions exactly `mentions` (each: directive_key, relation, context)."""
    first_seen = {
        (key, relation): seen
        for key, relation, seen in db.execute(
            "SELECT directive_key, relation, first_seen_at FROM mentions WHERE article_url = ?", [article_url]
        ).fetchall()
    }
    db.execute("DELETE FROM mentions WHERE article_url = ?", [article_url])
    rows = [
        {**m, "article_url": article_url, "first_seen_at": first_seen.get((m["directive_key"], m["relation"]), now)}
        for m in mentions
    ]
    if rows:
        db["mentions"].insert_all(rows, ignore=True)


def record_relation(db: sqlite_utils.Database, from_key: str, to_key: str, relation: str,
                    source_url: str, now: str) -> None:
    if from_key == to_key:
        return
    db["relations"].insert(
        {"from_key": from_key, "to_key": to_key, "relation": relation, "source_url": source_url,
         "first_seen_at": now},
        ignore=True,
    )
    if relation in SUPERSEDING:
        apply_supersessions(db, now[:10], to_key=to_key)


NOT_YET_IN_FORCE = "Chưa có hiệu lực"


def _in_force(status: str | None, effective_on: str | None, today: str) -> bool:
    """Is the replacing document in force? Unknown dates count as in force from issue."""
    if effective_on:
        return effective_on <= today
    return status != NOT_YET_IN_FORCE


def apply_supersessions(db: sqlite_utils.Database, today: str, to_key: str | None = None,
                        from_key: str | None = None) -> int:
    """Mark documents whose replacing/repealing document is now in force; returns how many.

    Called when a relation is recorded and after each crawl run, so a replacement that takes
    effect later is applied on the first run after its effective date.
    """
    sql = ("SELECT r.from_key, r.to_key, r.relation, r.source_url, f.status, f.effective_on "
           "FROM relations r JOIN directives f ON f.key = r.from_key JOIN directives t ON t.key = r.to_key "
           "WHERE r.relation IN ('replaces', 'repeals') AND t.superseded_by IS NULL")
    params = []
    for column, value in (("r.to_key", to_key), ("r.from_key", from_key)):
        if value is not None:
            sql += f" AND {column} = ?"
            params.append(value)
    marked = 0
    for from_key, key, relation, source_url, status, effective_on in db.execute(sql, params).fetchall():
        if _in_force(status, effective_on, today):
            marked += _mark_superseded(db, key, from_key, SUPERSEDING[relation], relation, source_url)
    return marked


def _mark_superseded(db, key: str, by_key: str, status: str, relation: str, source_url: str) -> None:
    row = db.execute("SELECT status, superseded_by FROM directives WHERE key = ?", [key]).fetchone()
    if row is None or row[1]:
        return 0
    db["directives"].update(key, {"superseded_by": by_key, "status": status})
    if row[0] != status:
        events.emit(db, "document.status_changed", key, {
            "changes": {"status": {"old": row[0], "new": status}},
            "inferred_from": {"key": by_key, "relation": relation}, "source_url": source_url,
        })
    return 1
