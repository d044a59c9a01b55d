#!/usr/bin/env bash
# Builds the release server and the wasm bundle into target/site.
# Assumes scripts/setup.sh has run.
source "$(dirname "$0")/common.sh"

step "Building the server (release)"
"$CARGO" build --release -p server

step "Building the wasm islands (release, std rebuilt for wasm32)"
RUSTC_BOOTSTRAP=1 \
RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
  "$CARGO" build --profile wasm-release -p frontend --lib \
    --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort \
    --target-dir "$CARGO_TARGET_DIR/front"

step "Assembling target/site"
raw="$CARGO_TARGET_DIR/front/wasm32-unknown-unknown/wasm-release/frontend.wasm"
rm -rf "$SITE_ROOT"
mkdir -p "$SITE_ROOT/pkg"
# No wasm-opt: before wasm-bindgen its -Oz drops the function-table entries
# of wasm-bindgen closures ("failed to find 0 in function table"), after it
# the bindings break; compressed, it saved under 2 % (see README.md).
wasm-bindgen --target web --no-typescript --remove-name-section \
  --out-name jamforaren --out-dir "$SITE_ROOT/pkg" "$raw"
cp -r public/. "$SITE_ROOT/"
for file in "$SITE_ROOT"/pkg/*; do
  gzip -9 -k -f "$file"
  brotli -q 11 -f -k "$file"
done
printf 'wasm: %s bytes, %s bytes gzip, %s bytes brotli\n' \
  "$(stat -c %s "$SITE_ROOT/pkg/jamforaren_bg.wasm")" \
  "$(stat -c %s "$SITE_ROOT/pkg/jamforaren_bg.wasm.gz")" \
  "$(stat -c %s "$SITE_ROOT/pkg/jamforaren_bg.wasm.br")"
