#!/usr/bin/env bash
# Whole-process benchmark: calidoc versus pandoc and LibreOffice on the same content (the GORE
# Santiago policy). Prints medians and ratios. Usage: bash Benchmarks/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
./.ci/setup build
for tool in hyperfine pandoc soffice; do
    command -v "$tool" >/dev/null || { apt-get install -y -qq hyperfine pandoc libreoffice-writer-nogui >/dev/null; break; }
done
# Release build with the Swift runtime and Foundation linked statically, as calidoc is meant to be
# installed: dynamic loading of libFoundation was a third of a single-document run. (The tests and
# samples use debug builds, so the release folder is the benchmark's alone.)
build=(swift build -c release --static-swift-stdlib)
"${build[@]}" --product calidoc >/dev/null
"${build[@]}" --product calidoc-bench >/dev/null
bin="$("${build[@]}" --show-bin-path)/calidoc"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" build Samples/gore-santiago --format html --out "$work/ref" >/dev/null
html="$(find "$work/ref" -name politica.html | head -1)"
cp "$html" "$work/politica.html"
export LO_PROFILE="file://$work/lo-profile"
results="$work/results"
mkdir -p "$results"
for format in html odt docx; do
    hyperfine --style none --warmup 2 --runs "$runs" --export-json "$results/$format.json" \
        -n "calidoc $format" "$bin build Samples/gore-santiago --format $format --out $work/out-calidoc" \
        -n "pandoc $format" "pandoc $work/politica.html --standalone -o $work/pandoc.$format" \
        >/dev/null
done
for format in odt docx; do
    hyperfine --style none --warmup 1 --runs 3 --export-json "$results/lo-$format.json" \
        -n "libreoffice $format" \
        "soffice -env:UserInstallation=$LO_PROFILE --headless --convert-to $format --outdir $work/lo $work/politica.html" \
        >/dev/null
done
# Throughput: one process building 100 copies of the GORE workspace (300 documents).
mkdir -p "$work/batch"
for i in $(seq 1 100); do cp -r Samples/gore-santiago "$work/batch/gore-$i"; rm -rf "$work/batch/gore-$i/versiones"; done
hyperfine --style none --warmup 1 --runs 3 --export-json "$results/batch.json" \
    -n "batch" "$bin build $work/batch --out $work/out-batch" >/dev/null 2>&1
hyperfine -i --style none --warmup 2 --runs "$runs" --export-json "$results/diff.json" \
    -n "diff" "$bin diff Samples/gore-santiago/versiones/2-resultados Samples/gore-santiago --format json --out $work/diff.json" >/dev/null 2>&1 || true
python3 - "$results" <<'PY'
import json, os, sys
folder = sys.argv[1]
def median(name):
    data = json.load(open(os.path.join(folder, name)))
    return {r["command"]: r["median"] for r in data["results"]}
print(f"{'formato':8} {'calidoc (ms)':>13} {'pandoc (ms)':>12} {'× pandoc':>9} {'LibreOffice (ms)':>17} {'× LO':>7}")
for fmt in ("html", "odt", "docx"):
    m = median(f"{fmt}.json")
    c, p = m[f"calidoc {fmt}"] * 1000, m[f"pandoc {fmt}"] * 1000
    lo = median(f"lo-{fmt}.json").get(f"libreoffice {fmt}") if fmt != "html" else None
    lo_ms = f"{lo*1000:17.1f}" if lo else f"{'—':>17}"
    lo_ratio = f"{lo*1000/c:7.1f}" if lo else f"{'—':>7}"
    print(f"{fmt:8} {c:13.1f} {p:12.1f} {p/c:9.1f} {lo_ms} {lo_ratio}")
batch = median("batch.json")["batch"]
print(f"batch: 100 workspaces × 3 formats = 300 documents in {batch:.2f} s → {300/batch:.0f} documents/s")
diff = median("diff.json")["diff"]
print(f"diff v2 → v3 (whole process, JSON): {diff*1000:.1f} ms")
PY
echo
echo "En el proceso (sin arranque):"
"$("${build[@]}" --show-bin-path)/calidoc-bench" "$PWD"
