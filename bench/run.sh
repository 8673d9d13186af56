#!/usr/bin/env bash
# Compiles the bench module and runs one benchmark in its own JVM on JDK 25 (not inside Maven),
# so the load generator's JVM is the same JDK as the server's and carries no Maven baggage.
#   bench/run.sh StartupBenchmark [--runs=7 ...]
#   bench/run.sh CoursePageLoadBenchmark [--users=32 ...]
#   bench/run.sh LrsIngestionBenchmark [--db=h2|postgres] [--seconds=60 ...]
#   bench/run.sh LrsRawInsertBaseline [--db=h2|postgres] [--seconds=60 ...]
#   bench/run.sh LrsQueryBenchmark [--db=h2|postgres] [--statements=1000000 ...]
#   bench/run.sh ExamBurstBenchmark [--db=h2|postgres] [--learners=2000 --seconds=10 --retry-share=0.2 ...]
#   bench/run.sh RecommendationBenchmark [--graph=../shared/data/skill-graphs/junyi-exercises.csv --learners=2000 ...]
#   bench/run.sh RecommendationHttpBenchmark [--db=h2|postgres] [--learners=100 --max-mastered=300 ...]
#   bench/run.sh HeatMapHttpBenchmark [--db=h2|postgres] [--jar=...] [--learners=1000 --mastered-cycle=60 ...]
#   bench/run.sh HeatMapHttpBenchmark --tests=study-partners|stuck|heat-map,study-partners,stuck [--pg-statements=20 ...]
#   bench/run.sh GradebookHttpBenchmark [--db=h2|postgres] [--jar=...] [--learners=2000 --samples=20 --warmup=3 --tests=gradebook-api,... --record=false]
#   bench/run.sh KnowledgeTracingBenchmark [--train=... --test=... --cv-data=... --runs=5 ...]
#   bench/run.sh FuzzPass [--seed=1] [--requests-per-operation=40] [--db=h2|postgres] [--operations=TEXT ...]
# (JMH micro-benchmarks live in bench-jmh/: bench-jmh/run.sh BktOnlineUpdateMain)
# The server jar must be built first: ./mvnw -q -pl server -am package -DskipTests
# (not for RecommendationBenchmark, which compiles the recommendation engine's sources in; see bench/pom.xml)
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: bench/run.sh StartupBenchmark|CoursePageLoadBenchmark|LrsIngestionBenchmark|LrsRawInsertBaseline|LrsQueryBenchmark|ExamBurstBenchmark|RecommendationBenchmark|RecommendationHttpBenchmark|HeatMapHttpBenchmark|GradebookHttpBenchmark|KnowledgeTracingBenchmark|FuzzPass [--option=value ...]" >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
jdk="${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
benchmark="$1"
shift

cd "$root"
# The JDBC drivers (the only dependencies, used by the LRS benchmarks) come from the local Maven
# repository; their versions are the server's (see bench/pom.xml).
./mvnw -q -pl bench compile dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt"
exec "$jdk/bin/java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "io.pathwise.bench.$benchmark" "$@"
