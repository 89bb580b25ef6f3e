"""The polars way: entries per outlet kind, and each entry's number of quotes.

Run from the repository root: python examples/polars_lazy.py
"""

import polars as pl

entries = pl.scan_parquet("data/entries.parquet")
sources = pl.scan_parquet("data/sources.parquet")
quotes = pl.scan_parquet("data/quotes.parquet")

per_kind = (
    entries.join(sources, on="source_id", how="left")
    .group_by(pl.col("kind").fill_null("no outlet"))
    .agg(pl.len().alias("entries"), pl.col("name").drop_nulls().unique().sort().alias("outlets"))
    .sort("entries", "kind", descending=[True, False])
)
print(per_kind.collect())

quotes_per_entry = (
    entries.join(
        quotes.group_by("entry_id").agg(pl.len().alias("quotes")), on="entry_id", how="left"
    )
    .select("date_start", "headline", pl.col("quotes").fill_null(0))
    .sort("quotes", "date_start", descending=True)
    .head(5)
)
print(quotes_per_entry.collect())
