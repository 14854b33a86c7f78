#!/usr/bin/env bash
# Builds the generated corpus with Hugo and vestis side by side and prints a table.
#
#   bash .ci/bench-compare.sh                  # 1k and 10k files, 3 runs each, output on tmpfs
#   SIZES="1000 10000 100000" RUNS=5 bash .ci/bench-compare.sh
#   OUT=/var/tmp bash .ci/bench-compare.sh     # output on the local disk instead
#
# Runs alternate between the tools on the same output location, as the disks of
# these machines are slow and noisy. Needs GNU time (/usr/bin/time) and installs
# Debian's hugo when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-3}
OUT=${OUT:-/dev/shm}
work=$(mktemp -d)
trap 'rm -rf "$work" "$OUT"/vestis-bench-out-*' EXIT

if ! command -v hugo >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
fi
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
go build -o "$work/vestis" ./cmd/vestis
go build -o "$work/corpus" ./cmd/corpus

# measure TOOL SIZE DIR: appends "tool size seconds kb" to results
measure() {
  local tool=$1 size=$2 dir=$3 dest="$OUT/vestis-bench-out-$1-$2"
  rm -rf "$dest"
  if [ "$tool" = hugo ]; then
    (cd "$dir" && /usr/bin/time -f "%e %M" -o "$work/t" hugo --minify --quiet -d "$dest" >/dev/null)
  else
    /usr/bin/time -f "%e %M" -o "$work/t" "$work/vestis" build --quiet --source "$dir" --destination "$dest"
  fi
  echo "$tool $size $(tail -1 "$work/t")" >> "$work/results"
  rm -rf "$dest"
}

for size in $SIZES; do
  dir="$work/corpus-$size"
  "$work/corpus" -n "$size" -o "$dir" >/dev/null
  for run in $(seq "$RUNS"); do
    measure hugo "$size" "$dir"
    measure vestis "$size" "$dir"
  done
  rm -rf "$dir"
done

echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; output on $OUT; $RUNS runs each; $(hugo version | cut -d' ' -f1-2)"
python3 - "$work/results" <<'PY'
import sys, statistics as st
rows = {}
for line in open(sys.argv[1]):
    tool, size, sec, kb = line.split()
    rows.setdefault((int(size), tool), []).append((float(sec), int(kb)))
print(f"| files | tool | min s | median s | max s | peak RSS MiB (median) | time vs Hugo | memory vs Hugo |")
print(f"|---|---|---|---|---|---|---|---|")
for size in sorted({s for s, _ in rows}):
    h = rows.get((size, "hugo"))
    for tool in ("hugo", "vestis"):
        r = rows.get((size, tool))
        if not r:
            continue
        secs = sorted(x[0] for x in r); mem = st.median(x[1] for x in r) / 1024
        ratio = mratio = ""
        if tool == "vestis" and h:
            ratio = f"{st.median(secs) / st.median(x[0] for x in h):.2f}x"
            mratio = f"{mem / (st.median(x[1] for x in h) / 1024):.2f}x"
        print(f"| {size} | {tool} | {secs[0]:.2f} | {st.median(secs):.2f} | {secs[-1]:.2f} | {mem:.0f} | {ratio} | {mratio} |")
PY
