"""Write a synthetic corpus to build: N digest pages and the registry of their outlets.

    python bench/make_corpus.py --pages 1000 --out /tmp/corpus [--seed 0]
    sinoru-data build --root /tmp/corpus

Pages go to DIR/data/raw/, sources.yaml and an empty overrides.yaml to
DIR/data/curation/. The corpus depends only on --pages and --seed (see
sinoru_data.synth.write_corpus); pages are about the size of the real one.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from sinoru_data.synth import write_corpus


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, required=True, help="number of pages")
    parser.add_argument("--out", type=Path, required=True, help="the repository root to write")
    parser.add_argument("--seed", type=int, default=0, help="seed of the corpus (default 0)")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="processes writing pages"
    )
    args = parser.parse_args()
    start = time.perf_counter()
    entries = write_corpus(args.out, args.pages, seed=args.seed, workers=args.workers)
    print(
        f"wrote {args.pages} pages ({entries} entries) to {args.out / 'data' / 'raw'} "
        f"in {time.perf_counter() - start:.1f} s; build it with: sinoru-data build --root {args.out}"
    )


if __name__ == "__main__":
    main()
