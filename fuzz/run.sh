#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan + UBSan + coverage over all of
# episcope_core), then for each target:
#   1. replays fuzz/regressions/<target>/ (crash reproducers), fuzz/seeds/<target>/ and the seed
#      corpus fuzz/corpus/<target>/, which this script fills from the committed test fixtures;
#   2. fuzzes for EPISCOPE_FUZZ_SECONDS (default 60) seconds from a fresh scratch corpus under
#      build/fuzz/scratch/<target>/, the seeds read alongside it.
# Exits non-zero when any target crashed (an ASan/UBSan report, a failed check, a timeout or an
# out-of-memory), after printing where the reproducer is. Copy a reproducer into
# fuzz/regressions/<target>/ so that every later run replays it.
#   bash fuzz/run.sh                 every target
#   bash fuzz/run.sh fuzz_json ...   only these
# Needs clang and libclang-rt-14-dev (Debian 12) or libclang-rt-19-dev (Debian 13).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
seconds=${EPISCOPE_FUZZ_SECONDS:-60}
all_targets=(fuzz_json fuzz_nfo fuzz_plaintext fuzz_roundtrip)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${all_targets[@]}"); fi
for t in "${targets[@]}"; do
  case " ${all_targets[*]} " in *" $t "*) ;; *) echo "fuzz/run.sh: unknown target $t (one of: ${all_targets[*]})" >&2; exit 2 ;; esac
done

build="$top/build/fuzz"
options=(-max_len=262144 -timeout=25 -rss_limit_mb=2560)

# LeakSanitizer stays on: the loaders allocate nothing global that is unreachable, and the
# suppressions the sanitizer test run uses (Qt GUI, fontconfig, D-Bus) are applied as well. If
# Qt's globals ever show up as leaks here, add detect_leaks=0 to ASAN_OPTIONS and say why.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:${ASAN_OPTIONS:-}"
if [ -f "$top/tests/support/lsan.supp" ]; then
  export LSAN_OPTIONS="suppressions=$top/tests/support/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
fi
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

echo "==== fuzz: build (preset fuzz) ===="
started=$(date +%s)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc 2>/dev/null || echo 2)"
echo "fuzz: build took $(( $(date +%s) - started )) s"

# fuzz_roundtrip writes every input to a file and saves it twice with fdatasync: in memory that is
# more than ten times faster than on disk. Its scratch folder lives under $TMPDIR.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  scratch_tmp=$(mktemp -d /dev/shm/episcope-fuzz.XXXXXX)
else
  mkdir -p "$build/tmp"
  scratch_tmp=$(mktemp -d "$build/tmp/episcope-fuzz.XXXXXX")
fi
trap 'rm -rf "$scratch_tmp"' EXIT
export TMPDIR="$scratch_tmp"

# The committed fixtures each target starts from (copied, not duplicated in git).
fixtures() {
  case "$1" in
    fuzz_json) find tests/data -type f -name '*.json' ;;
    fuzz_nfo) find tests/data -type f -name '*.nfo' ;;
    fuzz_plaintext) printf '%s\n' tests/data/declared-crlf-bom.txt resources/samples/seed-synopses.txt ;;
    fuzz_roundtrip)
      find tests/data -type f \( -name '*.json' -o -name '*.nfo' \)
      printf '%s\n' tests/data/declared-crlf-bom.txt resources/samples/seed-synopses.txt ;;
  esac
}

# Regular files in a folder, READMEs left out.
inputs_in() {
  [ -d "$1" ] || return 0
  find "$1" -maxdepth 1 -type f ! -name 'README*' ! -name '.*' | sort
}


failed=()
summary=()
for t in "${targets[@]}"; do
  bin="$build/fuzz/$t"
  corpus="$top/fuzz/corpus/$t"
  scratch="$build/scratch/$t"
  artifacts="$build/artifacts/$t"
  log="$build/logs/$t.log"
  rm -rf "$corpus" "$scratch" "$artifacts"
  mkdir -p "$corpus" "$scratch" "$artifacts" "$(dirname "$log")"
  while IFS= read -r f; do
    [ -n "$f" ] || continue
    [ -f "$f" ] || { echo "fuzz: fixture $f is missing; skipped" >&2; continue; }
    cp "$f" "$corpus/$(printf '%s' "$f" | tr '/ ' '__')"
  done < <(fixtures "$t")

  echo
  echo "==== fuzz: $t — replay regressions and seeds ===="
  mapfile -t replay < <(inputs_in "$top/fuzz/regressions/$t"; inputs_in "$top/fuzz/seeds/$t"; inputs_in "$corpus")
  echo "fuzz: $t: replaying ${#replay[@]} inputs"
  if [ ${#replay[@]} -gt 0 ] && ! (cd "$artifacts" && "$bin" "${options[@]}" -artifact_prefix="$artifacts/" "${replay[@]}") >"$build/logs/$t.replay.log" 2>&1; then
    tail -n 60 "$build/logs/$t.replay.log"
    echo "fuzz: $t: FAILED on replay; the input that failed is the last 'Running:' line in $build/logs/$t.replay.log" >&2
    failed+=("$t (replay)")
    continue
  fi

  echo "==== fuzz: $t — ${seconds} s ===="
  dict=()
  case "$t" in
    fuzz_json) dict=(-dict="$top/fuzz/dicts/json.dict") ;;
    fuzz_nfo) dict=(-dict="$top/fuzz/dicts/nfo.dict") ;;
  esac
  # The scratch corpus comes first: libFuzzer writes what it finds to the first folder only.
  set +e
  (cd "$artifacts" && "$bin" "${options[@]}" "${dict[@]}" -max_total_time="$seconds" -print_final_stats=1 \
     -artifact_prefix="$artifacts/" "$scratch" "$corpus" "$top/fuzz/seeds/$t") >"$log" 2>&1
  status=$?
  set -e
  # "#N DONE cov: … ft: … corp: … exec/s: … rss: …", libFuzzer's last status line.
  done_line=$(sed -n 's/^#[0-9]*[[:space:]]*DONE[[:space:]]*//p' "$log" | tail -n 1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ "$status" -eq 0 ]; then
    summary+=("$t: ${execs:-?} executions in ${seconds} s; ${done_line:-no DONE line (see $log)}")
  else
    last=$(grep -E '^#[0-9]+[[:space:]].*cov:' "$log" | tail -n 1 | sed 's/^#[0-9]*[[:space:]]*[A-Z]*[[:space:]]*//; s/ L: .*//')
    summary+=("$t: CRASHED (exit $status) after ${execs:-?} executions; ${last:-no coverage line}")
  fi
  if [ "$status" -ne 0 ]; then
    tail -n 80 "$log"
    echo "fuzz: $t: FAILED (exit $status); full log: $log" >&2
    for a in "$artifacts"/*; do
      [ -e "$a" ] && echo "fuzz: $t: reproducer: $a  (replay: $bin $a)" >&2
    done
    failed+=("$t")
  else
    echo "fuzz: ${summary[-1]}"
  fi
done

echo
echo "==== fuzz: summary ===="
[ ${#summary[@]} -eq 0 ] || printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  echo "fuzz: keep each reproducer in fuzz/regressions/<target>/ so every run replays it" >&2
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds} s each without a crash"
