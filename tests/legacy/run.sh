#!/bin/sh
# check-legacy: runs the 1.1-idiom programs against real OpenSSL peers.
#   run.sh BINDIR CERTDIR [--allow-system]
# BINDIR holds legacy_client and legacy_server. Unless --allow-system is given, first proves with ldd that
# they load no OpenSSL (no libssl.so.3 / libcrypto.so.3). Peers (`openssl s_server`/`s_client`) run without
# any preload, on 127.0.0.1, with bounded waits. Prints PASS/FAIL lines and "N passed, N failed".
set -u
BIN=$1
CERTS=$2
ALLOW_SYSTEM=${3:-}
unset LD_PRELOAD
pass=0
fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1"; fail=$((fail + 1)); }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"; [ -n "${SPID:-}" ] && kill $SPID 2>/dev/null' EXIT

randport() { awk -v s="$$" 'BEGIN { srand(); srand(srand() + s); print 20000 + int(rand() * 30000) }'; }

for b in legacy_client legacy_server; do
    if [ ! -x "$BIN/$b" ]; then
        ko "$b: not built"
        continue
    fi
    if [ "$ALLOW_SYSTEM" != --allow-system ]; then
        if ldd "$BIN/$b" | grep -E 'lib(ssl|crypto)\.so\.3'; then
            ko "$b: ldd shows OpenSSL"
        else
            ok "$b: ldd shows no OpenSSL ($(ldd "$BIN/$b" | grep -o 'libmbedshim[^ ]*' | head -n1))"
        fi
    fi
done

# client -> openssl s_server -www (a random port, retried when taken)
for attempt in 1 2 3 4 5; do
    PORT=$(randport)
    openssl s_server -accept 127.0.0.1:$PORT -www -cert "$CERTS/server.pem" -key "$CERTS/server.key" \
        -cert_chain "$CERTS/chain.pem" </dev/null >"$TMP/s_server.log" 2>&1 &
    SPID=$!
    i=0
    while ! grep -q ACCEPT "$TMP/s_server.log" && kill -0 $SPID 2>/dev/null && [ $i -lt 50 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    grep -q ACCEPT "$TMP/s_server.log" && break
    kill $SPID 2>/dev/null
done
if timeout 20 "$BIN/legacy_client" 127.0.0.1:$PORT "$CERTS/ca.pem" localhost >"$TMP/client.out" 2>&1 &&
    grep -q '^subject: /O=mbedshim/CN=localhost' "$TMP/client.out" &&
    grep -q '^response: HTTP/1.0 200 ok' "$TMP/client.out"; then
    ok "legacy_client talks to openssl s_server ($(grep protocol: "$TMP/client.out"))"
else
    ko "legacy_client talks to openssl s_server"
    sed 's/^/    /' "$TMP/client.out"
fi
kill $SPID 2>/dev/null
wait $SPID 2>/dev/null
SPID=

# openssl s_client -> server (it picks its port and prints it)
timeout 20 "$BIN/legacy_server" 0 "$CERTS/server.pem" "$CERTS/server.key" "$CERTS/chain.pem" \
    >"$TMP/server.out" 2>&1 &
SPID=$!
i=0
while ! grep -q listening "$TMP/server.out" && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
PORT=$(awk '/^listening/ { print $2; exit }' "$TMP/server.out")
(echo "hello legacy"; sleep 2) | timeout 20 openssl s_client -connect 127.0.0.1:$PORT -CAfile "$CERTS/ca.pem" \
    -verify_return_error -servername localhost >"$TMP/s_client.out" 2>&1
wait $SPID
src=$?
SPID=
if [ $src -eq 0 ] && grep -q '^echo: hello legacy' "$TMP/s_client.out" && grep -q 'Verify return code: 0' "$TMP/s_client.out"; then
    ok "openssl s_client talks to legacy_server ($(grep accepted "$TMP/server.out"))"
else
    ko "openssl s_client talks to legacy_server (server exit $src)"
    sed 's/^/    server: /' "$TMP/server.out"
    tail -n 15 "$TMP/s_client.out" | sed 's/^/    s_client: /'
fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
