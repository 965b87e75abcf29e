#!/usr/bin/env bash
# Fuzzes the GraphQL engine (parser, validator, executor) with libFuzzer, ASan and LeakSanitizer.
#
#   .ci/fuzz/run.sh [SECONDS]     (default 600)
#
# Builds one binary from Sources/GraphQL/**/*.swift plus FuzzEntry.swift, FuzzPipeline.swift and FuzzResolvers.swift,
# then runs it seeded with the differential test's corpus (Tests/GraphQLTests/Differential/corpus
# and Tests/GraphQLTests/Fixtures); the inputs it finds go to $FUZZ_WORK/corpus, not into the repository. Exits non-zero on a
# crash, hang (> 10 s per input), leak or out-of-memory;
# the input that did it is in $FUZZ_WORK/crash-* (leak-*, timeout-*, oom-*).
# Environment: FUZZ_WORK (default /tmp/cqrs-graphql-fuzz), FUZZ_JOBS (default 1), FUZZ_FLAGS.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-600}"
work="${FUZZ_WORK:-/tmp/cqrs-graphql-fuzz}"
mkdir -p "$work/corpus"

mapfile -t sources < <(find "$root/Sources/GraphQL" -name '*.swift' | sort)
echo "fuzz: building from ${#sources[@]} engine files" >&2
# -O keeps the fuzzer fast; bounds and overflow checks stay on, ASan adds memory checks.
swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
    -swift-version 6 -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault \
    -module-name GraphQLFuzz -package-name cqrs_graphql \
    "${sources[@]}" "$here/FuzzEntry.swift" "$here/FuzzPipeline.swift" "$here/FuzzResolvers.swift" \
    -o "$work/graphql-fuzz" 2> >(grep -v "Cannot export local symbol '__asan" >&2)

echo "fuzz: running for $seconds s" >&2
cd "$work"
# detect_leaks is LeakSanitizer (on by default with ASan on Linux; explicit here).
FUZZ_SCHEMA_DIR="$root/Schema" ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1" \
    LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0" \
    "$work/graphql-fuzz" "$work/corpus" "$root/Tests/GraphQLTests/Differential/corpus" "$root/Tests/GraphQLTests/Fixtures" \
    -dict="$here/graphql.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="$work/" -jobs="${FUZZ_JOBS:-1}" ${FUZZ_FLAGS:-}
