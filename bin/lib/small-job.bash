# shellcheck shell=bash
# Sourced by bin/jixiao: whether a command is a small job, for the JIT compiler to choose.
#
# The JIT compiler. On a small job the JVM spends more CPU compiling Spark's and Delta's code with C2 than
# running it; C1 alone took `run` on the samples from 41-48 s to 32-33 s (25-29 s with interpreted queries), but
# parses 25-30 % slower once a job runs for minutes (100,000 forms: 181 s against 136 s). So C1 alone when the
# job's inputs and lake are local and under SMALL_JOB_BYTES (about 10,000-20,000 generated forms), both compilers otherwise.
# -XX:TieredStopAtLevel in JIXIAO_JAVA_OPTS overrides it. Checked by SmallJobRuleTest (app module).
SMALL_JOB_BYTES=$((64 * 1024 * 1024))
# A form takes about five times the bytes in its documents as in the lake (generated corpora: 2.7-5.1 KB against
# 0.5-0.6 KB), so the lake's bytes count five times: a 10,000-form run is small, a 100,000-form lake is not.
LAKE_WEIGHT=5
local_path() { # a path or file: URI on this machine, printed as a path; nothing for other schemes
  case "$1" in
    file://*) printf '%s' "${1#file://}" ;;
    file:*) printf '%s' "${1#file:}" ;;
    *://*) return 1 ;;
    *) printf '%s' "$1" ;;
  esac
}
# small_job COMMAND [ARG...]: succeeds when the command's local inputs and lake (relative paths from the current
# folder, as the command reads them) total less than SMALL_JOB_BYTES.
small_job() {
  local command="${1:-}" paths=() lake="data/lake" inputs=0 expect="" a p
  case "$command" in run|ingest|extract|transform|site) shift ;; *) return 1 ;; esac
  for a in "$@"; do
    if [ -n "$expect" ]; then
      [ "$expect" = lake ] && lake="$a"
      expect=""; continue
    fi
    case "$a" in
      --lake) expect=lake ;;
      --lake=*) lake="${a#--lake=}" ;;
      --*=*) ;;
      --out|-o|--master|--threads) expect=other ;;
      -*) ;;
      *) p="$(local_path "$a")" || return 1; paths+=("$p"); inputs=1 ;;
    esac
  done
  [ "$inputs" = 1 ] || [ "$command" != run ] || paths+=(data/samples)
  p="$(local_path "$lake")" || return 1
  local documents lake_bytes
  documents="$(bytes_of "${paths[@]}")" || return 1
  lake_bytes="$(bytes_of "$p")" || return 1
  [ $((documents + LAKE_WEIGHT * lake_bytes)) -lt "$SMALL_JOB_BYTES" ]
}
# bytes_of PATH...: the apparent bytes of those that exist (a missing one is the command's error to report)
bytes_of() {
  local there=() p
  for p in "$@"; do [ ! -e "$p" ] || there+=("$p"); done
  if [ "${#there[@]}" -eq 0 ]; then echo 0; return 0; fi
  du -sbc -- "${there[@]}" 2>/dev/null | tail -1 | cut -f1
}
