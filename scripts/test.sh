#!/usr/bin/env bash
# The whole test suite from a clean clone: system tools the tests compare against, npm
# dependencies, the bundle check, then jest.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: Go's own parser for the import reference, GitHub's markdown renderer, cloc,
# and real Go repositories (their sources land in /usr/share/gocode/src).
DEBIAN_PACKAGES=(golang-go cmark-gfm cloc golang-1.19-src
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
npx tsc --noEmit
npx tsc --noEmit -p bench
node scripts/check-dist.mjs
npm test -- --ci "$@"
