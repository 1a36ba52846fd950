#!/usr/bin/env bash
# The whole test suite from a clean clone: system tools the tests compare against, npm
# dependencies, the bundle check, then jest.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: git, Go's own parser for the import reference, GitHub's markdown renderer, cloc,
# openssl (a certificate for the HTTPS server behind the test proxy), a browser (and a font) to look
# at what Tusk renders, the sqlite3 CLI that queries its exports, and real Go repositories (their
# sources land in /usr/share/gocode/src).
DEBIAN_PACKAGES=(git openssl golang-go cmark-gfm cloc chromium fonts-dejavu-core sqlite3 golang-1.19-src
  golang-github-pkg-errors-dev golang-github-spf13-cobra-dev golang-github-stretchr-testify-dev
  golang-golang-x-net-dev golang-golang-x-sys-dev golang-golang-x-text-dev golang-github-gorilla-mux-dev
  golang-github-sirupsen-logrus-dev golang-github-google-go-cmp-dev golang-gopkg-yaml.v3-dev
  golang-golang-x-tools-dev golang-github-prometheus-client-golang-dev)
missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund

# The static checks, two at a time (this machine has two cores), each with its output kept and
# shown when it fails. The type checks (tsc -b, scripts/tsc-build.mjs), eslint and prettier keep
# what they learnt in node_modules/.cache/, so a second run checks only what changed (5 s here);
# a clean clone runs them in full (about 25 s).
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
# One type check covers src, test, bench and scripts (one program: what they share is checked
# once); cold, it takes as long as lint and the dist check one after the other.
CHECKS=(
  "typecheck|node scripts/tsc-build.mjs tsconfig.json"
  "lint, dist|npm run lint --silent && node scripts/check-dist.mjs"
)
failed=0
run_check() {
  local name=${1%%|*} command=${1#*|} start=$SECONDS
  if bash -c "$command" >"$LOGS/$name.log" 2>&1; then
    echo "$name: ok ($((SECONDS - start)) s)"
  else
    echo "$name: FAILED" && cat "$LOGS/$name.log" && return 1
  fi
}
for ((i = 0; i < ${#CHECKS[@]}; i += 2)); do
  run_check "${CHECKS[i]}" & first=$!
  if ((i + 1 < ${#CHECKS[@]})); then run_check "${CHECKS[i + 1]}" || failed=1; fi
  wait "$first" || failed=1
done
[ "$failed" -eq 0 ] || exit 1
# The tests' servers listen on loopback, and Tusk honours the proxy variables: a proxy this machine
# names (npm above may need it) must not stand between them and the tests.
export no_proxy="${no_proxy:+$no_proxy,}127.0.0.1,localhost" NO_PROXY="${NO_PROXY:+$NO_PROXY,}127.0.0.1,localhost"
# jest runs on the Node that action.yml names (scripts/jest.mjs).
npm test -- --ci "$@"
