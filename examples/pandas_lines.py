"""The pandas way, through the package's loader: the audit trail of judgement calls.

Every non-blank line of the raw page is in the ``lines`` table; the ones with a
``note`` are the calls the parser or a curator made. Run from the repository
root: python examples/pandas_lines.py
"""

import pandas as pd

import sinoru_data

lines = sinoru_data.load("lines")  # a pandas DataFrame with Arrow-backed columns
entries = sinoru_data.load("entries")

pd.set_option("display.width", 120, "display.max_colwidth", 50)
print(lines["role"].value_counts().to_string(), end="\n\n")
calls = lines[lines["note"].notna()]
print(calls[["line", "role", "role_basis", "note"]].to_string(index=False), end="\n\n")
print(entries.groupby("source_basis").size().to_string())
