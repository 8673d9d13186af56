#!/usr/bin/env bash
# Fits the ASSISTments split twice per seed and model: with Pathwise's EM as it ships, and with
# pyBKT's fitting procedure replayed in the same code (pybkt-procedure.patch, see README.md).
# Prints a table and appends it to bench/results/pybkt-procedure.md.
#   bench/pybkt-procedure/run.sh [--train=<csv>] [--test=<csv>] [--seeds="1 2 3 4 5"]
# The server must be compiled first: ./mvnw -q -pl server -am package -DskipTests
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/bench/pybkt-procedure"
jdk="${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
train="$root/../shared/data/knowledge-tracing/assist2009-builder-train.csv"
test="$root/../shared/data/knowledge-tracing/assist2009-builder-test.csv"
seeds="1 2 3 4 5"
for arg in "$@"; do
  case "$arg" in
    --train=*) train="${arg#--train=}" ;;
    --test=*) test="${arg#--test=}" ;;
    --seeds=*) seeds="${arg#--seeds=}" ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

classes="$root/server/target/classes"
model_src="$root/server/src/main/java/io/pathwise/mastery/model"
if [ ! -f "$classes/io/pathwise/mastery/evaluation/EvaluateKnowledgeTracingCommand.class" ]; then
  echo "server classes missing: run ./mvnw -q -pl server -am package -DskipTests first" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/patched" "$work/launcher"
cp "$model_src/BaumWelch.java" "$model_src/Bounds.java" "$model_src/BktParameters.java" "$work/src/"
patch -s -p1 -d "$work/src" < "$here/pybkt-procedure.patch"
"$jdk/bin/javac" -nowarn -cp "$classes" -d "$work/patched" "$work/src/"*.java
"$jdk/bin/javac" -cp "$classes" -d "$work/launcher" "$here/RunEvaluation.java"

# One evaluation; prints "AUC RMSE".
evaluate() {
  local classpath="$1"; shift
  "$jdk/bin/java" -cp "$classpath" RunEvaluation --train="$train" --test="$test" --restarts=5 "$@" \
    | awk '/^AUC:/ {auc=$2} /^RMSE:/ {rmse=$2} END {print auc, rmse}'
}

shipped_cp="$work/launcher:$classes"
pybkt_cp="$work/patched:$work/launcher:$classes"
pybkt_options="--prior-strength=0 --max-iterations=100"
table="| Model | Seed | Pathwise AUC | Pathwise RMSE | pyBKT's procedure AUC | pyBKT's procedure RMSE |
| --- | --- | --- | --- | --- | --- |"
for model in standard forgetting; do
  flag=""
  [ "$model" = forgetting ] && flag="--forgetting"
  for seed in $seeds; do
    read -r auc rmse < <(evaluate "$shipped_cp" --seed="$seed" $flag)
    read -r pauc prmse < <(evaluate "$pybkt_cp" --seed="$seed" $flag $pybkt_options)
    row="| BKT${flag:+ + forgetting} | $seed | $auc | $rmse | $pauc | $prmse |"
    echo "$row" >&2
    table="$table
$row"
  done
done

commit="$(git -C "$root" log -1 --format='%h %cI')"
changed="$(git -C "$root" status --porcelain -- server bench/pybkt-procedure | wc -l)"
tree="server/ and bench/pybkt-procedure/ clean"
[ "$changed" -gt 0 ] && tree="$changed uncommitted paths under server/ and bench/pybkt-procedure/"
{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $("$jdk/bin/java" -version 2>&1 | head -1)"
  echo "- Build: commit $commit, $tree"
  echo "- Data: --train=$train --test=$test"
  echo "- Command: \`bench/pybkt-procedure/run.sh $*\`"
  echo "- Pathwise: \`RunEvaluation --train=... --test=... --restarts=5 --seed=<seed> [--forgetting]\` on server/target/classes"
  echo "- pyBKT's procedure: the same with pybkt-procedure.patch applied and \`$pybkt_options\`"
  echo
  echo "$table"
} >> "$root/bench/results/pybkt-procedure.md"
echo "$table"
