#!/usr/bin/env bash
# End-to-end check of the metrics. Against the local stack (./run-local, already running, or
# started here with --start), runs Debian's Prometheus with prometheus-local.yml, imports a few
# generated resume PDFs through the gateway, and asserts through Prometheus's HTTP API that every
# target is up and that the product's own metrics have samples that moved.
#
#   deploy/prometheus/local-stack-check.sh [--start]
#
# --start runs the launcher on the jars the last Maven build left in the modules' target/ (as the
# e2e tests do; .ci/run calls it right after verify), with its data in a temporary directory, and
# stops it at the end. Without --start, start ./run-local first: it rebuilds what changed.
#
# Environment: GATEWAY_URL (http://localhost:8080), API_KEY (dev-key), PROMETHEUS_PORT (9095),
# RESUMES (3). Needs prometheus, curl and jq (apt-get install -y prometheus curl jq).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gateway=${GATEWAY_URL:-http://localhost:8080}
api_key=${API_KEY:-dev-key}
prometheus_url="http://127.0.0.1:${PROMETHEUS_PORT:-9095}"
resumes=${RESUMES:-3}

# The name lets .ci/run's leftover check recognise what runs from here (Prometheus, the stack).
work=$(mktemp -d -t careers-metrics-check.XXXXXX)
started=()

# Stops what this script started, newest first (the launcher stops its own children on SIGTERM);
# on a failure, first shows the end of their logs, which go with the temporary directory.
cleanup() {
  local status=$? i log
  if ((status != 0)); then
    for log in "$work"/stack.log "$work"/prometheus.log; do
      [[ -f $log ]] && { echo "--- last lines of $(basename "$log")" >&2; tail -n 30 "$log" >&2; }
    done
  fi
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    kill "${started[i]}" 2>/dev/null || true
    wait "${started[i]}" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

# Polls a command until it succeeds or the timeout (seconds) passes.
await() {
  local timeout=$1 description=$2
  shift 2
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    ((SECONDS < deadline)) || fail "$description (after ${timeout}s)"
    sleep 2
  done
}

# A one-page PDF whose text is the given lines (Helvetica, a text layer PDFBox reads).
make_pdf() {
  local file=$1
  shift
  local content="BT /F1 12 Tf 14 TL 72 720 Td" line
  for line in "$@"; do
    content+=" ($line) Tj T*"
  done
  content+=" ET"
  local objects=(
    "<< /Type /Catalog /Pages 2 0 R >>"
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
    "<< /Length ${#content} >>"$'\n'"stream"$'\n'"$content"$'\n'"endstream"
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
  )
  local pdf="%PDF-1.4"$'\n' offsets=() i
  for i in "${!objects[@]}"; do
    offsets+=("${#pdf}")
    pdf+="$((i + 1)) 0 obj"$'\n'"${objects[i]}"$'\n'"endobj"$'\n'
  done
  local xref=${#pdf}
  pdf+="xref"$'\n'"0 $((${#objects[@]} + 1))"$'\n'"0000000000 65535 f "$'\n'
  for i in "${offsets[@]}"; do
    pdf+="$(printf '%010d' "$i") 00000 n "$'\n'
  done
  pdf+="trailer"$'\n'"<< /Size $((${#objects[@]} + 1)) /Root 1 0 R >>"$'\n'"startxref"$'\n'"$xref"$'\n'"%%EOF"$'\n'
  printf '%s' "$pdf" >"$file"
}

# The first value of an instant query, 0 when the query has no result.
query() {
  curl -fsS --get "$prometheus_url/api/v1/query" --data-urlencode "query=$1" \
    | jq -r '.data.result[0].value[1] // "0"'
}

export LC_ALL=C

if [[ ${1:-} == --start ]]; then
  launcher=("$root"/deploy/launcher/target/launcher-*.jar)
  [[ -f ${launcher[0]} ]] || fail "no launcher jar: build first (./mvnw -DskipTests package) or start ./run-local and omit --start"
  # a generous startup timeout: on a busy CI machine a service can take minutes to start
  java -jar "${launcher[0]}" --home "$root" --data "$work/stack" --startup-timeout 600 >"$work/stack.log" 2>&1 &
  started+=($!)
  stack_ready() {
    kill -0 "${started[0]}" 2>/dev/null || fail "the local stack stopped"
    grep -q '^READY ' "$work/stack.log"
  }
  await 1200 "the local stack did not print READY" stack_ready
  echo "Local stack up: $(grep '^READY ' "$work/stack.log") (${SECONDS}s)"
fi

# Prometheus on a copy of the config, so its storage and the worker list stay out of the repository.
cp "$here/prometheus-local.yml" "$here/rules.yml" "$here/local-workers.json" "$work/"
prometheus --config.file="$work/prometheus-local.yml" --storage.tsdb.path="$work/tsdb" \
  --web.listen-address="${prometheus_url#http://}" >"$work/prometheus.log" 2>&1 &
started+=($!)
prometheus_ready() {
  kill -0 "${started[-1]}" 2>/dev/null || fail "Prometheus stopped"
  curl -fs -o /dev/null "$prometheus_url/-/ready"
}
await 60 "Prometheus did not become ready" prometheus_ready

target_health() {
  curl -fsS "$prometheus_url/api/v1/targets?state=active" \
    | jq -c '[.data.activeTargets[] | {job: .labels.job, instance: .labels.instance, health, lastError}]'
}
# The four services' targets (more with extra workers), every one scraped successfully.
targets_up() {
  target_health | jq -e 'length >= 4 and all(.health == "up")' >/dev/null
}
deadline=$((SECONDS + 120))
until targets_up; do
  ((SECONDS < deadline)) || fail "not every target is up: $(target_health)"
  sleep 2
done
echo "Every target is up (${SECONDS}s)."

# Counters that the import must move, each with the least increase that proves it: one record,
# task and page per resume, at least one projected event and one gateway API request.
counters=(
  "sum(careers_records_imported_total{type=\"APPLICANTS\", outcome=\"CREATED\"})|$resumes"
  "sum(careers_extraction_tasks_total{kind=\"RESUME\", outcome=\"COMPLETED\"})|$resumes"
  "sum(careers_extraction_duration_seconds_count{kind=\"RESUME\"})|$resumes"
  "sum(careers_extraction_pages_total{kind=\"RESUME\"})|$resumes"
  "sum(careers_projection_lag_seconds_count)|1"
  "sum(http_server_requests_seconds_count{job=\"gateway\", uri!~\"/actuator.*\"})|3"
)
# The gauges and client metrics dashboards and alerts read: present on their services.
gauges=(
  'count(careers_extraction_in_flight{job="extraction-worker"}) > 0'
  'count(careers_outbox_backlog{job="import-service"}) > 0'
  'count(careers_outbox_oldest_age_seconds{job="import-service"}) > 0'
  'count(careers_history_snapshot_age_seconds{job="history-service"}) > 0'
  'count(kafka_consumer_fetch_manager_records_lag{job="extraction-worker", topic="extraction.requests"}) > 0'
  'count(count by (job) (jvm_memory_used_bytes)) >= 4'
)
expectations=()
for counter in "${counters[@]}"; do
  expression=${counter%|*}
  expectations+=("$expression - $(query "$expression") >= ${counter##*|}")
done
expectations+=("${gauges[@]}")

run_id=$(date +%s)-$$
files=()
for i in $(seq 1 "$resumes"); do
  make_pdf "$work/resume-$i.pdf" "Metrics Check $i" "Run $run_id" "Senior software engineer, eight years of backend work." \
    "Skills: Java, Spring Boot, Kafka, PostgreSQL, Docker, Kubernetes, Prometheus, Grafana."
  files+=(-F "files=@$work/resume-$i.pdf;type=application/pdf")
done
import_id=$(curl -fsS -H "X-Api-Key: $api_key" -H 'Content-Type: application/json' \
  -d "{\"type\":\"APPLICANTS\",\"label\":\"metrics check $run_id\"}" "$gateway/api/imports" | jq -r .id)
curl -fsS -H "X-Api-Key: $api_key" "${files[@]}" "$gateway/api/imports/$import_id/files" \
  | jq -c '[.results[] | {file, outcome}]'
curl -fsS -o /dev/null -X POST -H "X-Api-Key: $api_key" "$gateway/api/imports/$import_id/complete"
echo "Imported $resumes resumes in import $import_id (${SECONDS}s)."

passed=0
failed=0
holds() {
  [[ $(curl -fsS --get "$prometheus_url/api/v1/query" --data-urlencode "query=$1" | jq '.data.result | length') -gt 0 ]]
}
for expectation in "${expectations[@]}"; do
  deadline=$((SECONDS + 180))
  until holds "$expectation" || ((SECONDS >= deadline)); do
    sleep 3
  done
  if holds "$expectation"; then
    echo "ok    $expectation"
    passed=$((passed + 1))
  else
    echo "FAIL  $expectation" >&2
    failed=$((failed + 1))
  fi
done
echo "metrics: $passed passed, $failed failed (${SECONDS}s)"
((failed == 0))
