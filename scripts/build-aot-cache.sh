#!/usr/bin/env bash
# Builds a faster-starting Pathwise for JDK 25: the jar extracted to server/target/app/ plus an
# ahead-of-time class cache (JEP 483/514) recorded by a training start that stops right after the
# application context is ready. Start it with:
#   java -XX:AOTCache=server/target/app/pathwise.aot -Dspring.aot.enabled=true -jar server/target/app/pathwise.jar
# The cache only fits the exact jar and JDK that made it: rebuild it after every build.
set -euo pipefail
cd "$(dirname "$0")/.."

java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=server/target/pathwise.jar
[[ -f $jar ]] || ./mvnw -q -pl server package -DskipTests

rm -rf server/target/app server/target/aot-training
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination server/target/app
# The training run uses a scratch database so it never touches real data.
"$java_bin" -XX:AOTCacheOutput=server/target/app/pathwise.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
  -jar server/target/app/pathwise.jar --pathwise.data-dir=server/target/aot-training --server.port=0 \
  > server/target/aot-training.log 2>&1 || true   # exiting at refresh ends the JVM with a non-zero code
rm -rf server/target/aot-training
if [[ ! -s server/target/app/pathwise.aot ]]; then
  echo "no AOT cache was written; see server/target/aot-training.log" >&2
  exit 1
fi
echo "AOT cache: server/target/app/pathwise.aot"
echo "Start:     $java_bin -XX:AOTCache=server/target/app/pathwise.aot -Dspring.aot.enabled=true -jar server/target/app/pathwise.jar"
