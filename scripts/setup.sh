#!/usr/bin/env bash
# Prepares a checkout to run: pnpm 10 (installed with npm when missing) and the workspace's
# dependencies (installed from the lockfile when node_modules is missing or older than it).
# Safe to run again: it does nothing when everything is in place.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || die "Node.js 20.19 or newer is needed (https://nodejs.org); it is not on PATH."
node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 19)) process.exit(1);
' || die "Node.js 20.19 or newer is needed; this is $(node --version)."

# Corepack cannot fetch pnpm here, so pnpm comes from npm.
if ! command -v pnpm >/dev/null 2>&1; then
  say "installing pnpm 10 with npm"
  npm install --global pnpm@10 >/dev/null || die "could not install pnpm with npm (try: npm install -g pnpm@10)"
  hash -r
  command -v pnpm >/dev/null 2>&1 || die "pnpm was installed but is not on PATH (npm prefix: $(npm prefix -g)/bin)"
fi
pnpm_version="$(pnpm --version)"
[[ "$pnpm_version" == 10.* ]] || say "warning: this workspace is made for pnpm 10, found pnpm $pnpm_version"

# pnpm keeps a copy of the lockfile it installed from: when it differs, node_modules is stale.
if [[ ! -f node_modules/.modules.yaml ]] || ! cmp -s pnpm-lock.yaml node_modules/.pnpm/lock.yaml; then
  say "installing dependencies (pnpm install --frozen-lockfile)"
  pnpm install --frozen-lockfile
fi
