#!/usr/bin/env bash
# Validates the shipped Prometheus configs, the alert rules (syntax and unit tests) and every query
# of the Grafana dashboard with promtool (Debian: apt-get install prometheus).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v promtool >/dev/null; then
  echo "promtool not found: apt-get install -y prometheus" >&2
  exit 1
fi

promtool check config prometheus.yml
promtool check config prometheus-local.yml
promtool check rules rules.yml
promtool test rules rules-test.yml

# The dashboard's queries, as recording rules, so promtool parses each one.
dashboard_rules="$(mktemp --suffix=.yml)"
trap 'rm -f "$dashboard_rules"' EXIT
python3 - ../grafana/dashboards/careers-import.json >"$dashboard_rules" <<'PY'
import json, sys
dashboard = json.load(open(sys.argv[1]))
print("groups:\n  - name: dashboard\n    rules:")
for number, target in enumerate((t for p in dashboard["panels"] for t in p.get("targets", [])), start=1):
    expr = target["expr"].replace("$__rate_interval", "5m")
    print(f"      - record: dashboard:query{number}\n        expr: {json.dumps(expr)}")
PY
echo "Checking dashboard queries of careers-import.json"
promtool check rules "$dashboard_rules"
