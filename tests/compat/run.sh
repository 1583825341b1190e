#!/bin/sh
# Compat suite runner (called by mk/compat.mk).
#   run.sh --dir BUILD/compat --certs DIR --flavours "openssl shim" [--dropin /abs/libssl.so.3] NAME...
# For each scenario NAME and flavour, runs the binary (CK_FORK=yes, bounded) with its observations going to
# DIR/out/NAME.FLAVOUR.obs and its output to DIR/out/NAME.FLAVOUR.log, then reports per scenario:
#   PASS  every flavour passed its assertions and all observations equal OpenSSL's
#   FAIL  a flavour did not build, crashed, timed out or failed an assertion
#   DIFF  assertions passed but the observations differ from OpenSSL's (the diff is printed)
# The flavour "dropin" runs the openssl binary with LD_PRELOAD=<--dropin>. The peers never inherit the
# preload (common.c unsets it). Flavours "openssl#2", "openssl#3"... rerun the openssl binary: that is the
# stability check of the suite itself (every observation must be deterministic against real OpenSSL).
# The last line is "N passed, N failed".
set -u
DIR=build/compat
CERTS=
FLAVOURS="openssl shim"
DROPIN=
TIMEOUT=${COMPAT_TIMEOUT:-180}
while [ $# -gt 0 ]; do
    case $1 in
    --dir) DIR=$2; shift 2 ;;
    --certs) CERTS=$2; shift 2 ;;
    --flavours) FLAVOURS=$2; shift 2 ;;
    --dropin) DROPIN=$2; shift 2 ;;
    *) break ;;
    esac
done
[ -n "$CERTS" ] || CERTS=$DIR/certs
OUT=$DIR/out
TMPD=$DIR/tmp
mkdir -p "$OUT" "$TMPD"
rm -f "$TMPD"/peer-*.log
unset LD_PRELOAD
export COMPAT_CERTS="$CERTS" COMPAT_TMP="$TMPD" CK_FORK=yes COMPAT_QUIET=1

# Documented differences (docs/KNOWN_DIFFERENCES.md): "SCENARIO KEY-GLOB ID" per line.
KNOWN=${COMPAT_KNOWN:-$(dirname "$0")/known-differences.txt}
known_filter() { # scenario obs-file: the observations without the keys known to differ
    awk -v sc="$1" 'NR == FNR { if ($0 !~ /^#/ && NF >= 3 && $1 == sc) {
                                   p = $2; gsub(/\./, "\\.", p); gsub(/\*/, ".*", p); pat[n++] = "^" p "$" }
                               next }
                    { key = $0; sub(/=.*/, "", key)
                      for (i = 0; i < n; i++) if (key ~ pat[i]) next
                      print }' "$KNOWN" "$2"
}
known_ids() {
    awk -v sc="$1" '$0 !~ /^#/ && NF >= 3 && $1 == sc && !seen[$3]++ { printf "%s%s", sep, $3; sep = "," }' "$KNOWN"
}

passed=0
failed=0
failed_names=
for name in "$@"; do
    status=PASS
    why=
    for fl in $FLAVOURS; do
        case $fl in
        dropin | openssl#*) bin=$DIR/openssl/$name ;;
        *) bin=$DIR/$fl/$name ;;
        esac
        obsf=$OUT/$name.$fl.obs
        log=$OUT/$name.$fl.log
        rm -f "$obsf" "$log"
        if [ ! -x "$bin" ]; then
            status=FAIL
            why="$why [$fl: not built, see $bin.build.log]"
            continue
        fi
        if [ "$fl" = shim ] && ldd "$bin" 2>/dev/null | grep -E 'lib(ssl|crypto)\.so' | grep -v "$(dirname "$DIR")" | grep -q /; then
            status=FAIL
            why="$why [shim: links a system libssl/libcrypto]"
            continue
        fi
        : >"$obsf"
        if [ "$fl" = dropin ]; then
            if [ -z "$DROPIN" ] || [ ! -f "$DROPIN" ]; then
                status=FAIL
                why="$why [dropin: no library $DROPIN]"
                continue
            fi
            COMPAT_OBS=$obsf timeout -k 5 "$TIMEOUT" env LD_PRELOAD="$DROPIN" "$bin" >"$log" 2>&1
        elif [ "$fl" = shim ] && [ -n "${COMPAT_RUNNER:-}" ]; then
            # e.g. valgrind (make valgrind): only the library under test is watched
            # shellcheck disable=SC2086
            COMPAT_OBS=$obsf timeout -k 5 "$TIMEOUT" $COMPAT_RUNNER "$bin" >"$log" 2>&1
        else
            COMPAT_OBS=$obsf timeout -k 5 "$TIMEOUT" "$bin" >"$log" 2>&1
        fi
        rc=$?
        if [ $rc -ne 0 ]; then
            status=FAIL
            if [ $rc -ge 124 ]; then
                why="$why [$fl: exit $rc (timeout/crash)]"
            else
                why="$why [$fl: $(grep -cE ':[FE]:' "$log") test(s) failed]"
            fi
        fi
    done
    # compare every flavour's observations with the first one's (openssl), leaving out the documented known
    # differences of this scenario (tests/compat/known-differences.txt) but saying that they were
    ref=
    for fl in $FLAVOURS; do
        [ -n "$ref" ] || { ref=$fl; continue; }
        [ -f "$OUT/$name.$ref.obs" ] && [ -f "$OUT/$name.$fl.obs" ] || continue
        if cmp -s "$OUT/$name.$ref.obs" "$OUT/$name.$fl.obs"; then
            continue
        fi
        known_filter "$name" "$OUT/$name.$ref.obs" > "$TMPD/ref.obs"
        known_filter "$name" "$OUT/$name.$fl.obs" > "$TMPD/fl.obs"
        if cmp -s "$TMPD/ref.obs" "$TMPD/fl.obs"; then
            why="$why [$fl: known differences: $(known_ids "$name")]"
            continue
        fi
        [ $status = PASS ] && status=DIFF
        why="$why [$fl: observations differ from $ref]"
    done
    printf '%-4s %s%s\n' "$status" "$name" "$why"
    if [ $status != PASS ]; then
        for fl in $FLAVOURS; do
            log=$OUT/$name.$fl.log
            [ -f "$log" ] && grep -E ':[FE]:' "$log" | sed "s/^/       $fl: /" | head -n 30
        done
        ref=
        for fl in $FLAVOURS; do
            [ -n "$ref" ] || { ref=$fl; continue; }
            if [ -s "$OUT/$name.$ref.obs" ] && [ -f "$OUT/$name.$fl.obs" ]; then
                diff -U0 "$OUT/$name.$ref.obs" "$OUT/$name.$fl.obs" | grep -v '^@@' | sed 1,2d |
                    cut -c1-240 | sed "s/^/       /" | head -n 40
            fi
        done
        failed=$((failed + 1))
        failed_names="$failed_names $name"
    else
        passed=$((passed + 1))
    fi
done
[ $failed -eq 0 ] || echo "failed:$failed_names (logs and observations in $OUT)"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
