# Helpers for tests/apps/run.sh (sourced, bash). Everything runs on 127.0.0.1 with bounded waits; every
# background process started through bg_start is killed by cleanup_all (trap on exit).
#
# Globals set by run.sh: LIB (absolute path of the drop-in libssl.so.3), WORK (scratch dir), CERTS,
# APPS_DIR (this directory), REAL_LIBSSL (the system libssl.so.3 that must NOT be bound).

BG_PIDS=()
PASSED=0
FAILED=0
XFAILED=0
XPASSED=0
FAILED_NAMES=()
XFAIL_NAMES=()

# ---- processes -------------------------------------------------------------------------------------------

# bg_start LOG CMD...: runs CMD in the background (own process group), remembers its pid in BG_PID.
bg_start() {
    local log=$1
    shift
    setsid "$@" >"$log" 2>&1 </dev/null &
    BG_PID=$!
    BG_PIDS+=("$BG_PID")
}

# bg_stop PID: ends that background process group (TERM, then KILL after a bounded wait).
bg_stop() {
    local pid=$1 i
    [ -n "$pid" ] || return 0
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for i in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 0
}

cleanup_all() {
    local p
    for p in "${BG_PIDS[@]}"; do
        bg_stop "$p"
    done
    BG_PIDS=()
}

# ---- ports -----------------------------------------------------------------------------------------------

# free_port: prints a TCP port nothing listens on (the kernel's pick; the real python, not preloaded).
free_port() {
    env -u LD_PRELOAD /usr/bin/python3 -c \
        'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# listening PORT: true when a socket listens on 127.0.0.1:PORT or 0.0.0.0:PORT (never connects to it).
listening() {
    ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
}

# wait_port PORT [PID]: waits (at most ~10 s) until PORT listens; fails early when PID died.
wait_port() {
    local port=$1 pid=${2:-} i
    for i in $(seq 1 100); do
        listening "$port" && return 0
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            return 1
        fi
        sleep 0.1
    done
    return 1
}

# ---- running the app under test --------------------------------------------------------------------------

# app_env NAME: the environment words that put the app on our library with binding tracing into
# $WORK/ld/NAME.<pid>. Mode "preload" (default) or "libpath" (LD_LIBRARY_PATH=dir of LIB).
app_env() {
    local name=$1 mode=${2:-preload}
    rm -f "$WORK/ld/$name".*
    if [ -n "${REFERENCE:-}" ]; then
        echo "MBEDSHIM_REFERENCE=1"
    elif [ "$mode" = libpath ]; then
        echo "LD_LIBRARY_PATH=$(dirname "$LIB") LD_DEBUG=bindings LD_DEBUG_OUTPUT=$WORK/ld/$name"
    else
        echo "LD_PRELOAD=$LIB LD_DEBUG=bindings LD_DEBUG_OUTPUT=$WORK/ld/$name"
    fi
    [ -n "${STUBS:-}" ] && echo "MBEDSHIM_TRACE=1"
    return 0
}

# app NAME [--libpath] CMD...: runs CMD bound to our library (bounded), output to $WORK/NAME.out/.err;
# sets RC to its exit status.
app() {
    local name=$1 mode=preload
    shift
    if [ "${1:-}" = --libpath ]; then
        mode=libpath
        shift
    fi
    # shellcheck disable=SC2046
    env $(app_env "$name" "$mode") timeout -k 3 "${APP_TIMEOUT:-40}" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" </dev/null
    RC=$?
}

# app_in NAME INPUTFILE CMD...: like app, with stdin from INPUTFILE.
app_in() {
    local name=$1 input=$2
    shift 2
    # shellcheck disable=SC2046
    env $(app_env "$name") timeout -k 3 "${APP_TIMEOUT:-40}" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" <"$input"
    RC=$?
}

# bound NAME SYMBOL...: the program's calls to every SYMBOL were bound to our library, and nothing bound
# to the system libssl.so.3. Sets WHY on failure.
bound() {
    local name=$1 sym files
    shift
    [ -n "${REFERENCE:-}" ] && return 0
    files=$(ls "$WORK/ld/$name".* 2>/dev/null)
    if [ -z "$files" ]; then
        WHY="no LD_DEBUG output for $name"
        return 1
    fi
    for sym in "$@"; do
        # shellcheck disable=SC2086
        if ! grep -qF "to $LIB [0]: normal symbol \`$sym'" $files; then
            WHY="$sym not bound to $LIB"
            return 1
        fi
    done
    # shellcheck disable=SC2086
    if grep -qE "to [^ ]*/libssl\.so\.3 \[[0-9]+\]: normal symbol" $files &&
        grep -E "to [^ ]*/libssl\.so\.3 \[[0-9]+\]: normal symbol" $files | grep -vqF "to $LIB "; then
        WHY="some symbol bound to a system libssl.so.3"
        return 1
    fi
    return 0
}

# ---- results ---------------------------------------------------------------------------------------------

is_xfail() {
    grep -qE "^## XFAIL $1( |$)" "$APPS_DIR/KNOWN_ISSUES.md" 2>/dev/null
}

# result NAME OK(0/1) [WHY]: records and prints one scenario result.
result() {
    local name=$1 ok=$2 why=${3:-}
    # one line per scenario for the README's matrix (tools/gen-matrix)
    printf '%s %s\n' "$name" "$([ "$ok" = 0 ] && echo pass || { is_xfail "$name" && echo xfail || echo fail; })" \
        >>"$WORK/results.txt"
    if [ "$ok" = 0 ]; then
        if is_xfail "$name"; then
            echo "XPASS $name (listed in tests/apps/KNOWN_ISSUES.md: it passes now, unlist it)"
            XPASSED=$((XPASSED + 1))
        else
            echo "PASS $name"
        fi
        PASSED=$((PASSED + 1))
    elif is_xfail "$name"; then
        echo "XFAIL $name ($why; see tests/apps/KNOWN_ISSUES.md)"
        XFAILED=$((XFAILED + 1))
        XFAIL_NAMES+=("$name")
    else
        echo "FAIL $name: $why"
        FAILED=$((FAILED + 1))
        FAILED_NAMES+=("$name")
        if [ -n "${VERBOSE:-}" ]; then
            for f in "$WORK/$name".out "$WORK/$name".err "$WORK/$name".log; do
                [ -s "$f" ] && { echo "---- $f"; tail -n 15 "$f"; }
            done
        fi
    fi
}

# check NAME: runs the shell function sc_NAME-as-identifier, which returns 0 or sets WHY and returns 1.
# Scenarios not selected by the command line are skipped silently.
selected() {
    local name=$1 pat
    [ ${#SELECT[@]} -eq 0 ] && return 0
    for pat in "${SELECT[@]}"; do
        # shellcheck disable=SC2053
        [[ $name == $pat ]] && return 0
    done
    return 1
}

scenario() {
    local name=$1 fn=$2
    selected "$name" || return 0
    WHY="failed"
    if "$fn"; then
        result "$name" 0
    else
        result "$name" 1 "$WHY"
    fi
}

# expect COND-DESCRIPTION TEST...: helper: runs TEST; on failure sets WHY and returns 1.
expect() {
    local desc=$1
    shift
    if ! "$@"; then
        WHY=$desc
        return 1
    fi
    return 0
}

# has FILE PATTERN: grep -q -E with a readable failure reason.
has() {
    if ! grep -qE -- "$2" "$1" 2>/dev/null; then
        WHY="'$2' not found in $(basename "$1"): $(tail -c 300 "$1" 2>/dev/null | tr '\n' ' ')"
        return 1
    fi
}

rc_is() {
    if [ "$RC" != "$1" ]; then
        WHY="exit status $RC, expected $1${2:+ ($2)}: $(tail -c 300 "$WORK/$CUR.err" 2>/dev/null | tr '\n' ' ')"
        return 1
    fi
}
