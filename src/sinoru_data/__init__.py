"""sinoru-data: a curated, validated dataset of press-digest entries, outlets and quotations.

>>> import sinoru_data
>>> sinoru_data.load("entries").shape[0] > 0  # doctest: +SKIP
True
"""

__version__ = "0.1.0"
