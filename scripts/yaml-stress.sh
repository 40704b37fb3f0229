#!/usr/bin/env bash
# Times `outreach build` and `outreach check` on hostile YAML: front matter, data files and
# site.yaml with many keys, and YAML nested very deeply, each in a site of its own.
#
#   scripts/yaml-stress.sh                       8,000, 16,000 and 100,000 keys
#   scripts/yaml-stress.sh --sizes "1000 100000" --runs 3
#   scripts/yaml-stress.sh --binary old/outreach --timeout 300    time another build
#
# The cases (N keys each; N lines, about 20 bytes a key):
#   page-unknown   a page with N fields its type does not have: N errors (exit 1)
#   page-typed     a page of a type whose schema declares its N fields: builds
#   data           content/_data/lon.yaml with N keys: builds
#   site           site.yaml with N keys under `extra:`: builds
#   site-unknown   site.yaml with N settings it does not have: N errors (exit 1)
# and, refused at 128 levels (exit 1), once each:
#   page-brackets  200 KB of `[` in a page's front matter
#   data-braces    200 KB of `{` in a data file
#   site-brackets  200 KB of `[` under `extra:` in site.yaml
#   page-dashes    `- - - …` 100,000 levels of lists in front matter (200 KB)
#   data-indent    600 levels of indented groups in a data file (180 KB)
# and one syntax error (exit 1):
#   data-quotes    a list of 40,000 quoted values, never closed, on one line (200 KB)
#
# The sites are written to a temporary folder (TMPDIR), removed at the end unless --keep.
# Each run is stopped after --timeout seconds (default 120; shown as ">120"). The table
# gives the median wall time of --runs runs (default 1), the exit codes and the first
# line outreach printed. The figures in the README come from alternating this script
# between two binaries on one machine, since a shared machine's speed drifts.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="8000 16000 100000"
runs=1
timeout_s=120
binary=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --timeout) timeout_s="$2"; shift ;;
    --binary) binary="$2"; shift ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "yaml-stress.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ -z "$binary" ]; then
  echo "building outreach (release)..." >&2
  cargo build --release --quiet --bin outreach
  binary="${CARGO_TARGET_DIR:-target}/release/outreach"
fi
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"

work=$(mktemp -d "${TMPDIR:-/tmp}/outreach-yaml-stress.XXXXXX")
cleanup() { [ "$keep" -eq 1 ] && echo "sites kept in $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

"$binary" init "$work/base" >/dev/null

# N lines `k000001: giá trị 1`, indented by $2.
keys() { awk -v n="$1" -v ind="${2:-}" 'BEGIN { for (i = 1; i <= n; i++) printf "%sk%06d: giá trị %d\n", ind, i, i }'; }
# $2 bytes of the character $1, on one line.
repeat() { head -c "$2" /dev/zero | tr '\0' "$1"; }

new_site() { cp -r "$work/base" "$work/$1"; echo "$work/$1"; }

# A page in site $1 whose front matter is a title and what comes on standard input.
page() {
  { echo "---"; echo "title: Nhiều trường"; cat; echo "---"; echo "Nội dung."; } > "$1/content/nhieu-truong.md"
}

make_sites() {
  local n="$1" d
  d=$(new_site "page-unknown-$n"); keys "$n" | page "$d"
  d=$(new_site "page-typed-$n"); { echo "type: bang"; keys "$n"; } | page "$d"
  { echo 'label: { vi: "Bảng", en: "Table" }'; echo "fields:"
    awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) printf "  k%06d: { kind: text }\n", i }'; } > "$d/themes/default/types/bang.yaml"
  d=$(new_site "data-$n"); mkdir -p "$d/content/_data"; keys "$n" > "$d/content/_data/lon.yaml"
  d=$(new_site "site-$n"); { cat "$work/base/site.yaml"; echo "extra:"; keys "$n" "  "; } > "$d/site.yaml"
  d=$(new_site "site-unknown-$n"); { cat "$work/base/site.yaml"; keys "$n"; } > "$d/site.yaml"
}

make_deep_sites() {
  local d
  d=$(new_site page-brackets); { printf 'x: '; repeat '[' 200000; echo; } | page "$d"
  d=$(new_site data-braces); mkdir -p "$d/content/_data"
  { printf 'x: '; repeat '{' 200000; echo; } > "$d/content/_data/sau.yaml"
  d=$(new_site site-brackets); { cat "$work/base/site.yaml"; printf 'extra: '; repeat '[' 200000; echo; } > "$d/site.yaml"
  d=$(new_site page-dashes)
  { echo "x:"; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "- "; print "a" }'; } | page "$d"
  d=$(new_site data-indent); mkdir -p "$d/content/_data"
  awk 'BEGIN { for (i = 0; i < 600; i++) printf "%*sk%d:\n", i, "", i; print "" }' > "$d/content/_data/sau.yaml"
  d=$(new_site data-quotes); mkdir -p "$d/content/_data"
  { printf 'x: ['; awk 'BEGIN { for (i = 0; i < 40000; i++) printf "\"a\", " }'; echo; } > "$d/content/_data/q.yaml"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One timed run: prints "seconds exit-code", seconds as ">timeout" when stopped.
timed() {
  local log="$1"; shift
  local start end code=0
  start=$(date +%s%N)
  timeout "$timeout_s" "$binary" "$@" >/dev/null 2>"$log" || code=$?
  end=$(date +%s%N)
  if [ "$code" -eq 124 ]; then
    echo ">$timeout_s $code"
  else
    awk -v a="$start" -v b="$end" -v c="$code" 'BEGIN { printf "%.3f %s\n", (b - a) / 1e9, c }'
  fi
}

# Times `build` and `check` of one site; prints a table row.
bench() {
  local name="$1" size="$2" dir="$work/$1"
  local build_times="" check_times="" build_code="" check_code="" t
  for _ in $(seq "$runs"); do
    rm -rf "$dir/output"
    t=$(timed "$dir.build.log" build --root "$dir"); build_times="$build_times${t% *}"$'\n'; build_code="${t#* }"
    t=$(timed "$dir.check.log" check --root "$dir"); check_times="$check_times${t% *}"$'\n'; check_code="${t#* }"
  done
  local shown
  shown=$(grep -m1 -E ': (error|warning): |^built ' "$dir.build.log" | sed "s|$dir/||" | cut -c1-100 || true)
  [ -n "$shown" ] || shown="(exit $build_code, nothing printed)"
  local b c
  if [[ "$build_times" == *">"* ]]; then b=">$timeout_s"; else b=$(printf '%s' "$build_times" | median); fi
  if [[ "$check_times" == *">"* ]]; then c=">$timeout_s"; else c=$(printf '%s' "$check_times" | median); fi
  printf '| %s | %s | %s | %s | %s | %s | `%s` |\n' "$name" "$size" "$b" "$build_code" "$c" "$check_code" "$shown"
  echo "  $name: build ${b} s (exit $build_code), check ${c} s (exit $check_code)" >&2
}

echo "writing the sites into $work..." >&2
for n in $sizes; do make_sites "$n"; done
make_deep_sites

echo
echo "outreach: $binary; $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)); median of $runs run(s), each stopped after $timeout_s s"
echo
echo "| case | size | build s | exit | check s | exit | first line printed by build |"
echo "|---|---:|---:|---:|---:|---:|---|"
for n in $sizes; do
  for case in page-unknown page-typed data site site-unknown; do
    bench "$case-$n" "$n keys"
  done
done
bench page-brackets "200 KB"
bench data-braces "200 KB"
bench site-brackets "200 KB"
bench page-dashes "200 KB"
bench data-indent "180 KB"
bench data-quotes "200 KB"
