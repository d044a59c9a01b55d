# Shared by the scripts: where things are and which toolchain builds them.
# Sourced, not run.

set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

# Debian's rustc-web builds both halves (the rustup toolchain has no wasm32
# target): one compiler version for the whole workspace. See README.md.
export RUSTC=/usr/bin/rustc
export RUSTDOC=/usr/bin/rustdoc
CARGO=/usr/bin/cargo

# Build output lives outside the clone so that a fresh clone on the same
# machine reuses it; override with CARGO_TARGET_DIR.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/jamforaren/target}"
SITE_ROOT="$REPO/target/site"
SERVER_BIN="$CARGO_TARGET_DIR/release/server"

export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
