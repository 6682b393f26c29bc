#!/usr/bin/env bash
# calidoc import, measured: the share of items of the corpus Políticas placed correctly, per
# document and overall (goal: 95 % or more), then the time one import of the GORE Política takes.
# Usage: bash Benchmarks/import-corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests >/dev/null
swift test --skip-build --filter ImportCorpusTests.corpusIsPlacedAtLeast95Percent 2>&1 | grep -E "^(importación|  - )" || true
swift build -c release --product calidoc-bench >/dev/null
"$(swift build -c release --show-bin-path)/calidoc-bench" . --solo importar --veces 200
