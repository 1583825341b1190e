#!/bin/bash
# make demo: an unmodified program (Debian's curl, linked against OpenSSL 3) does TLS through mbedshim
# against a local OpenSSL server, and shows what happened.
set -eu
BUILD=${BUILD:-build}
LIB=$(cd "$BUILD" && pwd)/libssl.so.3
D="$BUILD/demo"
mkdir -p "$D"
sh tests/certs/mkcerts.sh "$D/certs" >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf 'hello from a real OpenSSL server\n' >"$D/index.txt"
# The server is the real OpenSSL, never preloaded.
(cd "$D" && env -u LD_PRELOAD openssl s_server -quiet -accept "127.0.0.1:$port" -cert certs/leaf.pem -cert_chain certs/inter.pem \
    -key certs/leaf.key -WWW -naccept 10 >server.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
i=0
while ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do
    i=$((i + 1)); [ $i -lt 50 ] || { echo "demo: server did not start"; cat "$D/server.log"; exit 1; }
    sleep 0.1
done 2>/dev/null

line() { printf '%s\n' "------------------------------------------------------------------------"; }
line
echo "mbedshim demo: /usr/bin/curl (unmodified, linked against OpenSSL 3) runs its TLS on Mbed TLS"
echo "  library : $LIB"
echo "  server  : openssl s_server (the real OpenSSL) on 127.0.0.1:$port"
echo "  command : LD_PRELOAD=$LIB curl --cacert root.pem https://localhost:$port/index.txt"
line
echo "1. curl's own report of the connection (curl -v):"
LD_PRELOAD="$LIB" curl -sS -v --cacert "$D/certs/root.pem" "https://localhost:$port/index.txt" \
    -o "$D/body.txt" 2>"$D/curl.log"
grep -E 'SSL connection using|ALPN|subject:|issuer:|certificate verify' "$D/curl.log" | sed 's/^/   /'
echo "   body received: $(cat "$D/body.txt")"
echo
echo "2. who served curl's SSL calls (the dynamic linker's bindings):"
LD_DEBUG=bindings LD_PRELOAD="$LIB" curl -sS --cacert "$D/certs/root.pem" \
    "https://localhost:$port/index.txt" -o /dev/null 2>"$D/bindings.log"
grep -E "libcurl.* normal symbol .(SSL_connect|SSL_read|SSL_write|SSL_CTX_new)'" "$D/bindings.log" |
    sed -E 's/^ *[0-9]+: *//; s/binding file //' | sort -u | sed 's/^/   /'
echo
echo "3. the Mbed TLS inside (no mbedtls_* symbol is exported):"
printf '   exported mbedtls_ symbols: %s\n' "$(nm -D --defined-only "$LIB" | grep -c mbedtls_ || true)"
src=${MBEDTLS_DIR:-$BUILD/mbedtls-src}
printf '   Mbed TLS source: %s\n' "$(sed -n 's/^#define MBEDTLS_VERSION_STRING_FULL *//p' "$src/include/mbedtls/build_info.h")"
line
echo "Try it yourself:  LD_PRELOAD=$LIB curl https://example.org/   (or bin/mbedshim-run curl ...)"
