#!/usr/bin/env bash
# The one command that starts Roster on a fresh clone.
#
#   bash scripts/run.sh start   the API (serving the built web app at /) and the worker
#   bash scripts/run.sh dev     API and worker with reload, and the Vite dev server on :5173
#
# It installs what is missing (scripts/setup.sh), uses an SQLite file under .data/ unless
# DATABASE_URL is set, starts a private Redis under .data/redis/ when none answers at REDIS_URL,
# applies the migrations, then runs the processes together: Ctrl-C (SIGINT) or SIGTERM stops them
# all, and when one of them dies the others are stopped too.
set -euo pipefail

mode="${1:-}"
if [[ "$mode" != dev && "$mode" != start ]]; then
  echo "usage: bash scripts/run.sh dev|start" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

say() { printf 'roster: %s\n' "$*"; }
die() { printf 'roster: %s\n' "$*" >&2; exit 1; }

bash scripts/setup.sh

# --- Settings shared by every process -------------------------------------------------------------

export PORT="${PORT:-3000}"
if [[ "$mode" == dev ]]; then
  # The browser talks to Vite, which proxies /trpc to the API on :3000 (apps/web/vite.config.ts).
  export APP_URL="${APP_URL:-http://localhost:5173}"
  [[ "$PORT" == 3000 ]] || say "warning: Vite proxies /trpc to port 3000, but PORT is $PORT"
else
  export APP_URL="${APP_URL:-http://localhost:$PORT}"
fi
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
data_dir="${DATA_DIR:-$root/.data}"
mkdir -p "$data_dir"
if [[ -z "${DATABASE_URL:-}" && -n "${DATA_DIR:-}" ]]; then
  # The apps put the SQLite file in DATA_DIR; the migration command only reads DATABASE_URL.
  export DATABASE_URL="$data_dir/roster.db"
fi

# --- Redis ---------------------------------------------------------------------------------------

# Prints "host port" of REDIS_URL, or fails on a URL that is not one.
redis_address() {
  node -e '
    const url = new URL(process.argv[1]);
    if (!/^rediss?:$/.test(url.protocol)) process.exit(1);
    console.log(url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1", url.port || 6379);
  ' "$REDIS_URL"
}

# True when something speaking Redis answers PING at host:port (an auth error is an answer too).
redis_answers() {
  node -e '
    const socket = require("node:net").connect({ host: process.argv[1], port: Number(process.argv[2]) });
    const fail = () => process.exit(1);
    socket.setTimeout(1500, fail);
    socket.on("error", fail);
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => process.exit(/^(\+PONG|-NOAUTH|-ERR)/.test(String(data)) ? 0 : 1));
  ' "$1" "$2"
}

private_redis_pid=""
address="$(redis_address)" || die "setting REDIS_URL must be a URL like redis://127.0.0.1:6379, not \"$REDIS_URL\""
read -r redis_host redis_port <<<"$address"
if [[ "$REDIS_URL" == rediss:* ]]; then
  say "Redis over TLS at $REDIS_URL: not checked here"
elif ! redis_answers "$redis_host" "$redis_port"; then
  case "$redis_host" in
    127.0.0.1 | localhost | ::1) local_redis=yes ;;
    *) local_redis=no ;;
  esac
  if [[ "$local_redis" == yes ]] && command -v redis-server >/dev/null 2>&1; then
    say "no Redis answers at $REDIS_URL: starting a private one under ${data_dir}/redis"
    mkdir -p "$data_dir/redis"
    redis-server --daemonize yes --port "$redis_port" --bind 127.0.0.1 --dir "$data_dir/redis" \
      --save "" --appendonly no --pidfile "$data_dir/redis/redis.pid" --logfile "$data_dir/redis/redis.log"
    for _ in $(seq 1 50); do
      redis_answers 127.0.0.1 "$redis_port" && break
      sleep 0.2
    done
    redis_answers 127.0.0.1 "$redis_port" || die "the private Redis did not start; see $data_dir/redis/redis.log"
    private_redis_pid="$(cat "$data_dir/redis/redis.pid")"
  elif [[ "$local_redis" == yes ]]; then
    die "no Redis answers at $REDIS_URL and redis-server is not installed: install Redis (e.g. apt-get install redis-server) or set REDIS_URL to one that runs."
  else
    die "no Redis answers at $REDIS_URL: start it, or set REDIS_URL to one that runs."
  fi
fi

# --- Processes -------------------------------------------------------------------------------------

pids=()
names=()
stopping=""
ready_pid=""

# Stops every process this script started (each runs in its own process group, so pnpm, tsx and
# node all get the signal), and the private Redis.
stop_all() {
  local signal="${1:-TERM}" pid
  if [[ -n "$ready_pid" ]]; then kill "$ready_pid" 2>/dev/null || true; fi
  for pid in ${pids[@]+"${pids[@]}"}; do
    kill "-$signal" -- "-$pid" 2>/dev/null || true
  done
  for pid in ${pids[@]+"${pids[@]}"}; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ -n "$private_redis_pid" ]]; then
    kill "$private_redis_pid" 2>/dev/null || true
    private_redis_pid=""
  fi
}

on_signal() {
  [[ -n "$stopping" ]] && return
  stopping=yes
  say "stopping"
  stop_all TERM
  exit 130
}
trap on_signal INT TERM
trap 'stop_all TERM' EXIT

say "applying migrations"
pnpm --silent --filter @roster/db migrate

if [[ "$mode" == start && ! -f apps/web/dist/index.html ]]; then
  say "building the web app (apps/web/dist is missing)"
  pnpm --filter @roster/web build
fi

# Runs a command in the background, in its own process group.
launch() {
  local name="$1"
  shift
  set -m
  "$@" &
  set +m
  pids+=("$!")
  names+=("$name")
}

if [[ "$mode" == start ]]; then
  launch api env NODE_ENV=production pnpm --filter @roster/api start
  launch worker env NODE_ENV=production pnpm --filter @roster/worker start
  open_url="$APP_URL"
else
  launch api env NODE_ENV=development pnpm --filter @roster/api dev
  launch worker env NODE_ENV=development pnpm --filter @roster/worker dev
  launch web pnpm --filter @roster/web dev --port 5173 --strictPort
  open_url="$APP_URL"
fi

# Tells where to open the app once the API answers.
(
  for _ in $(seq 1 120); do
    if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
      "http://127.0.0.1:$PORT/health" 2>/dev/null; then
      say "ready: open $open_url"
      exit 0
    fi
    sleep 1
  done
) &
ready_pid=$!

# Waits until one process ends, then stops the others and exits with its status.
while true; do
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      status=0
      wait "${pids[$i]}" || status=$?
      say "${names[$i]} exited (status $status): stopping the others"
      stopping=yes
      stop_all TERM
      exit "$status"
    fi
  done
  sleep 1 &
  wait $! || true
done
