"""Read-side queries shared by the CLI, the demo and exports."""

from __future__ import annotations

import sqlite_utils

DIRECTIVE_COLUMNS = ["number_text", "doc_type", "issuer_code", "scope", "year", "issued_on", "subject",
                     "facts_from", "key"]


def _in_clause(column: str, values: list[str], params: list) -> str:
    params.extend(values)
    return f"{column} IN ({','.join('?' * len(values))})"


def list_directives(db: sqlite_utils.Database, *, types: list[str] | None = None, issuers: list[str] | None = None,
                    province: str | None = None, since: str | None = None) -> list[dict]:
    where, params = [], []
    if types:
        where.append(_in_clause("doc_type", types, params))
    if issuers:
        where.append(_in_clause("issuer_code", issuers, params))
    if province:
        where.append("(province = ? OR province_current = ? OR scope = ?)")
        params += [province, province, province]
    if since:
        where.append("(COALESCE(issued_on, substr(first_seen_at, 1, 10)) >= ?)")
        params.append(since)
    sql = "SELECT * FROM directives"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY COALESCE(issued_on, '') DESC, number_text"
    return list(db.query(sql, params))


def list_articles(db: sqlite_utils.Database, source_id: str | None = None) -> list[dict]:
    sql = "SELECT url, source_id, title, published_at, author, version, length(text) AS chars FROM articles"
    params = []
    if source_id:
        sql += " WHERE source_id = ?"
        params.append(source_id)
    return list(db.query(sql + " ORDER BY source_id, published_at DESC", params))


def last_event_id(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]


def directives_by_number(db: sqlite_utils.Database, number_text: str, scope: str | None = None) -> list[dict]:
    sql = "SELECT * FROM directives WHERE number_text = ?"
    params = [number_text]
    if scope:
        sql += " AND scope = ?"
        params.append(scope)
    return list(db.query(sql + " ORDER BY year DESC", params))


def implementers(db: sqlite_utils.Database, key: str) -> list[dict]:
    """Directives that implement `key` (one level down the chain)."""
    return list(db.query(
        "SELECT d.* FROM relations r JOIN directives d ON d.key = r.from_key "
        "WHERE r.to_key = ? AND r.relation = 'implements' ORDER BY COALESCE(d.issued_on, ''), d.number_text",
        [key],
    ))


def implemented(db: sqlite_utils.Database, key: str) -> list[dict]:
    """Directives that `key` implements (one level up the chain)."""
    return list(db.query(
        "SELECT d.* FROM relations r JOIN directives d ON d.key = r.to_key "
        "WHERE r.from_key = ? AND r.relation = 'implements' ORDER BY d.number_text",
        [key],
    ))


def other_relations(db: sqlite_utils.Database, key: str) -> list[dict]:
    return list(db.query(
        "SELECT r.from_key, r.relation, r.to_key FROM relations r "
        "WHERE (r.from_key = ? OR r.to_key = ?) AND r.relation != 'implements' ORDER BY r.relation",
        [key, key],
    ))


def numbered_series(db: sqlite_utils.Database, *, issuer: str | None = None, province: str | None = None,
                    year: int | None = None, doc_type: str | None = None) -> list[dict]:
    """Directives with a leading serial number, for gap hunting."""
    where, params = ["year IS NOT NULL"], []
    for column, value in (("issuer_code", issuer), ("scope", province), ("year", year), ("doc_type", doc_type)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    return list(db.query(
        "SELECT key, number_text, doc_type, issuer_code, system, scope, year FROM directives WHERE "
        + " AND ".join(where), params,
    ))
