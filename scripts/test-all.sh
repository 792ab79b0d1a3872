#!/usr/bin/env bash
# Everything that must pass before a change lands, in one command:
#
#   bash scripts/test-all.sh
#
# Makes sure PostgreSQL (127.0.0.1:5432, database `test`) and Redis (127.0.0.1:6379) are up,
# starting them when they are installed but down, and that Chromium is installed for the browser
# tests; then lint, typecheck, every test suite on SQLite and on PostgreSQL, the build, and the
# browser journeys. Stops at the first step that fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

started_at=$SECONDS
steps=0
step() {
  steps=$((steps + 1))
  printf '\n\033[1m==== %d. %s ====\033[0m\n' "$steps" "$*"
}
say() { printf 'test-all: %s\n' "$*"; }
die() { printf 'test-all: %s\n' "$*" >&2; exit 1; }
on_exit() {
  local status=$?
  [[ $status -eq 0 ]] || printf '\ntest-all: FAILED at step %d (exit %d)\n' "$steps" "$status" >&2
}
trap on_exit EXIT

# Root for apt-get and for starting services: directly, or through sudo.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else die "needs root for: $*"; fi
}

# True when host:port accepts a TCP connection.
port_open() {
  node -e '
    const socket = require("node:net").connect({ host: process.argv[1], port: Number(process.argv[2]) });
    socket.setTimeout(1000, () => process.exit(1));
    socket.on("error", () => process.exit(1));
    socket.on("connect", () => process.exit(0));
  ' "$1" "$2"
}

wait_for_port() {
  local name="$1" port="$2"
  for _ in $(seq 1 60); do
    port_open 127.0.0.1 "$port" && return 0
    sleep 0.5
  done
  die "$name did not come up on 127.0.0.1:$port"
}

step "setup (pnpm and dependencies)"
bash scripts/setup.sh

step "services: PostgreSQL, Redis, Chromium"
if port_open 127.0.0.1 5432; then
  say "PostgreSQL answers on 127.0.0.1:5432"
else
  command -v pg_ctlcluster >/dev/null 2>&1 || die "PostgreSQL is down on 127.0.0.1:5432 and pg_ctlcluster is not installed"
  versions=(/etc/postgresql/*)
  [[ -d "${versions[0]}" ]] || die "PostgreSQL is down and no cluster is configured under /etc/postgresql"
  say "starting PostgreSQL ${versions[0]##*/}"
  as_root pg_ctlcluster --skip-systemctl-redirect "${versions[0]##*/}" main start
  wait_for_port PostgreSQL 5432
fi
if command -v psql >/dev/null 2>&1; then
  if ! psql -h 127.0.0.1 -U postgres -d postgres -Atc "select 1 from pg_database where datname = 'test'" | grep -q 1; then
    say "creating the database test"
    psql -h 127.0.0.1 -U postgres -d postgres -qc 'create database test'
  fi
fi

if port_open 127.0.0.1 6379; then
  say "Redis answers on 127.0.0.1:6379"
else
  command -v redis-server >/dev/null 2>&1 || die "Redis is down on 127.0.0.1:6379 and redis-server is not installed"
  say "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  wait_for_port Redis 6379
fi

if [[ -x /usr/bin/chromium ]]; then
  say "Chromium: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
else
  say "installing Chromium with apt-get"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

# Every test runner's output is also kept here, to add up the counts at the end.
results="$(mktemp)"
counted() { "$@" 2>&1 | tee -a "$results"; }

# Turbo replays every task's output in full (the vitest summaries included), cached or not.
step "lint"
pnpm format:check
pnpm lint --output-logs=full

step "typecheck"
pnpm typecheck --output-logs=full

step "tests on SQLite"
counted pnpm test --output-logs=full

step "tests on PostgreSQL"
counted env TEST_DATABASE=postgresql pnpm test --output-logs=full

step "build"
pnpm build --output-logs=full

step "browser journeys (Chromium)"
counted pnpm --filter @roster/web test:e2e

# Vitest's "Tests  N failed | M passed (T)" lines, summed over every suite and both databases.
read -r passed failed < <(sed 's/\x1b\[[0-9;]*m//g' "$results" | awk '
  /Tests +[0-9]/ { for (i = 1; i < NF; i++) { if ($(i + 1) ~ /^passed/) p += $i; if ($(i + 1) ~ /^failed/) f += $i } }
  END { print p + 0, f + 0 }')
rm -f "$results"
printf '\n\033[1mtest-all: all %d steps passed in %ds\033[0m\n' "$steps" "$((SECONDS - started_at))"
printf 'tests: %d passed, %d failed\n' "$passed" "$failed"
