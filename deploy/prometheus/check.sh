#!/usr/bin/env bash
# Validates the shipped Prometheus configs and alert rules with promtool (Debian: apt-get install prometheus).
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
