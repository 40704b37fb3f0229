#!/usr/bin/env bash
# Browser-level tests (issue 9): builds the example site with the release binary
# into a temporary folder, then runs the suite with Node's test runner:
#   site.test.mjs      Nu HTML Checker over every HTML file, XML well-formedness,
#                      axe-core, language switcher, 375 px overflow, internal links,
#                      screenshots (target/screenshots/), search and filters (skipped
#                      until built); one static server and one Chromium for all pages
#   theme.test.mjs     the default theme's promises (issue 10): every project prints
#                      on one A4 page without navigation; the home, projects, project
#                      and partner pages fit 320-1920 px; the home page under 100 KB
#                      without images, no web fonts, no layout shift
#   languages.test.mjs the root language picker of a site with every language under
#                      its prefix: readers asking for en or vi land on /en/ or /vi/,
#                      others and readers without JavaScript get a plain link each
#   subpath.test.mjs   the example site built with --base-url http://127.0.0.1:PORT/site/
#                      and served under /site/ only (GitHub project Pages): every internal
#                      address of a few pages answers 200, the stylesheet applies, search works
#   images.test.mjs    photos (issue 21): a cover on a 375 px phone is WebP at 800 px or
#                      less, eager, without layout shift; every image has alt text; the
#                      home page under 300 KB with its images; og:image is its stated size
#   selftest.test.mjs  proves the suite fails on a deliberately broken site
#
# Needs: Node 20+, Java 17+, Debian's Chromium at /usr/bin/chromium (or CHROMIUM=...),
# and `npm ci --ignore-scripts` in tests/browser (done here when node_modules is missing).
# With poppler-utils (pdftotext) the print test also reads the PDF's text.
# OUTREACH_BIN=path skips `cargo build --release`. Extra arguments go to `node --test`,
# e.g. `tests/browser/run.sh --test-name-pattern=axe`.
# BROWSER_TEST_ALL_PAGES=1 visits every page instead of the sample.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

started=$SECONDS

if [ -z "${OUTREACH_BIN:-}" ]; then
  target="${CARGO_TARGET_DIR:-$root/target}"
  case "$target" in /*) ;; *) target="$root/$target" ;; esac
  (cd "$root" && cargo build --release --quiet --bin outreach)
  OUTREACH_BIN="$target/release/outreach"
fi
[ -x "$OUTREACH_BIN" ] || { echo "run.sh: no outreach binary at $OUTREACH_BIN" >&2; exit 2; }

if [ ! -d node_modules/playwright-core ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
  # --ignore-scripts: vnu-jar's install script would download a Java runtime.
  npm ci --ignore-scripts --no-audit --no-fund
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/outreach-browser.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

"$OUTREACH_BIN" build --root "$root" --output "$tmp/site"

export SITE_DIR="$tmp/site"
export OUTREACH_BIN REPO_ROOT="$root"
export SCREENSHOT_DIR="${SCREENSHOT_DIR:-$root/target/screenshots}"

echo "browser tests: site built after $((SECONDS - started)) s; screenshots go to $SCREENSHOT_DIR"
# Node's summary stays the last lines of the output (CI reads them); the trap removes $tmp.
status=0
node --test --test-reporter=spec --test-concurrency=1 "$@" site.test.mjs theme.test.mjs languages.test.mjs subpath.test.mjs images.test.mjs selftest.test.mjs || status=$?
exit $status
