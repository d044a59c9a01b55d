#!/usr/bin/env bash
# Installs what building (and, with --tests, testing) needs on a fresh
# machine. Skips whatever is already there.
#   scripts/setup.sh          build tools: Debian's Rust for wasm, lld, wasm-bindgen-cli
#   scripts/setup.sh --tests  also Chromium, PostgreSQL and the end-to-end test packages
source "$(dirname "$0")/common.sh"

packages=(rustc-web cargo-web rust-web-src lld-19 brotli)
if [[ "${1:-}" == "--tests" ]]; then
  # fonts-sil-abyssinica: an Ethiopic font (1 MB, not Noto's 42 MB), so the
  # browser tests render and print Tigrinya as text, not boxes.
  packages+=(chromium postgresql nodejs fonts-sil-abyssinica)
fi

missing=()
for package in "${packages[@]}"; do
  # Node may come from outside Debian (this kind of machine ships it): keep that one.
  if [[ "$package" == nodejs ]] && command -v node >/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if ((${#missing[@]})); then
  step "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [[ "$have" != "$wanted" ]]; then
  step "Installing wasm-bindgen-cli $wanted (takes several minutes)"
  # Not --locked: the CLI's own lock file pins a crate version this registry does not serve.
  env -u CARGO_TARGET_DIR "$CARGO" install wasm-bindgen-cli --version "$wanted"
fi

if [[ "${1:-}" == "--tests" ]]; then
  if [[ ! -d end2end/node_modules/playwright-core || end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]]; then
    step "Installing the end-to-end test packages"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
