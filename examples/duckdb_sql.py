"""SQL over the published Parquet files with DuckDB: who is quoted, and from which outlets.

Run from the repository root: python examples/duckdb_sql.py
"""

import duckdb

QUOTES_PER_OUTLET = """
SELECT s.name AS outlet, s.kind, count(*) AS quotes,
       count(q.speaker) AS quotes_with_a_speaker
FROM 'data/quotes.parquet' AS q
JOIN 'data/entries.parquet' AS e USING (entry_id)
LEFT JOIN 'data/sources.parquet' AS s USING (source_id)
GROUP BY ALL
ORDER BY quotes DESC, outlet
"""

ENTRIES_PER_MONTH = """
SELECT strftime(date_start, '%Y-%m') AS month, count(*) AS entries
FROM 'data/entries.parquet'
GROUP BY ALL
ORDER BY month
"""

for title, sql in [
    ("Quotes per outlet", QUOTES_PER_OUTLET),
    ("Entries per month", ENTRIES_PER_MONTH),
]:
    print(f"== {title}")
    duckdb.sql(sql).show()
