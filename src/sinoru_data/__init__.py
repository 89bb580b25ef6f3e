"""sinoru-data: a curated, validated dataset of press-digest entries, outlets and quotations.

>>> import sinoru_data
>>> entries = sinoru_data.load("entries")
>>> entries.loc[0, "outlet"]
'The World'
"""

__version__ = "0.1.0"

from .load import describe, descriptor, load, package_root

__all__ = ["__version__", "describe", "descriptor", "load", "package_root"]
