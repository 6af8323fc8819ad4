"""Full-text search over articles and directives, insensitive to Vietnamese diacritics.

The FTS index stores folded text (pipelines.text.fold) so "nghi quyet" finds
"Nghị quyết"; results are shown from the stored, unfolded text.
"""

from __future__ import annotations

import re

import sqlite_utils

from pipelines.text import fold

_TOKEN = re.compile(r"\S+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def index_article(db: sqlite_utils.Database, url: str, title: str | None, text: str | None) -> None:
    db.execute("DELETE FROM search_index WHERE kind = 'article' AND ref = ?", [url])
    db.execute("INSERT INTO search_index (kind, ref, title, body) VALUES ('article', ?, ?, ?)",
               [url, fold(title or ""), fold(text or "")])


def index_directive(db: sqlite_utils.Database, row: dict) -> None:
    db.execute("DELETE FROM search_index WHERE kind = 'directive' AND ref = ?", [row["key"]])
    about = " ".join(filter(None, [row.get("doc_type_name"), row.get("subject"), row.get("title"),
                                   row.get("issuing_body"), row.get("signer")]))
    db.execute("INSERT INTO search_index (kind, ref, title, body) VALUES ('directive', ?, ?, ?)",
               [row["key"], fold(row["number_text"]), fold(about)])


def reindex_all(db: sqlite_utils.Database) -> None:
    db.execute("DELETE FROM search_index")
    for row in db.query("SELECT url, title, text FROM articles"):
        index_article(db, row["url"], row["title"], row["text"])
    for row in db.query("SELECT * FROM directives"):
        index_directive(db, row)


def match_expression(query: str) -> str:
    """Every word must occur; a document number is matched as a phrase of its parts."""
    terms = [fold(token).replace('"', "") for token in _TOKEN.findall(query)]
    return " AND ".join(f'"{term}"' for term in terms if term.strip())


def search(db: sqlite_utils.Database, query: str, *, kind: str | None = None, limit: int = 20) -> list[dict]:
    expression = match_expression(query)
    if not expression:
        return []
    sql = "SELECT kind, ref, bm25(search_index, 0, 0, 5.0, 1.0) AS score FROM search_index WHERE search_index MATCH ?"
    params: list = [expression]
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    hits = db.execute(sql + " ORDER BY score LIMIT ?", [*params, limit]).fetchall()
    return [_describe(db, hit_kind, ref, query) for hit_kind, ref, _ in hits]


def _describe(db, kind: str, ref: str, query: str) -> dict:
    if kind == "article":
        row = db.execute("SELECT title, text, published_at, source_id FROM articles WHERE url = ?", [ref]).fetchone()
        title, text, when, source = row if row else (None, "", None, None)
        return {"kind": kind, "ref": ref, "title": title, "date": (when or "")[:10], "source_id": source,
                "snippet": snippet(text or "", query)}
    row = db.execute("SELECT number_text, doc_type_name, subject, title, issued_on, scope FROM directives "
                     "WHERE key = ?", [ref]).fetchone()
    number, type_name, subject, title, issued_on, scope = row if row else (ref, None, None, None, None, None)
    return {"kind": kind, "ref": ref, "title": f"{type_name or ''} {number}".strip(), "date": issued_on or "",
            "source_id": scope, "snippet": subject or title or ""}


def snippet(text: str, query: str, width: int = 160) -> str:
    """The first sentence of the original text that contains a query word (compared folded)."""
    words = [fold(token) for token in _TOKEN.findall(query)]
    for sentence in _SENTENCE.findall(text):
        folded = fold(sentence)
        if any(word in folded for word in words):
            sentence = " ".join(sentence.split())
            return sentence if len(sentence) <= width else sentence[: width - 1] + "…"
    return " ".join(text.split())[:width]
