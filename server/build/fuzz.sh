#!/bin/sh
# A long fuzzing run: each fuzz target in turn for SECONDS (default 3600), one JVM per target.
#   server/build/fuzz.sh [SECONDS] [TARGET...]     (from the repository root)
# TARGET is a fuzz test class's simple name (MakefileFuzzTest ...); all of them when none is given.
# The inputs the fuzzer finds interesting are kept in server/.cifuzz-corpus/; an input that fails
# is written next to the target's seeds (src/test/resources/.../<Target>Inputs/), where the normal
# test run replays it from then on.
set -eu
seconds=${1:-3600}
[ $# -gt 0 ] && shift
targets=${*:-"MakefileFuzzTest ShellScriptFuzzTest DockerfileFuzzTest WorkflowFuzzTest BuildFileKindsFuzzTest SettingsFileFuzzTest GoHeaderFuzzTest GoFlagsFuzzTest"}
for target in $targets; do
    echo "== $target: $seconds s"
    JAZZER_FUZZ=1 mvn -B -q -pl grammars,server -am test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
        -DargLine="-Xmx2g -Djazzer.instrument=dev.cgoguard.** -Djunit.jupiter.execution.timeout.mode=disabled \
-Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=$seconds"
done
