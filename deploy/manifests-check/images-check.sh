#!/usr/bin/env bash
# Proves that the root pom's `images` profile builds a runnable image tarball per service, with no
# registry and no Docker daemon: builds them with Jib on the empty base image `scratch` (the
# production base, eclipse-temurin:17-jre, comes from Docker Hub and only adds the JRE below the
# application's layers), then inspects each <service>/target/jib-image.tar: its tag, an
# entrypoint that starts the service's main class with the container JVM flags, a non-root user,
# the service's port (docs/operations.md, "Services, ports and health") exposed and set, and every
# class-path entry present in the layers.
#
#   deploy/manifests-check/images-check.sh [--no-build]
#
# --no-build inspects the tarballs a previous build wrote (for example on the real base image).
# Needs jq and GNU tar.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

# service port, one per line, from the ports table of the operations guide
services=$(awk '/^## Services, ports and health/ { table = 1; next } /^## / { table = 0 }
  table && $0 ~ /^\| [a-z-]+ \| [0-9]+ \|/ { print $2, $4 }' docs/operations.md)
[[ $(wc -l <<<"$services") -eq 4 ]] || { echo "FAILED: expected four services in docs/operations.md, got: $services" >&2; exit 1; }

if [[ ${1:-} != --no-build ]]; then
  modules=$(awk '{ print $1 }' <<<"$services" | paste -sd,)
  echo "Building the image tarballs of $modules on the base image scratch"
  ./mvnw -B -ntp -q -Pimages -Djib.from.image=scratch -Djib.disableUpdateChecks=true -Dmaven.test.skip=true \
    -pl "$modules" -am package
fi

failures=0
check() {
  local service=$1 description=$2
  shift 2
  if "$@"; then
    echo "ok    $service: $description"
  else
    echo "FAIL  $service: $description" >&2
    failures=$((failures + 1))
  fi
}

while read -r service port; do
  image=$service/target/jib-image.tar
  if [[ ! -f $image ]]; then
    echo "FAIL  $service: no $image" >&2
    failures=$((failures + 1))
    continue
  fi
  manifest=$(tar -xOf "$image" manifest.json)
  config=$(tar -xOf "$image" "$(jq -r '.[0].Config' <<<"$manifest")")
  layer_files() { tar -xOf "$image" "$1" | tar --warning=no-unknown-keyword -tzf - | sed 's|^|/|'; }
  files=""
  classpath=""
  for layer in $(jq -r '.[0].Layers[]' <<<"$manifest"); do
    listing=$(layer_files "$layer")
    files+=$listing$'\n'
    if grep -qxF /app/jib-classpath-file <<<"$listing"; then
      classpath=$(tar -xOf "$image" "$layer" | tar --warning=no-unknown-keyword -xzOf - app/jib-classpath-file)
    fi
  done
  main_class=$(jq -r '.config.Entrypoint[-1]' <<<"$config")

  manifest_says() { jq -e "$1" <<<"$manifest" >/dev/null; }
  config_says() { jq -e "$1" <<<"$config" >/dev/null; }
  in_layers() { grep -qxF "$1" <<<"$files"; }
  every_classpath_entry_in_layers() {
    local entry
    [[ -n $classpath ]] || return 1
    for entry in ${classpath//:/ }; do
      in_layers "$entry" || in_layers "$entry/" || { echo "      missing $entry" >&2; return 1; }
    done
  }

  check "$service" "tagged careers/$service" manifest_says ".[0].RepoTags[0] | startswith(\"careers/$service:\")"
  check "$service" "entrypoint java with -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    config_says '.config.Entrypoint as $e | $e[0] == "java"
      and ($e | any(. == "-XX:MaxRAMPercentage=75")) and ($e | any(. == "-XX:+ExitOnOutOfMemoryError"))'
  # the worker's pipeline needs C2; the other services run C1 only (ADR 0029)
  jit=-XX:TieredStopAtLevel=1
  [[ $service == extraction-worker ]] && jit=-XX:TieredStopAtLevel=4
  check "$service" "entrypoint with $jit" config_says ".config.Entrypoint | any(. == \"$jit\")"
  check "$service" "main class $main_class in the classes layer" in_layers "/app/classes/${main_class//.//}.class"
  check "$service" "every class-path entry in the layers" every_classpath_entry_in_layers
  check "$service" "runs as a non-root user ($(jq -r .config.User <<<"$config"))" \
    config_says '.config.User // "" | test("^[1-9][0-9]*(:[0-9]+)?$")'
  check "$service" "exposes $port/tcp and sets SERVER_PORT=$port" \
    config_says ".config.ExposedPorts == {\"$port/tcp\": {}} and (.config.Env | any(. == \"SERVER_PORT=$port\"))"
done <<<"$services"

if ((failures > 0)); then
  echo "images: $failures checks failed" >&2
  exit 1
fi
echo "images: every service's tarball checked"
