#!/usr/bin/env bash
# Issue 19's load goal: 20 institutions × 10 people editing, previewing and saving at once on a
# shared server (`calidoc serve --config`) whose accounts and audit log are in PostgreSQL, on two
# cores: p99 < 300 ms, no errors, no lost write, no answer across institutions.
# Usage: bash Benchmarks/servidor-compartido.sh [INSTITUCIONES] [PERSONAS] [SEGUNDOS] [ESPACIOS] [PAUSA]
#        (defaults 20 10 60 2 0: each institution has ESPACIOS copies of the GORE workspace, its
#        people share them, so saves from an old version meet the version tag; PAUSA: seconds each
#        person waits between actions, 0 for none.)
# CALIDOC_BIN=path uses that binary instead of building the release one.
# PostgreSQL: a cluster of its own (port 55433, /tmp/calidoc-postgres-carga-UID, started with
# .ci/postgres and stopped at the end), so the tests' cluster is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
institutions="${1:-20}"
people="${2:-10}"
seconds="${3:-60}"
spaces="${4:-2}"
pause="${5:-0}"
source Benchmarks/calidoc-release.sh
work="$(mktemp -d)"
chmod 755 "$work"
server=""
export CALIDOC_POSTGRES_PORT=55433 CALIDOC_POSTGRES_DIR="/tmp/calidoc-postgres-carga-$(id -u)" CALIDOC_POSTGRES_URL_FILE="$work/postgres.url"
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; bash .ci/postgres stop; rm -rf "$work"' EXIT
url="$(bash .ci/postgres | tail -1)"
password="$(sed -n 's|^postgres://calidoc:\([^@]*\)@.*|\1|p' <<<"$url")"
base_url="${url/:$password@/@}"
export PGPASSWORD="$password"
psql=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -1)/psql
"$psql" -X -q "$base_url" -c "DROP DATABASE IF EXISTS calidoc_carga" -c "CREATE DATABASE calidoc_carga"
cat >"$work/servidor.yaml" <<YAML
almacen:
  tipo: postgresql
  url: ${base_url%/*}/calidoc_carga
  carpeta: $work/datos
escucha:
  direccion: 127.0.0.1
  puerto: 0
YAML
mkdir -p "$work/datos"
export CALIDOC_CONTRASENA="contrasena-de-carga-123"
: >"$work/cuentas.csv"
echo "Preparando $institutions instituciones × $people personas (cada cuenta cuesta un hash bcrypt)…" >&2
for i in $(seq -w 1 "$institutions"); do
    "$CALIDOC_BIN" cuentas institucion --config "$work/servidor.yaml" "inst-$i" "Institución $i" >/dev/null
    for s in $(seq 1 "$spaces"); do
        cp -r Samples/gore-santiago "$work/datos/inst-$i/gore-$i-$s"
        rm -rf "$work/datos/inst-$i/gore-$i-$s/versiones"
    done
    for u in $(seq -w 1 "$people"); do
        "$CALIDOC_BIN" cuentas agregar --config "$work/servidor.yaml" --institucion "inst-$i" --usuario "persona$u" \
            --nombre "Persona $u" --rol editor >/dev/null
        echo "inst-$i,persona$u,$CALIDOC_CONTRASENA,gore-$i-$(( (10#$u - 1) % spaces + 1 ))" >>"$work/cuentas.csv"
    done
done
"$CALIDOC_BIN" serve --config "$work/servidor.yaml" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    grep -q "http://127.0.0.1:" "$work/serve.log" && break
    sleep 0.1
done
address="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1)"
[ -n "$address" ] || { cat "$work/serve.log" >&2; exit 1; }
python3 Benchmarks/servidor-carga.py "$address" - "$server" --cuentas "$work/cuentas.csv" --segundos "$seconds" --veces 50 --pausa "$pause"
