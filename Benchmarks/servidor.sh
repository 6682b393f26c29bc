#!/usr/bin/env bash
# Issue 17's server goals: preview after an edit p50 < 20 ms / p99 < 50 ms; 50 editors at once on
# loopback, p99 < 200 ms for saves and previews, no errors, memory flat over 10 000 saves.
# Usage: bash Benchmarks/servidor.sh [EDITORES] [SEGUNDOS] [GUARDADOS] [VECES] [PAUSA]
#        (defaults 50 120 10000 200 0; PAUSA: seconds each editor waits between actions)
# CALIDOC_BIN=path uses that binary instead of building the release one (e.g. a debug build).
set -euo pipefail
cd "$(dirname "$0")/.."
editors="${1:-50}"
seconds="${2:-120}"
saves="${3:-10000}"
times="${4:-200}"
pause="${5:-0}"
source Benchmarks/calidoc-release.sh
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
# One GORE workspace per editor (each saves its own Política, as the officers of different services would).
ids=()
for i in $(seq -w 1 "$editors"); do
    cp -r Samples/gore-santiago "$work/gore-$i"
    rm -rf "$work/gore-$i/versiones"
    ids+=("gore-$i")
done
"$CALIDOC_BIN" serve "$work" --puerto 0 --no-abrir >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    grep -q "http://127.0.0.1:" "$work/serve.log" && break
    sleep 0.1
done
base="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1)"
[ -n "$base" ] || { cat "$work/serve.log" >&2; exit 1; }
ids_csv="$(IFS=,; echo "${ids[*]}")"
python3 Benchmarks/servidor-carga.py "$base" "$ids_csv" "$server" --segundos "$seconds" --guardados "$saves" --veces "$times" --pausa "$pause"
