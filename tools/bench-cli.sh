#!/usr/bin/env bash
# Times whole `payflow validate` runs (JVM start included) on generated plans of 1,000, 10,000
# and 30,000 resources, with peak memory, and the same facts with the same Rego evaluated by OPA
# itself (opa eval) and by Conftest. Also the pre-commit path (the reference topology).
# Needs Go (OPA and Conftest are built from the Go module proxy into .tools/bin). ~5 minutes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
tools/install-opa.sh >/dev/null
if [[ ! -x .tools/bin/conftest ]]; then
  echo "bench-cli: building Conftest v0.71.1 (about two minutes)..." >&2
  GOBIN="$root/.tools/bin" CGO_ENABLED=0 go install github.com/open-policy-agent/conftest@v0.71.1
fi
./payflow --version >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runs="${RUNS:-3}"

# Median wall seconds and max peak RSS (MB) of a command over $runs runs.
measure() {
  local times=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || true
    read -r t m < <(tail -n 1 "$work/t")
    times+=("$t"); (( m > rss )) && rss=$m
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%s %d\n' "$median" $(( rss / 1024 ))
}

printf '| input | resources | payflow validate (s) | payflow peak (MB) | opa eval (s) | opa peak (MB) | conftest (s) | conftest peak (MB) |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n'
read -r t m < <(measure ./payflow validate examples/payflow.yaml --format json)
printf '| reference topology (pre-commit) | 41 | %s | %s | | | | |\n' "$t" "$m"
for n in 1000 10000 30000; do
  python3 tools/gen_plan.py "$n" "$work/plan-$n.json" >/dev/null
  count=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['resource_changes']))" "$work/plan-$n.json")
  ./payflow facts "$work/plan-$n.json" > "$work/facts-$n.json"
  read -r pt pm < <(measure ./payflow validate "$work/plan-$n.json" --format json)
  read -r ot om < <(measure .tools/bin/opa eval -d policies/src/main/rego -i "$work/facts-$n.json" --format raw 'data.payflow.main.violations')
  read -r ct cm < <(measure .tools/bin/conftest test "$work/facts-$n.json" --policy policies/src/main/rego --all-namespaces --no-color)
  printf '| plan, %s MB | %s | %s | %s | %s | %s | %s | %s |\n' "$(( $(stat -c %s "$work/plan-$n.json") / 1024 / 1024 ))" "$count" "$pt" "$pm" "$ot" "$om" "$ct" "$cm"
done

# Many plans at once (an organisation's gate over every stack): 200 plans of 500 resources, each
# with ranges of its own, against one plan of the same total size; the ratio is what the speed
# issue's target reads (at most 3x).
mkdir -p "$work/many"
for i in $(seq 0 199); do
  python3 tools/gen_plan.py 500 "$work/many/plan-$i.json" $(( i * 5 )) >/dev/null
done
python3 tools/gen_plan.py 100000 "$work/plan-100000.json" >/dev/null
read -r mt mm < <(measure ./payflow validate "$work"/many/*.json --format json)
read -r st sm < <(measure ./payflow validate "$work/plan-100000.json" --format json)
printf '\n| 200 plans of 500 resources | %s s, %s MB | one plan of the same size | %s s, %s MB | ratio %s |\n' \
  "$mt" "$mm" "$st" "$sm" "$(python3 -c "print(round($mt / $st, 2))")"
