#!/usr/bin/env bash
# Benchmarks the photo stage: a site of 100 photo-like 4000 × 3000 JPEGs (examples/photos.rs),
# built with an empty cache, then again with the cache warm (a new output folder each time),
# reporting wall time, peak memory (GNU time), the `images` phase of `--verbose`, and the
# published photos' size against the originals'.
#
#   scripts/bench-images.sh              100 photos of 4000 × 3000
#   scripts/bench-images.sh 20 2000 1500 fewer, smaller photos
#
# Everything goes to a tmpfs folder, /dev/shm/outreach-images (BENCH_DIR=... to change),
# removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100}"; width="${2:-4000}"; height="${3:-3000}"
dir="${BENCH_DIR:-/dev/shm/outreach-images}"
rm -rf "$dir"; mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT
cargo build --release --quiet --bin outreach --example photos
target="${CARGO_TARGET_DIR:-target}"
"$target/release/examples/photos" "$dir/site" "$count" "$width" "$height"
cp -r themes "$dir/site/"
build() {
  rm -rf "$dir/site/output"
  /usr/bin/time -v "$target/release/outreach" build --root "$dir/site" --verbose 2> "$dir/log" || { cat "$dir/log"; exit 1; }
  wall=$(grep "Elapsed (wall" "$dir/log" | awk '{print $NF}')
  peak=$(grep "Maximum resident" "$dir/log" | awk '{print int($NF/1024)}')
  images=$(grep -E "^ +render:|^ +library:" "$dir/log" | tr -s ' ' | tr '\n' ' ')
  echo "$1: wall $wall, peak memory $peak MB; $(grep 'images:' "$dir/log" | sed 's/^ *//'); phases: $images"
}
build "first build (empty cache)"
build "rebuild (warm cache)   "
originals=$(find "$dir/site/content" -name 'anh.jpg' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
out="$dir/site/output/dau-tu"
sum() { find "$out" -name "$1" -print0 | du -cb --files0-from=- | tail -1 | cut -f1; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
echo "originals: $(mb "$originals") in $count files"
for w in 480 800 1200 1600; do
  echo "  ${w}w: WebP $(mb "$(sum "anh-${w}w.webp")"), JPEG $(mb "$(sum "anh-${w}w.jpg")")"
done
