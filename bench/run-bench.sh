#!/usr/bin/env bash
# The fugong benchmark (issue 7, item 2): prints one Markdown document with
#   - the machine (cores, memory, CPU, Java, commit, load),
#   - ingest rows/s including validation, and the metrics stage in Spark vs the same definitions as
#     DuckDB SQL on the same Parquet files at the given sizes, with how time grows with rows
#     (the harness bench/target/fugong-bench.jar, the bench module's main; one JVM),
#   - wall time and peak memory of whole nightly runs (`fugong run`, own JVM) for one province-day,
#     at day 14 and at day 140 of history,
#   - wall time and peak memory of one `fugong run` over one big county file (every enterprise in
#     桃城区 131102, one day; the other 12 county files have only the header).
# See bench/README.md for what is measured and how long it takes.
#
# Usage: bench/run-bench.sh [--work DIR] [--sizes N,N,...] [--markdown FILE] [--skip-harness] [--skip-province]
#                           [--skip-big-file] [--keep] [--ingest-enterprises N] [--province-enterprises N]
#                           [--province-days N] [--province-history-days N] [--duckdb-memory-limit SIZE]
#                           [--big-file-rows N] [--big-file-set KEY=VALUE]...
# Env:   FUGONG_BENCH_JAVA_OPTS  JVM options of the harness (default -Xmx10g);
#        FUGONG_JAVA_OPTS        JVM options of the province and big-file runs (default: none, as the launcher runs it).
# Exit:  0 done, 2 usage or set-up failure, 3 a measured step failed (a failed big-file run is still
#        written into the document first).
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"

work=/tmp/fugong-bench
sizes=1000000,10000000,50000000
markdown="$home/bench/last-run.md"
skip_harness=false
skip_province=false
skip_big_file=false
keep=false
ingest_enterprises=71500
province_enterprises=15000
province_days=14
province_history_days=140
big_file_rows=210000
big_file_county=131102
big_file_sets=()
duckdb_memory_limit=6GB
harness_java_opts="${FUGONG_BENCH_JAVA_OPTS:--Xmx10g}"
arguments="$*"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $2"; exit "$1"; }
usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --work) work="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --markdown) markdown="$2"; shift 2 ;;
    --skip-harness) skip_harness=true; shift ;;
    --skip-province) skip_province=true; shift ;;
    --skip-big-file) skip_big_file=true; shift ;;
    --big-file-rows) big_file_rows="$2"; shift 2 ;;
    --big-file-set) big_file_sets+=(--set "$2"); shift 2 ;;
    --keep) keep=true; shift ;;
    --ingest-enterprises) ingest_enterprises="$2"; shift 2 ;;
    --province-enterprises) province_enterprises="$2"; shift 2 ;;
    --province-days) province_days="$2"; shift 2 ;;
    --province-history-days) province_history_days="$2"; shift 2 ;;
    --duckdb-memory-limit) duckdb_memory_limit="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die 2 "unknown option $1" ;;
  esac
done
# A 200,000-row county file is past the default caps of a county's upload (ingest.max_rows
# 200,000 rows with the header, ingest.max_cells 2,000,000): the big-file run raises them unless
# --big-file-set gives its own settings.
if [ ${#big_file_sets[@]} -eq 0 ]; then
  big_file_sets=(--set ingest.max_rows=300000 --set ingest.max_cells=12000000)
fi
[[ "$sizes" =~ ^[0-9]+(,[0-9]+)*$ ]] || die 2 "--sizes must be numbers separated by commas, got '$sizes'"
[[ "$big_file_rows" =~ ^[1-9][0-9]*$ ]] || die 2 "--big-file-rows must be a positive number, got '$big_file_rows'"
command -v jq >/dev/null || die 2 "jq is needed to read the run manifests (apt-get install jq)"
[ -x /usr/bin/time ] || die 2 "/usr/bin/time (GNU time) is needed for wall time and peak memory (apt-get install time)"
mkdir -p "$work/logs" "$(dirname "$markdown")"
work="$(cd "$work" && pwd)"
logs="$work/logs"

cleanup() {
  if ! $keep; then
    rm -rf "$work/ingest" "$work/lakes" "$work/duckdb-out" "$work/duckdb-spill" "$work/province" "$work/bigfile" "$work/bigfile-out"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Build: `package` only. The launcher's own build runs `mvn install`, which would overwrite the
# shared ~/.m2 artifacts; after this the jar is newer than the sources and the launcher only runs it.
# The reactor builds the product (jobs/target/fugong.jar) and the harness (bench/target/fugong-bench.jar,
# with the product and the DuckDB oracle in bench/target/lib).
log "building (mvn -o -DskipTests package)"
mvn -B -o -q -Dstyle.color=never -DskipTests package >&2 || die 2 "the build failed"
./fugong --help >/dev/null || die 2 "./fugong does not start"
harness_jar="$home/bench/target/fugong-bench.jar"
[ -f "$harness_jar" ] || die 2 "the build left no $harness_jar"

# "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.5" of GNU time -v, in seconds.
wall_seconds() {
  sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }'
}
peak_gigabytes() {
  sed -n 's/.*Maximum resident set size (kbytes): //p' "$1" | awk '{ printf "%.2f", $1 / 1024 / 1024 }'
}

# 1. The machine.
started_at="$(date '+%Y-%m-%d %H:%M %Z')"
commit="$(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD)$(git diff --quiet HEAD -- pipeline jobs bench pom.xml || echo ', with uncommitted changes'))"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
java_version="$(java -version 2>&1 | head -1)"
{
  echo "# fugong benchmark — $started_at"
  echo
  echo "\`bench/run-bench.sh $arguments\`"
  echo
  echo "| machine | |"
  echo "| --- | --- |"
  echo "| CPU | $cpu, \`nproc\` = $(nproc) |"
  echo "| Java | $java_version |"
  echo "| commit | $commit |"
  echo "| load average at start | $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: timings vary with other work) |"
  echo "| JVM options | harness: \`$harness_java_opts\`; province and big-file runs: \`${FUGONG_JAVA_OPTS:-(none: the JVM default heap)}\` |"
  echo
  echo '```'
  echo '$ free -g'
  free -g
  echo '```'
  echo
} > "$work/machine.md"

# 2. The harness: ingest, lakes, metrics in Spark and DuckDB (one JVM).
harness_section() {
  log "harness: fugong-bench.jar --sizes $sizes (progress below; log in $logs/harness.log)"
  harness_status=0
  # shellcheck disable=SC2086 # the JVM options are words
  /usr/bin/time -v -o "$logs/harness.time" \
    java $harness_java_opts -Dfile.encoding=UTF-8 -jar "$harness_jar" --work "$work" --sizes "$sizes" --ingest-enterprises "$ingest_enterprises" \
    --duckdb-memory-limit "$duckdb_memory_limit" --report "$work/harness.md" \
    > "$logs/harness.stdout" 2> >(tee "$logs/harness.log" | grep --line-buffered '^bench:' >&2) || harness_status=$?
  [ "$harness_status" -eq 0 ] || die 3 "fugong-bench.jar exited $harness_status; see $logs/harness.log"
  {
    cat "$work/harness.md"
    echo
    echo "Whole harness process (build of the inputs, warm-ups and replication included): $(wall_seconds "$logs/harness.time") s wall, peak RSS $(peak_gigabytes "$logs/harness.time") GB (Spark and DuckDB share the process)."
    echo
  } > "$work/harness-section.md"
}
if $skip_harness; then
  echo "(harness skipped: --skip-harness)" > "$work/harness-section.md"
  echo >> "$work/harness-section.md"
else
  harness_section
fi

# 3. Province-day: whole nightly runs in their own JVM, from JVM start to reports.
province_section() {
  local province="$work/province" generated="$work/province/generated"
  rm -rf "$province"
  mkdir -p "$province"
  log "province: generating $province_enterprises enterprises × $province_history_days days (not timed)"
  ./fugong generate --out "$generated" --enterprises "$province_enterprises" --days "$province_history_days" > "$logs/province-generate.log" 2>&1 \
    || die 3 "fugong generate failed; see $logs/province-generate.log"

  # fugong run exits 1 when the input had rejected rows or files (the generator injects some).
  timed_run() {
    local name="$1" inbox="$2" out="$3" status=0
    /usr/bin/time -v -o "$logs/$name.time" ./fugong run --inbox "$inbox" --reference "$generated/reference" --out "$out" \
      > "$logs/$name.log" 2>&1 || status=$?
    [ "$status" -le 1 ] || die 3 "fugong run ($name) exited $status; see $logs/$name.log"
  }
  run_table() {
    local name="$1" out="$2" manifest wall stages
    manifest="$(ls "$out"/runs/*.json | sort | tail -1)"
    wall="$(wall_seconds "$logs/$name.time")"
    # the run's own stages ("run: …") follow one another; the other lines are steps within them
    stages="$(jq '[.timings[] | select(.stage | startswith("run: ")) | .milliseconds] | add / 1000' "$manifest")"
    echo "| | |"
    echo "| --- | ---: |"
    echo "| wall time, JVM start to reports (s) | $wall |"
    echo "| peak memory, maximum resident set size (GB) | $(peak_gigabytes "$logs/$name.time") |"
    jq -r '"| new files | \([.files[] | select(.alreadyIngested | not)] | length) |",
           "| rows read / accepted / quarantined | \(.rowsRead) / \(.rowsAccepted) / \(.rowsQuarantined) |"' "$manifest"
    echo
    echo "Stages (\`runs/$(basename "$manifest")\`, field \`timings\`). The lines \"run: …\" are the run's own stages, one after the other; the lines between them are steps within the next \"run: …\" line, and a group's \"… side by side\" line is the wall time of steps that overlap."
    echo
    echo "| stage | seconds |"
    echo "| --- | ---: |"
    jq -r '.timings[] | [.stage, .milliseconds] | @tsv' "$manifest" | awk -F'\t' '{ printf "| %s | %.1f |\n", $1, $2 / 1000 }'
    awk -v wall="$wall" -v stages="$stages" 'BEGIN { printf "| sum of the \"run: …\" stages | %.1f |\n| rest: clean-up, manifest, catalog, JVM exit | %.1f |\n", stages, wall - stages }'
  }

  # One nightly run: an inbox holding the files of the days before $1 (set up by a run that is not
  # timed), then day $1's files arrive and `fugong run` is timed.
  nightly_at() {
    local day="$1" folder="$province/day-$1" night
    night="$(date -d "2020-02-26 + $((day - 1)) days" +%Y%m%d)"
    mkdir -p "$folder/inbox/power"
    local file name date
    for file in "$generated"/inbox/* "$generated"/inbox/power/*; do
      [ -f "$file" ] || continue
      name="$(basename "$file")"
      case "$name" in _*) continue ;; esac
      date="$(grep -o '_20[0-9]\{6\}' <<<"$name" | head -1 | tr -d _)"
      [ -n "$date" ] && [ "$date" -lt "$night" ] && cp -p "$file" "$folder/inbox/${file#"$generated"/inbox/}"
    done
    awk -v night="$night" 'match($0, /_20[0-9]{6}/) { if (substr($0, RSTART + 1, 8) >= night) next } { print }' \
      "$generated/inbox/_arrivals.csv" > "$folder/inbox/_arrivals.csv"
    log "province: set-up run with days 1–$((day - 1)) (not timed)"
    timed_run "setup-$day" "$folder/inbox" "$folder/out"
    for file in "$generated"/inbox/*_"$night"* "$generated"/inbox/power/*_"$night"*; do
      [ -f "$file" ] && cp -p "$file" "$folder/inbox/${file#"$generated"/inbox/}"
    done
    awk -v night="$night" 'match($0, /_20[0-9]{6}/) { if (substr($0, RSTART + 1, 8) > night) next } { print }' \
      "$generated/inbox/_arrivals.csv" > "$folder/inbox/_arrivals.csv"
    log "province: day $day arrives; nightly run (timed)"
    timed_run "nightly-$day" "$folder/inbox" "$folder/out"
  }
  # the generator's files must be older than the inbox's quiet period (ingest.quiet_seconds, 60 s)
  sleep 61
  nightly_at "$province_days"
  nightly_at "$province_history_days"

  local rows
  rows="$(sed -n 's/.*(\([0-9]* data rows\).*/\1/p' "$logs/province-generate.log")"
  local short long
  short="$(wall_seconds "$logs/nightly-$province_days.time")"
  long="$(wall_seconds "$logs/nightly-$province_history_days.time")"
  echo "## One province-day: the nightly run, JVM start to reports"
  echo
  echo "\`fugong generate --enterprises $province_enterprises --days $province_history_days\` ($rows over $province_history_days days, error rate 0.02, the scenario files, meter files), then \`./fugong run\` as a separate process under \`/usr/bin/time -v\` (wall clock; peak memory = maximum resident set size of the JVM). JVM options: \`${FUGONG_JAVA_OPTS:-(none: the JVM default heap)}\`."
  echo
  echo "Each nightly run: an inbox with the files of the days before (and their \`_arrivals.csv\` lines) is ingested by a set-up run (not timed); then the night's files are copied in (modification times kept) with their \`_arrivals.csv\` lines, and the second \`fugong run\` is timed: it ingests the new files, computes and writes the night's dates, rebuilds the catalog and writes the night's reports."
  echo
  echo "| | day $province_days | day $province_history_days |"
  echo "| --- | ---: | ---: |"
  echo "| wall time, JVM start to reports (s) | $short | $long |"
  echo "| day $province_history_days / day $province_days | | $(awk -v a="$long" -v b="$short" 'BEGIN { printf "%.2f", a / b }') |"
  echo "| peak memory (GB) | $(peak_gigabytes "$logs/nightly-$province_days.time") | $(peak_gigabytes "$logs/nightly-$province_history_days.time") |"
  echo "| set-up run before it (s, not part of the figure) | $(wall_seconds "$logs/setup-$province_days.time") | $(wall_seconds "$logs/setup-$province_history_days.time") |"
  echo
  echo "### Nightly at day $province_days"
  echo
  run_table "nightly-$province_days" "$province/day-$province_days/out"
  echo
  echo "### Nightly at day $province_history_days"
  echo
  run_table "nightly-$province_history_days" "$province/day-$province_history_days/out"
  echo
}

# 4. One big county file: every enterprise of the registry in one county (big_file_county), one day;
# the other 12 county files have only the header. One `fugong run` into a fresh output folder, timed.
# A failed run (exit 3 or 4) is described in the document and makes the script exit 3 at the end.
big_file_status=0
big_file_section() {
  local generated="$work/bigfile" out="$work/bigfile-out" big_name load heap status=0 manifest
  big_name="${big_file_county}_20200226.csv"
  rm -rf "$generated" "$out"
  log "big file: generating $big_file_rows enterprises × 1 day, all in $big_file_county (not timed)"
  ./fugong generate --out "$generated" --enterprises "$big_file_rows" --days 1 --format csv --county "$big_file_county" \
    > "$logs/bigfile-generate.log" 2>&1 || die 3 "fugong generate failed; see $logs/bigfile-generate.log"
  # the meter files (inbox/power/) are not in _arrivals.csv: they must be older than the quiet period
  # (ingest.quiet_seconds, 60 s), or the run leaves them for the next one
  sleep 61
  # shellcheck disable=SC2086 # the JVM options are words
  heap="$(java ${FUGONG_JAVA_OPTS:-} -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%.1f", $4 / 1024 / 1024 / 1024 }')"
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  log "big file: fugong run over $big_name (timed; log in $logs/bigfile.log)"
  /usr/bin/time -v -o "$logs/bigfile.time" ./fugong run --inbox "$generated/inbox" --reference "$generated/reference" --out "$out" \
    ${big_file_sets[@]+"${big_file_sets[@]}"} > "$logs/bigfile.log" 2>&1 || status=$?
  big_file_status=$status
  # a JVM that died (say of an OutOfMemoryError: Spark halts it with exit 52) leaves no manifest
  manifest="$(ls "$out"/runs/*.json 2>/dev/null | sort | tail -1 || true)"

  echo "## One big county file: \`fugong run\`, JVM start to reports"
  echo
  echo "\`fugong generate --enterprises $big_file_rows --days 1 --format csv --county $big_file_county\`: every enterprise in one county, so \`$big_name\` holds $(sed -n 's/.*(\([0-9]* data rows\).*/\1/p' "$logs/bigfile-generate.log") ($(du -m "$generated/inbox/$big_name" | cut -f1) MB; each enterprise reports with probability 0.95, error rate 0.02, identical and conflicting duplicates) and the other 12 county files only the header; the meter files likewise. Then \`./fugong run\` over that inbox into a fresh output folder, as a separate process under \`/usr/bin/time -v\` (wall clock; peak memory = maximum resident set size of the JVM)."
  echo
  echo "| | |"
  echo "| --- | --- |"
  echo "| JVM options (\`FUGONG_JAVA_OPTS\`) | \`${FUGONG_JAVA_OPTS:-(none: the JVM default heap)}\`, maximum heap $heap GB |"
  echo "| settings given to the run | ${big_file_sets[*]:-(none: the defaults)} |"
  echo "| load average just before the run | $load |"
  echo "| exit status of \`fugong run\` | $status$([ "$status" -eq 1 ] && echo ' (rejected rows or files in the input, as injected)') |"
  echo "| wall time, JVM start to end (s) | $(wall_seconds "$logs/bigfile.time") |"
  echo "| peak memory, maximum resident set size (GB) | $(peak_gigabytes "$logs/bigfile.time") |"
  if [ -n "$manifest" ]; then
    jq -r --arg name "$big_name" '.files[] | select(.sourceFile == $name)
      | "| \($name) | \(.status)\(if .rejection then ", \(.rejection): \(.rejectionMessage)" else "" end); rows read / accepted / quarantined / collapsed \(.rowsRead) / \(.rowsAccepted) / \(.rowsQuarantined) / \(.duplicatesCollapsed) |"' "$manifest"
    jq -r '"| run status (manifest) | \(.status)\(if .failure then ": \(.failure)" else "" end) |"' "$manifest"
  else
    echo "| run status (manifest) | no manifest in \`OUT/runs/\`: the JVM ended before writing one |"
  fi
  if [ "$status" -gt 1 ]; then
    echo "| first error in the log | $({ grep -m1 'OutOfMemoryError' "$logs/bigfile.log" || grep -m1 -E 'ERROR|^fugong: ' "$logs/bigfile.log" || true; } | tr '|' '/') |"
    echo "| last lines of the log | $(grep -v '^\s*$' "$logs/bigfile.log" | tail -2 | tr '\n|' ' /') |"
  fi
  echo
  if [ -n "$manifest" ] && [ "$(jq '.timings | length' "$manifest")" -gt 0 ]; then
    echo "Stages (\`runs/$(basename "$manifest")\`, field \`timings\`). The metrics tables of a group are computed side by side: their lines overlap, and the group's line (\"… side by side\") is the group's wall time, so the lines do not add up to the run."
    echo
    echo "| stage | seconds |"
    echo "| --- | ---: |"
    jq -r '.timings[] | [.stage, .milliseconds] | @tsv' "$manifest" | awk -F'\t' '{ printf "| %s | %.1f |\n", $1, $2 / 1000 }'
    echo
  fi
}

if $skip_province; then
  printf '(province-day runs skipped: --skip-province)\n\n' > "$work/province-section.md"
else
  province_section > "$work/province-section.md"
fi

if $skip_big_file; then
  echo "(big-file run skipped: --skip-big-file)" > "$work/big-file-section.md"
else
  big_file_section > "$work/big-file-section.md"
fi

cat "$work/machine.md" "$work/harness-section.md" "$work/province-section.md" "$work/big-file-section.md" > "$markdown"
echo >> "$markdown"
echo "(whole script: $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s)" >> "$markdown"
cat "$markdown"
log "written to $markdown$($keep && echo "; outputs kept under $work")"
[ "$big_file_status" -le 1 ] || die 3 "fugong run over the big file exited $big_file_status; see $logs/bigfile.log"
