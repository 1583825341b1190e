#!/bin/sh
# Export test (make check-exports). Run from the top of the tree after `make libs` and the test programs:
#   check-exports.sh BUILD REAL_LIBSSL
# Environment: EXP_PRELOAD_PREFIX, libraries to preload before the drop-in (the ASan build's sanitizer
# runtimes, which must come first). Every check runs; the script fails at the end if any failed.
set -u
LC_ALL=C
export LC_ALL
[ $# -eq 2 ] || { echo "usage: $0 BUILD REAL_LIBSSL" >&2; exit 2; }
build=$1 real=$2
list=shim/exports/libssl.txt
dropin=$build/libssl.so.3
sa=$build/standalone/libmbedshim.so.1
t=$build/tests/exports
abs_dropin=$(cd "$(dirname "$dropin")" && pwd -P)/$(basename "$dropin")
preload="${EXP_PRELOAD_PREFIX:+$EXP_PRELOAD_PREFIX }$abs_dropin"
failed=0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-exports.XXXXXX")
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failed=1; }
# Show the first lines of a difference, indented.
show() { sed -n '1,20s/^/       /p' "$1"; }

# Defined dynamic symbol names (version suffix stripped), and "name version" pairs from objdump -T.
dyn_names() { nm -D --defined-only "$1" | awk 'NF >= 3 { sub(/@.*/, "", $3); print $3 }' | sort -u; }
dyn_versions() {
    objdump -T "$1" | awk '$1 ~ /^[0-9a-f]+$/ && NF >= 6 && !/\*UND\*/ { print $NF, $(NF-1) }' | sort -u
}
names_of() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$1" | grep -v '^$'; }

# --- the export list and the committed symbols.map -------------------------------------------------------
names_of "$list" > "$tmp/list"
if sort -c -u "$tmp/list" 2>"$tmp/err"; then pass "$list is sorted and unique ($(wc -l < "$tmp/list") names)"
else fail "$list is not sorted/unique: $(cat "$tmp/err")"; fi
if sh tools/gen-symbols-map "$list" | cmp -s - symbols.map; then pass "symbols.map is up to date"
else fail "symbols.map is stale: run 'make symbols-map' and commit it"; fi
if [ -f "$real" ]; then
    dyn_names "$real" | grep -v '^OPENSSL_3\.0\.0$' > "$tmp/real"
    if cmp -s "$tmp/real" "$tmp/list"; then pass "$list equals the exports of $real"
    else diff "$tmp/list" "$tmp/real" > "$tmp/d"; fail "$list differs from $real (< list, > real):"; show "$tmp/d"; fi
else
    fail "no real libssl at $real (install libssl3)"
fi

if [ ! -f "$dropin" ]; then fail "$dropin is not built"; echo "check-exports: FAILED"; exit 1; fi

# --- drop-in: the same dynamic symbols as the real libssl, at the same version --------------------------
dyn_names "$dropin" > "$tmp/ours"
dyn_names "$real" > "$tmp/real_all"
if cmp -s "$tmp/ours" "$tmp/real_all"; then pass "$dropin exports exactly the names of $real ($(wc -l < "$tmp/ours"))"
else
    diff "$tmp/ours" "$tmp/real_all" > "$tmp/d"; fail "$dropin exports differ (< ours, > real):"; show "$tmp/d"
    # A listed function the SSL layer defines without MBS_API gets no stub and stays hidden.
    set -- "$build"/obj/shim/ssl/*.o
    if [ -f "$1" ]; then
        readelf -sW "$@" | awk '$4 == "FUNC" && $6 != "DEFAULT" && $7 != "UND" { print $8 }' | sort -u |
            grep -xF -f "$tmp/list" | comm -12 - "$tmp/real_all" | comm -23 - "$tmp/ours" > "$tmp/d" &&
            [ -s "$tmp/d" ] && { echo "       defined hidden in the SSL layer (missing MBS_API?):"; show "$tmp/d"; }
    fi
fi

dyn_versions "$dropin" > "$tmp/ours_v"
dyn_versions "$real" > "$tmp/real_v"
if awk '$2 != "OPENSSL_3.0.0"' "$tmp/ours_v" | grep . > "$tmp/d"; then
    fail "$dropin exports outside OPENSSL_3.0.0:"; show "$tmp/d"
else pass "every $dropin export is at OPENSSL_3.0.0"; fi
if cmp -s "$tmp/ours_v" "$tmp/real_v"; then pass "objdump -T name/version pairs match the real libssl"
else diff "$tmp/ours_v" "$tmp/real_v" > "$tmp/d"; fail "objdump -T versions differ (< ours, > real):"; show "$tmp/d"; fi

# Leaks: internal and libcrypto-owned names; libssl's own BIO_/ERR_ names (in the list) are fine.
grep -E '^(mbedtls_|psa_|mbs_)' "$tmp/ours" > "$tmp/d"
grep -E '^(BIO_|ERR_|X509_)' "$tmp/ours" | grep -vxF -f "$tmp/list" >> "$tmp/d"
if [ -s "$tmp/d" ]; then fail "$dropin leaks internal or libcrypto names:"; show "$tmp/d"
else pass "$dropin exports no mbedtls_/psa_/mbs_ and no libcrypto BIO_/ERR_/X509_ names"; fi

readelf -dW "$dropin" > "$tmp/dyn"
if grep -q '(SONAME).*\[libssl\.so\.3\]' "$tmp/dyn"; then pass "soname libssl.so.3"
else fail "soname is not libssl.so.3: $(grep SONAME "$tmp/dyn")"; fi
if grep -q '(NEEDED).*\[libcrypto\.so\.3\]' "$tmp/dyn"; then pass "NEEDED libcrypto.so.3"
else fail "no NEEDED libcrypto.so.3"; fi
if grep '(NEEDED)' "$tmp/dyn" | grep -E 'libssl|mbed' > "$tmp/d"; then fail "unexpected NEEDED:"; show "$tmp/d"
else pass "no NEEDED libssl/mbedtls"; fi

# --- standalone -----------------------------------------------------------------------------------------
if [ ! -f "$sa" ]; then fail "$sa is not built"
else
    dyn_names "$sa" > "$tmp/sa"
    if grep -E '^(mbedtls_|psa_|mbs_)' "$tmp/sa" > "$tmp/d"; then fail "$sa leaks internal names:"; show "$tmp/d"
    else pass "$sa exports no mbedtls_/psa_/mbs_ names ($(wc -l < "$tmp/sa") exports)"; fi
    if grep -vxF -f "$tmp/sa" "$tmp/list" > "$tmp/d"; then fail "$sa misses libssl exports:"; show "$tmp/d"
    else pass "$sa exports all $(wc -l < "$tmp/list") libssl names"; fi
    if dyn_versions "$sa" | awk '$2 != "OPENSSL_3.0.0"' | grep . > "$tmp/d"; then
        fail "$sa exports outside OPENSSL_3.0.0:"; show "$tmp/d"
    else pass "every $sa export is at OPENSSL_3.0.0"; fi

    ldd "$t/sa_link" > "$tmp/ldd" 2>&1
    if grep -E 'libssl\.so|libcrypto\.so|not found' "$tmp/ldd" > "$tmp/d"; then
        fail "sa_link (-lssl -lcrypto from $build/standalone) loads:"; show "$tmp/d"
    elif grep -q 'libmbedshim\.so\.1 => .*/standalone/libmbedshim\.so\.1' "$tmp/ldd"; then
        pass "sa_link resolves -lssl -lcrypto to libmbedshim.so.1, no OpenSSL library"
    else fail "sa_link does not load libmbedshim.so.1:"; show "$tmp/ldd"; fi
    if "$t/sa_link" > "$tmp/out" 2>&1; then pass "sa_link runs: $(cat "$tmp/out")"
    else fail "sa_link failed:"; show "$tmp/out"; fi
fi

# --- BIND_NOW: a program bound to the real libssl, every export referenced, runs with the drop-in -------
if "$t/bindnow" > "$tmp/out" 2>&1 && grep -q "^resolved $(wc -l < "$tmp/list")\$" "$tmp/out"; then
    pass "bindnow runs on the real libssl ($(grep '^provider' "$tmp/out"))"
else fail "bindnow does not run on the real libssl:"; show "$tmp/out"; fi
if LD_PRELOAD=$preload "$t/bindnow" > "$tmp/out" 2>&1; then
    if grep -qxF "provider $abs_dropin" "$tmp/out"; then
        pass "bindnow (-z now, $(wc -l < "$tmp/list") references) runs with the drop-in preloaded; all bound to it"
    else fail "bindnow with LD_PRELOAD: symbols not bound to $abs_dropin:"; show "$tmp/out"; fi
else fail "bindnow with LD_PRELOAD=$preload:"; show "$tmp/out"; fi

if env ${EXP_PRELOAD_PREFIX:+LD_PRELOAD="$EXP_PRELOAD_PREFIX"} MBEDSHIM_BUILD="$build" bin/mbedshim-run "$t/bindnow" \
        > "$tmp/out" 2>&1 && grep -qxF "provider $abs_dropin" "$tmp/out"; then
    pass "bin/mbedshim-run runs a program on the drop-in"
else fail "bin/mbedshim-run:"; show "$tmp/out"; fi

# --- stubs: a few picked from this build's list fail cleanly --------------------------------------------
stubs=$build/gen/stubs.list
if [ ! -s "$stubs" ]; then
    pass "no stubs in this build: nothing to call"
else
    # First, middle and last integer-valued stubs, plus the first one with a non-zero failure value.
    picks=$(awk -F '\t' '$2 ~ /^-?[0-9]+$/ { n++; name[n] = $1; val[n] = $2; if ($2 != "0" && !nz) nz = n }
        END { if (n == 0) exit; split(1 " " int((n + 1) / 2) " " n " " nz, idx, " ")
              for (i in idx) if (idx[i] != "" && !seen[idx[i]]++) print name[idx[i]] "=" val[idx[i]] }' "$stubs")
    if [ -z "$picks" ]; then pass "no integer-valued stubs to call"
    else
        # shellcheck disable=SC2086
        if LD_PRELOAD=$preload "$t/bindnow" $picks > "$tmp/out" 2>&1; then
            pass "stubs fail cleanly with an SSL/unsupported error:"; sed 's/^/       /' "$tmp/out"
        else fail "stub calls:"; show "$tmp/out"; fi
        first=$(echo "$picks" | head -n 1)
        if MBEDSHIM_TRACE=1 LD_PRELOAD=$preload "$t/bindnow" "$first" 2>&1 >/dev/null |
            grep -q "^mbedshim: stub ${first%%=*} called"; then pass "MBEDSHIM_TRACE=1 logs the stub call"
        else fail "MBEDSHIM_TRACE=1 does not log the call of stub ${first%%=*}"; fi
    fi
fi

[ "$failed" -eq 0 ] && echo "check-exports: all passed" || echo "check-exports: FAILED"
exit "$failed"
