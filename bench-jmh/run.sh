#!/usr/bin/env bash
# Compiles the JMH module and runs one of its benchmark mains on JDK 25 (not inside Maven); JMH
# forks its measuring JVMs from the same JDK. Results are appended to bench/results/.
#   bench-jmh/run.sh BktOnlineUpdateMain [JMH options, e.g. -f 1 -wi 2 -i 3 for a quick look]
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: bench-jmh/run.sh BktOnlineUpdateMain [JMH options]" >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
jdk="${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
main="$1"
shift

cd "$root"
# JMH (jmh-core and its annotation processor) comes from the local Maven repository.
./mvnw -q -pl bench-jmh compile dependency:build-classpath -Dmdep.outputFile="$root/bench-jmh/target/classpath.txt"
exec "$jdk/bin/java" -cp "bench-jmh/target/classes:$(cat bench-jmh/target/classpath.txt)" "io.pathwise.bench.jmh.$main" "$@"
