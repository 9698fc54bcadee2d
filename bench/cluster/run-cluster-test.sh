#!/usr/bin/env bash
# Runs the pipeline on a real Spark standalone cluster (one Master + two Workers, separate JVMs,
# all on 127.0.0.1) and in local mode, and checks both produce the same published tables.
# No Spark distribution is needed: the runtime jars of jobs/target/lib/ are the "SPARK_HOME".
#
# Usage: bench/cluster/run-cluster-test.sh [--keep]    (--keep leaves the outputs and logs in $TMPDIR)
# Env:   FUGONG_INBOX / FUGONG_REFERENCE (default data-sample/...), MASTER_PORT (7077),
#        MASTER_WEBUI_PORT (8080), WORKER_MEMORY (1g).
# Exit:  0 PASS, 1 the outputs differ, 2 setup failure (build, cluster start, a run failed).
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$home"
keep=false
[ "${1:-}" = "--keep" ] && keep=true

inbox="$(cd "${FUGONG_INBOX:-data-sample/inbox}" && pwd)"
reference="$(cd "${FUGONG_REFERENCE:-data-sample/reference}" && pwd)"
master_port="${MASTER_PORT:-7077}"
webui_port="${MASTER_WEBUI_PORT:-8080}"
worker_memory="${WORKER_MEMORY:-1g}"
master_url="spark://127.0.0.1:$master_port"
jar="$home/jobs/target/fugong.jar"

log() { printf '[cluster-test %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "SETUP FAILURE: $*"; exit 2; }

# 1. Build if needed (package only: never install).
needs_build() {
  [ -f "$jar" ] && [ -d "$home/jobs/target/lib" ] || return 0
  [ -n "$(find "$home/pom.xml" "$home/pipeline" "$home/jobs" -newer "$jar" -type f \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) \
      -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}
if needs_build; then
  log "building (mvn -o -DskipTests package)"
  mvn -B -o -q -Dstyle.color=never -DskipTests package >&2 || die "the build failed"
fi
[ -f "$jar" ] || die "$jar is missing after the build"

# The JVM flags Spark needs on Java 17 (the root pom's spark.jvm.flags).
read -r -a jvm_flags <<< "$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$home/pom.xml")"
[ "${#jvm_flags[@]}" -gt 0 ] || die "cannot read spark.jvm.flags from pom.xml"

work="$(mktemp -d "${TMPDIR:-/tmp}/fugong-cluster-test.XXXXXX")"
spark_home="$work/spark-home"
pids=()

cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if $keep; then
    log "kept $work"
  else
    rm -rf "$work"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. A SPARK_HOME made of the runtime jars and a quiet log4j2 configuration.
mkdir -p "$spark_home/jars" "$spark_home/conf" "$spark_home/logs" "$work/logs"
ln -s "$home"/jobs/target/lib/*.jar "$spark_home/jars/"
cat > "$spark_home/conf/log4j2.properties" <<'LOG4J'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
logger.master.name = org.apache.spark.deploy.master.Master
logger.master.level = info
logger.worker.name = org.apache.spark.deploy.worker.Worker
logger.worker.level = info
LOG4J
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
export SPARK_WORKER_DIR="$work/worker-work"

# 2. Master and two Workers, each its own JVM, only on 127.0.0.1.
for port in "$master_port" "$webui_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port on 127.0.0.1 is already in use"; fi
done
start() { # name, class, arguments...
  local name="$1"; shift
  (cd "$spark_home" && exec java "${jvm_flags[@]}" -Xmx512m -cp "conf:jars/*" "$@") > "$work/logs/$name.log" 2>&1 &
  pids+=("$!")
}
cluster_started=$(date +%s.%N)
start master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$master_port" --webui-port "$webui_port"
log "master pid ${pids[0]} at $master_url (web UI http://127.0.0.1:$webui_port)"
for number in 1 2; do
  start "worker-$number" org.apache.spark.deploy.worker.Worker "$master_url" --host 127.0.0.1 \
    --cores 1 --memory "$worker_memory" --webui-port $((webui_port + number)) --work-dir "$SPARK_WORKER_DIR/$number"
  log "worker $number pid ${pids[$number]}"
done
registered=0
for _ in $(seq 1 120); do
  registered=$(grep -c "Registering worker" "$work/logs/master.log" 2>/dev/null || true)
  [ "$registered" -ge 2 ] && break
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || die "a cluster JVM (pid $pid) exited; logs in $work/logs"; done
  sleep 0.5
done
if [ "$registered" -lt 2 ]; then
  tail -20 "$work/logs/"*.log >&2 || true
  die "only $registered of 2 workers registered within 60 s"
fi
if command -v curl >/dev/null 2>&1; then
  alive=$(curl -fsS "http://127.0.0.1:$webui_port/json/" | grep -o '"state" *: *"ALIVE"' | wc -l || true)
  log "master JSON: $alive worker(s) ALIVE"
fi
cluster_seconds=$(echo "$(date +%s.%N) - $cluster_started" | bc)
log "both workers registered after ${cluster_seconds%.*}.$(printf '%s' "${cluster_seconds#*.}" | cut -c1) s"

# 3. The same run on the cluster and in local mode.
run_pipeline() { # name, output folder, master
  local name="$1" out="$2" master="$3" started status
  log "run ($name, --master $master) -> $out"
  started=$(date +%s.%N)
  set +e
  java -Dfugong.home="$home" -Dfile.encoding=UTF-8 -jar "$jar" run \
    --inbox "$inbox" --reference "$reference" --out "$out" --master "$master" > "$work/logs/run-$name.log" 2>&1
  status=$?
  set -e
  echo "$(date +%s.%N) - $started" | bc > "$work/seconds-$name"
  # 0 clean, 1 the input had rejected rows or files (the sample has some on purpose).
  if [ "$status" -gt 1 ]; then
    tail -40 "$work/logs/run-$name.log" >&2
    die "the $name run failed (exit $status); log: $work/logs/run-$name.log"
  fi
  grep -E '^run [0-9A-Za-z-]+:' "$work/logs/run-$name.log" >&2 || true
}
run_pipeline cluster "$work/cluster-out" "$master_url"
run_pipeline local "$work/local-out" "local[*]"
grep -q "Registered app\|Registering app" "$work/logs/master.log" || die "the master never saw the application"
executors=$(cat "$work/logs/worker-"*.log | grep -c "Asked to launch executor" || true)

# 4. Compare the published tables (run ids and ingest times differ by construction).
declare -A exclude=(
  [files]="ingest_run_id, ingested_at" [submissions]="ingest_run_id" [quarantine]="ingest_run_id"
  [warnings]="ingest_run_id" [raw_rows]="ingest_run_id"
)
tables=(submissions quarantine warnings raw_rows files enterprise_daily county_daily leader_daily city_daily
  industry_daily scale_daily checklist_daily difficulty_cases alerts forecasts counties assignments enterprises)
mkdir -p "$work/compare"
query() { # out, sql, file
  java -Dfile.encoding=UTF-8 -jar "$jar" sql --out "$1" --format csv "$2" > "$3" 2> "$3.err"
}
differences=0
summary=()
for table in "${tables[@]}"; do
  columns="${exclude[$table]:-run_id}"
  case "$table" in counties|assignments|enterprises) sql="SELECT * FROM $table ORDER BY ALL" ;;
    *) sql="SELECT * EXCLUDE ($columns) FROM $table ORDER BY ALL" ;; esac
  query "$work/cluster-out" "$sql" "$work/compare/$table.cluster.csv" || { differences=$((differences + 1)); summary+=("FAIL  $table: query failed on the cluster output ($(head -c 200 "$work/compare/$table.cluster.csv.err"))"); continue; }
  query "$work/local-out" "$sql" "$work/compare/$table.local.csv" || { differences=$((differences + 1)); summary+=("FAIL  $table: query failed on the local output ($(head -c 200 "$work/compare/$table.local.csv.err"))"); continue; }
  rows=$(($(wc -l < "$work/compare/$table.local.csv") - 1)) # CSV lines after the header (a quoted cell may hold a line break)
  if cmp -s "$work/compare/$table.cluster.csv" "$work/compare/$table.local.csv"; then
    summary+=("same  $table ($rows CSV lines)")
  else
    differences=$((differences + 1))
    changed=$(diff "$work/compare/$table.cluster.csv" "$work/compare/$table.local.csv" | grep -c '^[<>]' || true)
    summary+=("DIFF  $table ($rows local CSV lines, $changed differing lines)")
    { diff "$work/compare/$table.cluster.csv" "$work/compare/$table.local.csv" || true; } | head -6 | sed 's/^/        /' > "$work/compare/$table.diff-head"
  fi
done
# The reports are rendered on the driver from the published tables: same set of files expected.
(cd "$work/cluster-out/reports" && find . -type f | sort) > "$work/compare/reports.cluster"
(cd "$work/local-out/reports" && find . -type f | sort) > "$work/compare/reports.local"
if cmp -s "$work/compare/reports.cluster" "$work/compare/reports.local"; then
  summary+=("same  reports/ file list ($(wc -l < "$work/compare/reports.local") files)")
else
  differences=$((differences + 1)); summary+=("DIFF  reports/ file list")
fi

echo
echo "fugong cluster test: standalone master + 2 workers (1 core, $worker_memory each) on 127.0.0.1 vs local[*]"
echo "  inbox: $inbox ($(find "$inbox" -maxdepth 1 -type f ! -name '_*' ! -name '.*' | wc -l) files)"
printf '  cluster start (master + 2 workers registered): %.1f s\n' "$cluster_seconds"
printf '  run on the cluster (%s): %.1f s  (%s executor launch(es) in the worker logs)\n' "$master_url" "$(cat "$work/seconds-cluster")" "$executors"
printf '  run in local mode (local[*]):                 %.1f s\n' "$(cat "$work/seconds-local")"
for line in "${summary[@]}"; do
  echo "  $line"
  table=$(echo "$line" | awk '{print $2}')
  if [ -f "$work/compare/$table.diff-head" ]; then cat "$work/compare/$table.diff-head"; fi
done
if [ "$differences" -eq 0 ]; then
  echo "PASS: the cluster run published the same tables as the local run (${#tables[@]} tables compared, run ids excluded)"
  exit 0
fi
echo "FAIL: $differences difference(s) between the cluster and the local output (kept for inspection: rerun with --keep)"
exit 1
