#!/usr/bin/env bash
# Batch goal of issue 15: 138 services × 3 documents (Política, Plan, Diagnóstico) × 3 formats
# (html, odt, docx) = 1 242 documents, plus their 138 × 3 resoluciones, in one `calidoc build`
# process; goal ≤ 2 s on 2 cores, memory flat. Prints wall time (median of RUNS), CPU use and peak
# memory, then the same batch per format to show which part dominates.
# Usage: bash Benchmarks/lote-138.sh [RUNS] [--con-informe]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
informe="${2:-}"
build=(swift build -c release --static-swift-stdlib)
"${build[@]}" --product calidoc >/dev/null
bin="$("${build[@]}" --show-bin-path)/calidoc"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# 138 services: the servicio sample with its own name and acronym each (two workspaces with the
# same output folder are refused), without avance.yaml unless --con-informe.
for i in $(seq 1 138); do
    dir="$work/lote/servicio-$i"
    mkdir -p "$dir"
    cp Samples/servicio-tramites/*.yaml "$dir/"
    [ "$informe" = "--con-informe" ] || rm -f "$dir/avance.yaml"
    sed -i "s/^  nombre: Servicio Nacional de Trámites Ciudadanos$/  nombre: Servicio Nacional de Trámites Ciudadanos $i/; s/^  sigla: SENATRAC$/  sigla: SNT$i/" "$dir/calidoc.yaml"
done
run() {  # label, formats
    local times=()
    for _ in $(seq 1 "$runs"); do
        rm -rf "$work/out"
        /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" build --todos "$work/lote" --format "$2" --out "$work/out" >/dev/null 2>&1
        times+=("$(cat "$work/time")")
    done
    local files
    files=$(find "$work/out" -type f | wc -l)
    printf '%s\n' "${times[@]}" | sort -n | awk -v label="$1" -v files="$files" -v n="$runs" '
        { wall[NR]=$1; cpu[NR]=$2+$3; rss[NR]=$4 }
        END { m=int((n+1)/2); printf "%-16s %5d archivos  %6.2f s (mediana de %d)  CPU %5.0f %%  memoria máx. %4.0f MB\n",
              label, files, wall[m], n, 100*cpu[m]/wall[m], rss[m]/1024 }'
}
run "html,odt,docx" "html,odt,docx"
run "solo html" "html"
run "solo odt" "odt"
run "solo docx" "docx"
