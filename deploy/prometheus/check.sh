#!/usr/bin/env bash
# Validates the shipped Prometheus configs, the alert rules (syntax and unit tests) and every query
# of the Grafana dashboard with promtool. Needs Debian's `prometheus` (for promtool) and `jq`.
set -euo pipefail
cd "$(dirname "$0")"

for tool in promtool jq; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool not found: apt-get install -y prometheus jq" >&2
    exit 1
  fi
done

promtool check config prometheus.yml
promtool check config prometheus-local.yml
# Debian's promtool is built without Kubernetes service discovery: there the pod scrape config is
# left to deploy/manifests-check (annotations, role) and checked in full by an upstream promtool.
if ! kubernetes_check="$(promtool check config prometheus-kubernetes.yml 2>&1)"; then
  if grep -q 'kubernetes_sd_configs not found' <<<"$kubernetes_check"; then
    echo "prometheus-kubernetes.yml: skipped, this promtool has no Kubernetes service discovery"
  else
    echo "$kubernetes_check" >&2
    exit 1
  fi
fi
promtool check rules rules.yml
promtool test rules rules-test.yml

# The dashboard's queries, as recording rules, so promtool parses each one.
dashboard_rules="$(mktemp --suffix=.yml)"
trap 'rm -f "$dashboard_rules"' EXIT
{
  echo "groups:"
  echo "  - name: dashboard"
  echo "    rules:"
  jq -r '.panels[].targets[]?.expr | gsub("\\$__rate_interval"; "5m") | tojson' ../grafana/dashboards/careers-import.json \
    | awk '{ printf "      - record: dashboard:query%d\n        expr: %s\n", NR, $0 }'
} >"$dashboard_rules"
echo "Checking the queries of ../grafana/dashboards/careers-import.json"
promtool check rules "$dashboard_rules"
