#!/usr/bin/env bash
# Installs the command-line tools that the load benchmark (issue 12, system-tests' uk.collabproc.benchmark) drives:
# wrk, the HTTP load generator, from the Debian/Ubuntu archive. Does nothing when wrk is already on the PATH, so it
# can be run before every benchmark. Needs apt-get, and root or sudo.
set -euo pipefail

if command -v wrk >/dev/null 2>&1; then
  echo "wrk is installed: $(command -v wrk)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get not found: install wrk with this system's package manager" >&2
  exit 1
fi

as_root=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Installing wrk needs root, and sudo is not available" >&2
    exit 1
  fi
  as_root=sudo
fi

$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk
command -v wrk >/dev/null 2>&1 || { echo "wrk is still not on the PATH after installing it" >&2; exit 1; }
echo "wrk is installed: $(command -v wrk)"
