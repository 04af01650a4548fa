"""Stories: each new article joins the story of the article it is closest to, or starts one.

A story is the articles that report one event. ``sql/load/stories.sql`` finds, set-based, the
articles each new article is close to (shared rare words, names and figures, published within
days). The new articles linked to each other form groups, and each group joins the stored
story it is closest to, or starts one, named after its first article; a near-duplicate copy's
group joins its original's story. Stored stories are not merged: a group that bridges two
joins the closer.
"""

from __future__ import annotations

import duckdb
import polars as pl

from flows.warehouse.connection import fetch_frame


def assign_stories(con: duckdb.DuckDBPyConnection) -> None:
    """Put each article of the batch being loaded (``batch_articles``) in a story; inside the
    load transaction, after ``sql/load/stories.sql``."""
    new = fetch_frame(
        con,
        """select a.article_id, m.story_id as original_story
           from dim_articles a
           semi join batch_articles using (article_id)
           left join stg_story_members m on m.article_id = a.duplicate_of
           order by a.published_at nulls last, a.source_file""",
    )
    links = fetch_frame(
        con,
        """select l.article_id, l.other_id, l.similarity, m.story_id as other_story
           from story_links l left join stg_story_members m on m.article_id = l.other_id""",
    )
    # The batch's articles linked to each other form groups (union-find); a group joins the
    # stored story it is closest to in all (the sum of its links there), or starts one.
    parent = {article_id: article_id for article_id in new["article_id"]}

    def root(article_id: str) -> str:
        while parent[article_id] != article_id:
            parent[article_id] = parent[parent[article_id]]
            article_id = parent[article_id]
        return article_id

    for article_id, other_id, _, _ in links.iter_rows():
        if other_id in parent:
            parent[root(article_id)] = root(other_id)
    pull: dict[str, dict[str, float]] = {}  # group -> stored story -> summed similarity
    best_link: dict[str, float] = {}
    for article_id, _, similarity, other_story in links.iter_rows():
        if other_story is not None:
            story_pull = pull.setdefault(root(article_id), {})
            story_pull[other_story] = story_pull.get(other_story, 0.0) + similarity
        best_link[article_id] = max(best_link.get(article_id, 0.0), similarity)
    groups: dict[str, str] = {}  # group -> story
    rows = []
    for article_id, original_story in new.iter_rows():
        group = root(article_id)
        if group not in groups:
            stored = pull.get(group)
            groups[group] = original_story or (max(stored, key=stored.__getitem__) if stored else article_id)
        story = groups[group]
        rows.append((article_id, story, 1.0 if story == article_id else best_link.get(article_id, 1.0)))
    members = pl.DataFrame(
        rows, schema={"article_id": pl.String, "story_id": pl.String, "membership": pl.Float64}, orient="row"
    )
    con.register("batch_story_members", members.to_arrow())
    try:
        con.execute("insert into stg_story_members by name select * from batch_story_members")
    finally:
        con.unregister("batch_story_members")
