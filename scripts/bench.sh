#!/usr/bin/env bash
# Benchmarks `outreach build` on generated bilingual corpora and on the example site.
#
#   scripts/bench.sh                 N = 1,000 and 10,000 (2,000 and 20,000 pages)
#   scripts/bench.sh --large         also N = 50,000
#   scripts/bench.sh --sizes "100 1000" --runs 5
#
# Corpora (examples/corpus) and outputs go to a tmpfs folder, /dev/shm/outreach-bench by
# default (BENCH_DIR=... to change), so the figures measure outreach, not the disk. Each
# size gets a warm-up build, then --runs timed builds into a fresh output folder, then as
# many rebuilds into the existing output (files unchanged since the last build). The
# table shows medians: wall time (to the millisecond), pages per second, peak memory and
# CPU time (user+sys, from `/usr/bin/time -v`; on a busy machine it varies far less than
# wall time), and the phases of `outreach build --verbose`. "pages" is what outreach
# reports built: the 2N pages, sections, listing and taxonomy pages in both languages.
# What it wrote is removed at the end unless --keep.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="1000 10000"
runs=3
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --large) sizes="$sizes 50000" ;;
    --sizes) sizes="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

bench_dir="${BENCH_DIR:-/dev/shm/outreach-bench}"
[ -d /dev/shm ] || { bench_dir="${BENCH_DIR:-${TMPDIR:-/tmp}/outreach-bench}"; echo "note: no /dev/shm; using $bench_dir (not tmpfs)" >&2; }

# GNU time reports peak memory; the shell's `time` keyword does not.
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (Debian package \`time\`)..." >&2
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq time >/dev/null
fi

target="${CARGO_TARGET_DIR:-target}"
echo "building outreach and the corpus generator (release)..." >&2
cargo build --release --quiet --bin outreach --example corpus
outreach="$target/release/outreach"
corpus="$target/release/examples/corpus"

mkdir -p "$bench_dir"
work=$(mktemp -d "$bench_dir/run.XXXXXX")
cleanup() { [ "$keep" -eq 1 ] || rm -rf "$work"; }
trap cleanup EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One timed build: prints "wall_s rss_kb pages cpu_s" and leaves the phase timings in
# $3.phases.
timed_build() {
  local root="$1" out="$2" log="$3"
  local start end wall rss pages cpu
  start=$(date +%s%N)
  if ! /usr/bin/time -v -o "$log.time" "$outreach" build --root "$root" --output "$out" --verbose >/dev/null 2>"$log"; then
    echo "bench.sh: the build of $root failed:" >&2
    cat "$log" >&2
    exit 1
  fi
  end=$(date +%s%N)
  # GNU time's wall clock has 10 ms steps: measure it here to the millisecond.
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log.time")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log.time")
  pages=$(sed -n 's/^built \([0-9]*\) pages.*/\1/p' "$log")
  grep -E '^ *[a-z]+: +[0-9.]+ ms$' "$log" > "$log.phases" || true
  echo "$wall $rss $pages $cpu"
}

# Times `runs` fresh builds and `runs` rebuilds of one site; appends a table row.
bench_site() {
  local label="$1" n="$2" root="$3"
  local out="$work/out-$label" log="$work/log-$label"
  rm -rf "$out"
  timed_build "$root" "$out" "$log" >/dev/null   # warm-up: page cache, allocator, CPU clocks
  : > "$log.fresh"; : > "$log.rebuild"
  for i in $(seq "$runs"); do
    rm -rf "$out"
    timed_build "$root" "$out" "$log" >> "$log.fresh"
    cp "$log.phases" "$log.phases.$i"
    echo "  $label fresh run $i: $(tail -1 "$log.fresh")" >&2
  done
  for i in $(seq "$runs"); do
    timed_build "$root" "$out" "$log" >> "$log.rebuild"
    echo "  $label rebuild run $i: $(tail -1 "$log.rebuild")" >&2
  done
  local wall rss pages cpu rebuild rebuild_rss
  wall=$(cut -d' ' -f1 "$log.fresh" | median)
  cpu=$(cut -d' ' -f4 "$log.fresh" | median)
  rss=$(cut -d' ' -f2 "$log.fresh" | median)
  pages=$(cut -d' ' -f3 "$log.fresh" | head -1)
  rebuild=$(cut -d' ' -f1 "$log.rebuild" | median)
  rebuild_rss=$(cut -d' ' -f2 "$log.rebuild" | median)
  printf '| %s | %s | %s | %.3f | %.0f | %.0f | %.2f | %.3f | %.0f |\n' \
    "$label" "$n" "$pages" "$wall" "$(awk -v p="$pages" -v w="$wall" 'BEGIN { print (w > 0 ? p / w : 0) }')" \
    "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$cpu" "$rebuild" \
    "$(awk -v k="$rebuild_rss" 'BEGIN { print k / 1024 }')" >> "$work/table"
  # The phases of the fresh run whose wall time is the median.
  local mid
  mid=$(awk -v m="$wall" '$1 == m { print NR; exit }' "$log.fresh")
  printf '| %s |' "$label" >> "$work/phases"
  awk '{ printf " %s |", $2 }' "$log.phases.${mid:-1}" >> "$work/phases"
  echo >> "$work/phases"
  [ -s "$work/phase-names" ] || awk '{ sub(":", "", $1); printf " %s ms |", $1 }' "$log.phases.${mid:-1}" > "$work/phase-names"
}

: > "$work/table"; : > "$work/phases"; : > "$work/phase-names"
for n in $sizes; do
  echo "generating the corpus, N = $n..." >&2
  "$corpus" --pages "$n" --out "$work/corpus-$n" --force
  bench_site "corpus-$n" "$n" "$work/corpus-$n"
  # The corpus and its output of one size take up to a few GB of tmpfs: free them now.
  [ "$keep" -eq 1 ] || rm -rf "$work/corpus-$n" "$work/out-corpus-$n"
done
echo "the example site..." >&2
bench_site "example" "-" "."

if commit=$(git rev-parse --short HEAD 2>/dev/null); then
  git diff --quiet HEAD -- src themes Cargo.lock || commit="$commit with uncommitted changes"
else
  commit="${OUTREACH_COMMIT:-(not a git checkout)}"
fi
echo
echo "outreach $commit, $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), output on $(df --output=fstype "$work" | tail -1); median of $runs runs after a warm-up"
echo
echo "| site | N | pages | wall s | pages/s | peak RSS MB | CPU s (user+sys) | rebuild s | rebuild peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
cat "$work/table"
echo
echo "Phases of the median fresh run (\`outreach build --verbose\`):"
echo
echo "| site |$(cat "$work/phase-names")"
echo "|---|$(awk '{ for (i = 1; i <= NF; i += 3) printf "---:|" }' "$work/phase-names")"
cat "$work/phases"
