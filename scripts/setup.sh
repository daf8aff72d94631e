#!/usr/bin/env bash
# `npm run setup`: everything the test suite needs that a fresh Debian machine with only Node and
# npm lacks. It installs the Debian packages that are missing (Chromium for the browser tests and
# Lighthouse; Jupyter's nbconvert and kernel client for the notebooks), then the npm packages from
# the lockfile. Safe to run again: it installs only what is missing. A shell script rather than
# TypeScript because it must run before `npm ci` has installed tsx.
set -euo pipefail
cd "$(dirname "$0")/.."

# Playwright drives Debian's Chromium; it must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

missing=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/nonexistent}" ] || missing+=(chromium)
command -v jupyter-nbconvert >/dev/null 2>&1 || missing+=(jupyter-nbconvert)
for package in python3-nbclient jupyter-client; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  install=(apt-get install -y -qq "${missing[@]}")
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: install them as root, then run this again:" >&2
    echo "  apt-get update && ${install[*]}" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: no apt-get here; install these packages with your system's tools: ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]} from Debian"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" "${install[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
echo "setup: ready (Chromium: $(command -v chromium || echo "${CHROMIUM_PATH:-}"), nbconvert: $(jupyter-nbconvert --version))"
