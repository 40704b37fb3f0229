#!/usr/bin/env bash
# Takes the screenshots in this folder: the home page (Vietnamese and English), the
# English projects list, a project page and a partner page, each at 375 px (a phone)
# and 1280 px (a laptop), the top three screens of each. Which pages and how much of
# them: tests/browser/lib/screenshots.mjs (the browser suite takes the same shots to
# target/screenshots/ on every run).
#
#   docs/screenshots/take.sh
#
# Builds the example site with the release binary into a temporary folder (output/ is
# left alone), serves it, shoots with Debian's Chromium through playwright-core
# (tests/browser; no tool downloads a browser), then shrinks the files with pngquant
# and optipng when they are installed (apt-get install -y pngquant optipng).
# OUTREACH_BIN=path skips `cargo build --release`; CHROMIUM=path picks the browser.
# The text is in whatever sans-serif font the machine has (DejaVu Sans on Debian).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ -z "${OUTREACH_BIN:-}" ]; then
  target="${CARGO_TARGET_DIR:-$root/target}"
  case "$target" in /*) ;; *) target="$root/$target" ;; esac
  (cd "$root" && cargo build --release --quiet --bin outreach)
  OUTREACH_BIN="$target/release/outreach"
fi

browser_tests="$root/tests/browser"
if [ ! -d "$browser_tests/node_modules/playwright-core" ]; then
  (cd "$browser_tests" && npm ci --ignore-scripts --no-audit --no-fund)
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/outreach-screenshots.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

"$OUTREACH_BIN" build --root "$root" --output "$tmp/site" >/dev/null
mapfile -t shots < <(node "$browser_tests/screenshots.mjs" "$tmp/site" "$here")

if command -v pngquant >/dev/null; then
  # Lossy to 256 colours or fewer; text and flat colours survive it unchanged to the eye.
  pngquant --force --skip-if-larger --strip --quality=80-95 --ext .png -- "${shots[@]}" || true
fi
if command -v optipng >/dev/null; then
  optipng -quiet -o2 -strip all -- "${shots[@]}"
fi

for f in "${shots[@]}"; do
  printf '%6s KB  %s\n' "$(( ($(stat -c %s "$f") + 1023) / 1024 ))" "${f#"$root"/}"
done
