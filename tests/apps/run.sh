#!/bin/bash
# App suite: unmodified Debian programs run on the drop-in build/libssl.so.3 (LD_PRELOAD, or
# LD_LIBRARY_PATH for one scenario) against real peers that are never preloaded: OpenSSL's own
# `openssl s_server`/`s_client`, nginx, curl, GnuTLS' gnutls-cli. Each scenario checks the program's
# output and exit status AND that its SSL calls were bound to our library (LD_DEBUG=bindings).
#
#   run.sh --lib /abs/build/libssl.so.3 --work build/apps [-v] [PATTERN...]
#
# --stubs: run the apps with MBEDSHIM_TRACE=1 and list, at the end, which libssl stubs they reached.
# --reference: run the same scenarios with the apps on the system libssl (no preload, no binding check), to
# validate the suite itself against real OpenSSL.
# PATTERN: shell globs on scenario names (e.g. 'curl.*' nginx.h2). One line per scenario:
#   PASS name | FAIL name: why | XFAIL name (why) | XPASS name
# XFAIL = listed as "## XFAIL name" in tests/apps/KNOWN_ISSUES.md: reported, not counted as passed and
# not failing the run. The last line is "N passed, N failed"; the exit status is non-zero on failure.
set -u
APPS_DIR=$(cd "$(dirname "$0")" && pwd)
LIB=
WORK=build/apps
VERBOSE=
REFERENCE=${REFERENCE:-}
STUBS=${STUBS:-}
SELECT=()
while [ $# -gt 0 ]; do
    case $1 in
    --lib) LIB=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    -v) VERBOSE=1; shift ;;
    --reference) REFERENCE=1; shift ;;
    --stubs) STUBS=1; shift ;;
    *) SELECT+=("$1"); shift ;;
    esac
done
[ -n "$LIB" ] || { echo "usage: run.sh --lib /abs/path/libssl.so.3 [--work DIR] [PATTERN...]" >&2; exit 2; }
case $LIB in /*) ;; *) LIB=$(cd "$(dirname "$LIB")" && pwd)/$(basename "$LIB") ;; esac
[ -f "$LIB" ] || { echo "run.sh: no library $LIB" >&2; exit 2; }
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
: >"$WORK/results.txt"
# shellcheck source=tests/apps/lib.sh
. "$APPS_DIR/lib.sh"

unset LD_PRELOAD LD_LIBRARY_PATH LD_DEBUG LD_DEBUG_OUTPUT MBEDSHIM_TRACE SSL_CERT_FILE SSL_CERT_DIR
export OPENSSL_CONF=/dev/null # the peers and the apps read no site openssl.cnf
CERTS=$WORK/certs
WWW=$WORK/www
rm -rf "$WORK/ld" "$WORK/run"
mkdir -p "$WORK/ld" "$WORK/run" "$WWW"
trap cleanup_all EXIT
trap 'cleanup_all; exit 130' INT TERM

sh "$APPS_DIR/../certs/mkcerts.sh" "$CERTS" || { echo "FAIL setup: mkcerts.sh"; echo "0 passed, 1 failed"; exit 1; }

missing=
for p in curl /usr/bin/python3 socat nginx stunnel4 /usr/bin/perl openssl gnutls-cli; do
    command -v "$p" >/dev/null 2>&1 || missing="$missing $p"
done
/usr/bin/perl -MIO::Socket::SSL -e1 2>/dev/null || missing="$missing IO::Socket::SSL"
if [ -n "$missing" ]; then
    echo "note: missing programs:$missing (install with: sh scripts/install-deps.sh --apps); their scenarios fail"
fi

# Content served by every peer: a small page with a marker, a 20 MB file with its checksum.
echo "mbedshim-app-test index" >"$WWW/index.html"
if [ ! -f "$WWW/big.bin" ] || [ "$(stat -c %s "$WWW/big.bin")" != 20971520 ]; then
    head -c 20971520 /dev/urandom >"$WWW/big.bin"
fi
BIG_SUM=$(sha256sum <"$WWW/big.bin" | cut -d' ' -f1)
# A plain HTTP backend (for socat/stunnel servers): reads the request head, answers with the marker.
cat >"$WORK/backend.sh" <<'EOF'
#!/bin/sh
while IFS= read -r line; do
    case $line in "" | "$(printf '\r')") break ;; esac
done
body="mbedshim-app-test backend"
printf 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\n' $((${#body} + 1)) "$body"
EOF
chmod +x "$WORK/backend.sh"
printf 'GET /index.html HTTP/1.0\r\nHost: localhost\r\n\r\n' >"$WORK/get.txt"

REAL() { env -u LD_PRELOAD -u LD_LIBRARY_PATH "$@"; }

# ---- peers -----------------------------------------------------------------------------------------------

# ossl_server_start [s_server args...]: the real `openssl s_server -WWW` serving $WWW; sets OSS_PORT/OSS_PID.
ossl_server_start() {
    OSS_PORT=$(free_port)
    bg_start "$WORK/run/s_server.$OSS_PORT.log" sh -c 'cd "$1" && shift && exec "$@"' sh "$WWW" \
        env -u LD_PRELOAD openssl s_server -accept "127.0.0.1:$OSS_PORT" -cert "$CERTS/leaf.pem" \
        -cert_chain "$CERTS/inter.pem" -key "$CERTS/leaf.key" -WWW -quiet "$@"
    OSS_PID=$BG_PID
    wait_port "$OSS_PORT" "$OSS_PID"
}

# nginx_start TAG ENVWORDS SERVER_DIRECTIVES: nginx on a free port serving $WWW; ENVWORDS is "" for the real
# peer or $(app_env NAME) for nginx under test. Sets NGX_PORT NGX_PID NGX_DIR.
nginx_start() {
    local tag=$1 envw=$2 extra=$3 userline=
    NGX_DIR=$WORK/run/nginx-$tag
    NGX_PORT=$(free_port)
    mkdir -p "$NGX_DIR/tmp"
    [ "$(id -u)" = 0 ] && userline="user root;"
    cat >"$NGX_DIR/nginx.conf" <<EOF
$userline
daemon off;
master_process on;
worker_processes 1;
pid $NGX_DIR/nginx.pid;
error_log $NGX_DIR/error.log info;
events { worker_connections 64; }
http {
    default_type application/octet-stream;
    types { text/html html; }
    client_body_temp_path $NGX_DIR/tmp/body;
    proxy_temp_path $NGX_DIR/tmp/proxy;
    fastcgi_temp_path $NGX_DIR/tmp/fastcgi;
    uwsgi_temp_path $NGX_DIR/tmp/uwsgi;
    scgi_temp_path $NGX_DIR/tmp/scgi;
    log_format t '\$request_uri \$status \$server_protocol \$ssl_protocol \$ssl_cipher reused=\$ssl_session_reused verify=\$ssl_client_verify dn="\$ssl_client_s_dn" sni=\$ssl_server_name alpn=\$http2';
    access_log $NGX_DIR/access.log t;
    sendfile off;
    server {
        listen 127.0.0.1:$NGX_PORT ssl http2;
        server_name localhost;
        ssl_certificate $CERTS/chain.pem;
        ssl_certificate_key $CERTS/leaf.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        root $WWW;
        add_header X-Reused \$ssl_session_reused always;
        add_header X-Proto \$ssl_protocol always;
        $extra
    }
}
EOF
    # shellcheck disable=SC2086
    bg_start "$NGX_DIR/stdout.log" env -u LD_PRELOAD $envw nginx -e "$NGX_DIR/error.log" -p "$NGX_DIR" \
        -c "$NGX_DIR/nginx.conf"
    NGX_PID=$BG_PID
    wait_port "$NGX_PORT" "$NGX_PID"
}

# ---- 1. curl (client) against the real s_server and nginx -------------------------------------------------

sc_curl_tls13() {
    CUR=curl.tls13
    app $CUR curl -sS -v --cacert "$CERTS/root.pem" "https://localhost:$OSS_PORT/index.html"
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test &&
        has "$WORK/$CUR.err" 'SSL connection using TLSv1\.3 / TLS_AES_256_GCM_SHA384' &&
        has "$WORK/$CUR.err" 'SSL certificate verify ok' && bound $CUR SSL_connect SSL_read SSL_write
}

sc_curl_tls12() {
    CUR=curl.tls12
    app $CUR curl -sS -v --tls-max 1.2 --cacert "$CERTS/root.pem" "https://localhost:$OSS_PORT/index.html"
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test &&
        has "$WORK/$CUR.err" 'SSL connection using TLSv1\.2 / ECDHE-RSA-AES256-GCM-SHA384' &&
        bound $CUR SSL_connect SSL_read
}

# two URLs, one connection each (Connection: close): the second handshake resumes (nginx reports "r")
sc_curl_resume() {
    CUR=curl.resume
    app $CUR curl -sS --http1.1 --cacert "$CERTS/root.pem" -H 'Connection: close' -D - \
        "https://localhost:$NGR_PORT/index.html" "https://localhost:$NGR_PORT/index.html"
    rc_is 0 && has "$WORK/$CUR.out" '^X-Reused: \.' && has "$WORK/$CUR.out" '^X-Reused: r' &&
        bound $CUR SSL_connect SSL_set_session SSL_CTX_sess_set_new_cb
}

sc_curl_libpath() {
    CUR=curl.libpath
    app $CUR --libpath curl -sS -v --cacert "$CERTS/root.pem" "https://127.0.0.1:$OSS_PORT/index.html"
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test && has "$WORK/$CUR.err" 'SSL connection using TLSv1\.3' &&
        bound $CUR SSL_connect SSL_read
}

sc_curl_wrong_ca() {
    CUR=curl.wrong_ca
    app $CUR curl -sS --cacert "$CERTS/selfsigned.pem" "https://localhost:$OSS_PORT/index.html"
    rc_is 60 "CURLE_PEER_FAILED_VERIFICATION" &&
        has "$WORK/$CUR.err" 'SSL certificate problem: unable to get local issuer certificate' &&
        bound $CUR SSL_connect
}

sc_curl_hostname() {
    CUR=curl.hostname
    app $CUR curl -sS --cacert "$CERTS/root.pem" --resolve "wrong.example:$OSS_PORT:127.0.0.1" \
        "https://wrong.example:$OSS_PORT/index.html"
    rc_is 60 "CURLE_PEER_FAILED_VERIFICATION" && has "$WORK/$CUR.err" 'wrong\.example' && bound $CUR SSL_connect
}

sc_curl_h2() {
    CUR=curl.h2_alpn
    app $CUR curl -sS -v --http2 --cacert "$CERTS/root.pem" -w 'http_version=%{http_version}\n' \
        "https://localhost:$NGR_PORT/index.html"
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test && has "$WORK/$CUR.out" '^http_version=2$' &&
        has "$WORK/$CUR.err" 'ALPN: server accepted h2' && bound $CUR SSL_connect SSL_CTX_set_alpn_protos
}

sc_curl_large() {
    CUR=curl.large_rate
    APP_TIMEOUT=90 app $CUR curl -sS --http1.1 --limit-rate 10M --cacert "$CERTS/root.pem" \
        -o "$WORK/run/big.curl" -w 'size=%{size_download}\n' "https://localhost:$NGR_PORT/big.bin"
    rc_is 0 && has "$WORK/$CUR.out" '^size=20971520$' || return 1
    local sum
    sum=$(sha256sum <"$WORK/run/big.curl" | cut -d' ' -f1)
    rm -f "$WORK/run/big.curl"
    [ "$sum" = "$BIG_SUM" ] || { WHY="checksum mismatch"; return 1; }
    bound $CUR SSL_connect SSL_read
}

sc_curl_client_cert() {
    CUR=curl.client_cert
    app $CUR curl -sS --cacert "$CERTS/root.pem" --cert "$CERTS/client.pem" --key "$CERTS/client.key" \
        "https://localhost:$NGC_PORT/index.html"
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test &&
        has "$NGC_DIR/access.log" 'verify=SUCCESS dn="emailAddress=client@example.com,CN=mbedshim client' &&
        bound $CUR SSL_connect SSL_CTX_use_certificate
}

# ---- 2. python3 (client and server) ----------------------------------------------------------------------

PY=/usr/bin/python3
py_scenario() { # NAME PYSCEN PORT [EXTRA]
    CUR=$1
    app $CUR $PY "$APPS_DIR/py_ssl.py" "$2" 127.0.0.1 "$3" "$CERTS" "${4:-}"
    rc_is 0 && has "$WORK/$CUR.out" '^OK$' && bound $CUR SSL_do_handshake
}
sc_py_urllib() { py_scenario py.urllib urllib "$NGR_PORT"; }
sc_py_wrap_socket() { py_scenario py.wrap_socket wrap_socket "$OSS_PORT"; }
sc_py_verify_error() { py_scenario py.verify_error verify_error "$OSS_PORT"; }
sc_py_memorybio() { py_scenario py.memorybio memorybio "$OSS_PORT"; }
sc_py_asyncio() { py_scenario py.asyncio asyncio "$NGR_PORT"; }
sc_py_session_reuse() { py_scenario py.session_reuse session_reuse "$NGR_PORT"; }
sc_py_alpn() { py_scenario py.alpn alpn "$NGR_PORT"; }

sc_py_server() {
    CUR=py.server
    local port pid
    port=$(free_port)
    # shellcheck disable=SC2046
    bg_start "$WORK/$CUR.log" env $(app_env $CUR) $PY "$APPS_DIR/py_ssl.py" server 127.0.0.1 "$port" "$CERTS" 2
    pid=$BG_PID
    wait_port "$port" "$pid" || { WHY="server did not start: $(tail -c 300 "$WORK/$CUR.log")"; return 1; }
    REAL timeout 20 curl -sS --cacert "$CERTS/root.pem" "https://localhost:$port/" >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
    RC=$?
    REAL timeout 20 curl -sS --tls-max 1.2 --cacert "$CERTS/root.pem" "https://localhost:$port/" \
        >>"$WORK/$CUR.out" 2>>"$WORK/$CUR.err" || RC=$?
    timeout 10 tail --pid="$pid" -f /dev/null
    bg_stop "$pid"
    rc_is 0 && has "$WORK/$CUR.out" 'python-server TLSv1\.3 TLS_AES_256_GCM_SHA384' &&
        has "$WORK/$CUR.out" 'python-server TLSv1\.2 ECDHE-RSA-AES256-GCM-SHA384' && bound $CUR SSL_do_handshake
}

# ---- 3. socat (client and server) ------------------------------------------------------------------------

sc_socat_client() {
    CUR=socat.client
    app_in $CUR "$WORK/get.txt" socat -T 20 - "OPENSSL:127.0.0.1:$OSS_PORT,cafile=$CERTS/root.pem,verify=1"
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test && bound $CUR SSL_connect SSL_read SSL_write
}

sc_socat_client_badca() {
    CUR=socat.client_badca
    app_in $CUR "$WORK/get.txt" socat -T 20 - "OPENSSL:127.0.0.1:$OSS_PORT,cafile=$CERTS/selfsigned.pem,verify=1"
    [ "$RC" != 0 ] || { WHY="connected with the wrong CA"; return 1; }
    has "$WORK/$CUR.err" 'certificate verify failed' && bound $CUR SSL_connect
}

socat_server() { # NAME CURL-ARGS... : socat OPENSSL-LISTEN under test, one connection, the real curl as client
    CUR=$1
    shift
    local port pid opts=${SOCAT_OPTS:-verify=0}
    port=$(free_port)
    # shellcheck disable=SC2046
    bg_start "$WORK/$CUR.log" env $(app_env $CUR) timeout 40 socat -T 20 \
        "OPENSSL-LISTEN:$port,bind=127.0.0.1,reuseaddr,cert=$CERTS/chain.pem,key=$CERTS/leaf.key,$opts" \
        "EXEC:$WORK/backend.sh"
    pid=$BG_PID
    wait_port "$port" "$pid" || { WHY="socat did not listen: $(tail -c 300 "$WORK/$CUR.log")"; return 1; }
    REAL timeout 20 curl -sS -v --cacert "$CERTS/root.pem" "$@" "https://localhost:$port/" \
        >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
    RC=$?
    timeout 10 tail --pid="$pid" -f /dev/null
    bg_stop "$pid"
    rc_is 0 && has "$WORK/$CUR.out" 'mbedshim-app-test backend' && bound $CUR SSL_accept SSL_read SSL_write
}
sc_socat_server() { socat_server socat.server && has "$WORK/$CUR.err" 'SSL connection using TLSv1\.3'; }
sc_socat_server12() { socat_server socat.server_tls12 --tls-max 1.2 && has "$WORK/$CUR.err" 'SSL connection using TLSv1\.2'; }
sc_socat_server_clientcert() {
    SOCAT_OPTS="verify=1,cafile=$CERTS/ca-bundle.pem" socat_server socat.server_clientcert \
        --cert "$CERTS/client.pem" --key "$CERTS/client.key" || return 1
    # and without a client certificate the handshake must fail
    local port pid
    port=$(free_port)
    # shellcheck disable=SC2046
    bg_start "$WORK/$CUR.nocert.log" env $(app_env $CUR.nocert) timeout 40 socat -T 20 \
        "OPENSSL-LISTEN:$port,bind=127.0.0.1,reuseaddr,cert=$CERTS/chain.pem,key=$CERTS/leaf.key,verify=1,cafile=$CERTS/ca-bundle.pem" \
        "EXEC:$WORK/backend.sh"
    pid=$BG_PID
    wait_port "$port" "$pid" || { WHY="socat did not listen"; return 1; }
    REAL timeout 20 curl -sS --cacert "$CERTS/root.pem" "https://localhost:$port/" >"$WORK/$CUR.nocert.out" 2>&1
    RC=$?
    timeout 10 tail --pid="$pid" -f /dev/null
    bg_stop "$pid"
    [ "$RC" != 0 ] || { WHY="served a client without a certificate"; return 1; }
    ! grep -q 'mbedshim-app-test' "$WORK/$CUR.nocert.out" || { WHY="served a client without a certificate"; return 1; }
}

# ---- 4. nginx under test (clients: the real curl and openssl s_client) -------------------------------------

ngx_curl() { # NAME CURL-ARGS...
    CUR=$1
    shift
    REAL timeout 30 curl -sS -v --cacert "$CERTS/root.pem" "$@" >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
    RC=$?
}
sc_nginx_tls13() {
    ngx_curl nginx.tls13 "https://localhost:$NGT_PORT/index.html"
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test && has "$WORK/$CUR.err" 'SSL connection using TLSv1\.3' &&
        bound nginx-under-test SSL_do_handshake SSL_read SSL_write
}
sc_nginx_tls12() {
    ngx_curl nginx.tls12 --tls-max 1.2 --http1.1 "https://localhost:$NGT_PORT/index.html"
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test &&
        has "$WORK/$CUR.err" 'SSL connection using TLSv1\.2 / ECDHE-RSA-AES256-GCM-SHA384' &&
        has "$NGT_DIR/access.log" 'HTTP/1\.1 TLSv1\.2 ECDHE-RSA-AES256-GCM-SHA384' && bound nginx-under-test SSL_do_handshake
}
sc_nginx_h2() {
    ngx_curl nginx.h2 --http2 -w 'http_version=%{http_version}\n' "https://localhost:$NGT_PORT/index.html"
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test && has "$WORK/$CUR.out" '^http_version=2$' &&
        has "$NGT_DIR/access.log" 'HTTP/2\.0 TLSv1\.3 .* alpn=h2' && bound nginx-under-test SSL_CTX_set_alpn_select_cb
}
sc_nginx_large() {
    CUR=nginx.large
    REAL timeout 60 curl -sS --cacert "$CERTS/root.pem" -o "$WORK/run/big.ngx" "https://localhost:$NGT_PORT/big.bin" \
        >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
    RC=$?
    local sum
    sum=$(sha256sum <"$WORK/run/big.ngx" 2>/dev/null | cut -d' ' -f1)
    rm -f "$WORK/run/big.ngx"
    rc_is 0 && { [ "$sum" = "$BIG_SUM" ] || { WHY="checksum mismatch"; return 1; }; } && bound nginx-under-test SSL_write
}
# s_client twice: -sess_out then -sess_in; the second must be "Reused" and nginx must log reused=r.
resume_check() { # NAME PORT ACCESSLOG [s_client args]
    CUR=$1
    local port=$2 log=$3
    shift 3
    rm -f "$WORK/run/$CUR.sess"
    REAL timeout 20 openssl s_client -connect "127.0.0.1:$port" -servername localhost -CAfile "$CERTS/root.pem" \
        -ign_eof -sess_out "$WORK/run/$CUR.sess" "$@" <"$WORK/get.txt" >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
    RC=$?
    rc_is 0 "first s_client" && has "$WORK/$CUR.out" '^New, TLSv1\.[23]' && has "$WORK/$CUR.out" mbedshim-app-test || return 1
    [ -s "$WORK/run/$CUR.sess" ] || { WHY="no session saved by the first s_client"; return 1; }
    REAL timeout 20 openssl s_client -connect "127.0.0.1:$port" -servername localhost -CAfile "$CERTS/root.pem" \
        -ign_eof -sess_in "$WORK/run/$CUR.sess" "$@" <"$WORK/get.txt" >"$WORK/$CUR.2.out" 2>"$WORK/$CUR.2.err"
    RC=$?
    rc_is 0 "second s_client" && has "$WORK/$CUR.2.out" '^Reused, TLSv1\.[23]' &&
        has "$WORK/$CUR.2.out" 'X-Reused: r' && has "$log" 'reused=r'
}
sc_nginx_resume13() { resume_check nginx.resume_tls13 "$NGT_PORT" "$NGT_DIR/access.log" -tls1_3 && bound nginx-under-test SSL_session_reused; }
sc_nginx_resume12() { resume_check nginx.resume_tls12_ticket "$NGT_PORT" "$NGT_DIR/access.log" -tls1_2 && bound nginx-under-test SSL_session_reused; }
sc_nginx_resume_cache() {
    local r=0
    # shellcheck disable=SC2046
    nginx_start cache "$(app_env nginx-cache)" "ssl_session_tickets off; ssl_session_cache shared:SSL:1m; ssl_session_timeout 5m;" ||
        { WHY="nginx (session cache) did not start: $(tail -c 300 "$NGX_DIR/error.log")"; bg_stop "$NGX_PID"; return 1; }
    resume_check nginx.resume_cache_tls12 "$NGX_PORT" "$NGX_DIR/access.log" -tls1_2 -no_ticket || r=1
    bg_stop "$NGX_PID"
    [ $r = 0 ] && bound nginx-cache i2d_SSL_SESSION d2i_SSL_SESSION
}
sc_nginx_client_cert() {
    CUR=nginx.client_cert
    # shellcheck disable=SC2046
    nginx_start ccert "$(app_env nginx-ccert)" "ssl_client_certificate $CERTS/ca-bundle.pem; ssl_verify_client on; ssl_verify_depth 3;" ||
        { WHY="nginx (client cert) did not start: $(tail -c 300 "$NGX_DIR/error.log")"; bg_stop "$NGX_PID"; return 1; }
    local r=0
    ngx_curl nginx.client_cert --cert "$CERTS/client.pem" --key "$CERTS/client.key" "https://localhost:$NGX_PORT/index.html"
    { rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test &&
        has "$NGX_DIR/access.log" 'verify=SUCCESS dn="emailAddress=client@example.com,CN=mbedshim client'; } || r=1
    if [ $r = 0 ]; then
        REAL timeout 20 curl -sS --cacert "$CERTS/root.pem" "https://localhost:$NGX_PORT/index.html" \
            >"$WORK/$CUR.nocert.out" 2>&1
        has "$WORK/$CUR.nocert.out" 'No required SSL certificate was sent' || r=1
    fi
    bg_stop "$NGX_PID"
    [ $r = 0 ] && bound nginx-ccert SSL_get1_peer_certificate SSL_get_verify_result
}
sc_nginx_gnutls() {
    CUR=nginx.gnutls_cli
    REAL timeout 20 gnutls-cli --x509cafile "$CERTS/root.pem" -p "$NGT_PORT" localhost <"$WORK/get.txt" \
        >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
    RC=$?
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test && has "$WORK/$CUR.out" 'Description: \(TLS1\.3-X\.509\)' || return 1
    REAL timeout 20 gnutls-cli --priority 'NORMAL:-VERS-TLS1.3' --x509cafile "$CERTS/root.pem" -p "$NGT_PORT" localhost \
        <"$WORK/get.txt" >"$WORK/$CUR.2.out" 2>"$WORK/$CUR.2.err"
    RC=$?
    rc_is 0 && has "$WORK/$CUR.2.out" mbedshim-app-test && has "$WORK/$CUR.2.out" 'Description: \(TLS1\.2-X\.509\)'
}

# ---- 5. stunnel4, perl IO::Socket::SSL, openssl s_client/s_server, GnuTLS client --------------------------

sc_stunnel_server() {
    CUR=stunnel.server
    local bport port dir=$WORK/run/stunnel-server bpid spid r=0
    mkdir -p "$dir"
    bport=$(free_port)
    port=$(free_port)
    bg_start "$dir/backend.log" env -u LD_PRELOAD socat "TCP-LISTEN:$bport,bind=127.0.0.1,reuseaddr,fork" "EXEC:$WORK/backend.sh"
    bpid=$BG_PID
    cat >"$dir/stunnel.conf" <<EOF
foreground = yes
pid =
debug = 5
output = $dir/stunnel.log
[https]
accept = 127.0.0.1:$port
connect = 127.0.0.1:$bport
cert = $CERTS/chain.pem
key = $CERTS/leaf.key
EOF
    # shellcheck disable=SC2046
    bg_start "$WORK/$CUR.log" env $(app_env $CUR) stunnel4 "$dir/stunnel.conf"
    spid=$BG_PID
    if wait_port "$bport" "$bpid" && wait_port "$port" "$spid"; then
        REAL timeout 20 curl -sS -v --cacert "$CERTS/root.pem" "https://localhost:$port/" >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
        RC=$?
        { rc_is 0 && has "$WORK/$CUR.out" 'mbedshim-app-test backend' && has "$WORK/$CUR.err" 'SSL connection using TLSv1\.3'; } || r=1
        if [ $r = 0 ]; then
            REAL timeout 20 curl -sS -v --tls-max 1.2 --cacert "$CERTS/root.pem" "https://localhost:$port/" \
                >"$WORK/$CUR.2.out" 2>"$WORK/$CUR.2.err"
            RC=$?
            { rc_is 0 && has "$WORK/$CUR.2.out" 'mbedshim-app-test backend' && has "$WORK/$CUR.2.err" 'SSL connection using TLSv1\.2'; } || r=1
        fi
    else
        WHY="stunnel did not listen: $(tail -c 300 "$dir/stunnel.log" "$WORK/$CUR.log" 2>/dev/null)"
        r=1
    fi
    bg_stop "$spid"
    bg_stop "$bpid"
    [ $r = 0 ] && bound $CUR SSL_accept
}

sc_stunnel_client() {
    CUR=stunnel.client
    local port dir=$WORK/run/stunnel-client spid r=0
    mkdir -p "$dir"
    port=$(free_port)
    cat >"$dir/stunnel.conf" <<EOF
foreground = yes
pid =
debug = 5
output = $dir/stunnel.log
[tls-out]
client = yes
accept = 127.0.0.1:$port
connect = 127.0.0.1:$OSS_PORT
CAfile = $CERTS/root.pem
verifyChain = yes
checkHost = localhost
sni = localhost
EOF
    # shellcheck disable=SC2046
    bg_start "$WORK/$CUR.log" env $(app_env $CUR) stunnel4 "$dir/stunnel.conf"
    spid=$BG_PID
    if wait_port "$port" "$spid"; then
        REAL timeout 20 curl -sS "http://127.0.0.1:$port/index.html" >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
        RC=$?
        { rc_is 0 && has "$WORK/$CUR.out" 'mbedshim-app-test index'; } || r=1
    else
        WHY="stunnel did not listen: $(tail -c 300 "$dir/stunnel.log" "$WORK/$CUR.log" 2>/dev/null)"
        r=1
    fi
    bg_stop "$spid"
    [ $r = 0 ] && bound $CUR SSL_connect
}

sc_perl_client() {
    CUR=perl.client
    app $CUR /usr/bin/perl "$APPS_DIR/perl_ssl.pl" client 127.0.0.1 "$OSS_PORT" "$CERTS"
    rc_is 0 && has "$WORK/$CUR.out" '^version=TLSv1_3$' && has "$WORK/$CUR.out" '^cipher=TLS_AES_256_GCM_SHA384$' &&
        has "$WORK/$CUR.out" '^peer_cn=localhost$' && has "$WORK/$CUR.out" '^OK$' && bound $CUR SSL_connect
}
sc_perl_client12() {
    CUR=perl.client_tls12
    app $CUR /usr/bin/perl "$APPS_DIR/perl_ssl.pl" client 127.0.0.1 "$OSS_PORT" "$CERTS" 1.2
    rc_is 0 && has "$WORK/$CUR.out" '^version=TLSv1_2$' && has "$WORK/$CUR.out" '^cipher=ECDHE-RSA-AES256-GCM-SHA384$' &&
        has "$WORK/$CUR.out" '^OK$' && bound $CUR SSL_connect
}
sc_perl_badca() {
    CUR=perl.client_badca
    app $CUR /usr/bin/perl "$APPS_DIR/perl_ssl.pl" badca 127.0.0.1 "$OSS_PORT" "$CERTS"
    rc_is 0 && has "$WORK/$CUR.out" '^OK$' && bound $CUR SSL_connect
}
sc_perl_server() {
    CUR=perl.server
    local port pid
    port=$(free_port)
    # shellcheck disable=SC2046
    bg_start "$WORK/$CUR.log" env $(app_env $CUR) timeout 40 /usr/bin/perl "$APPS_DIR/perl_ssl.pl" server 127.0.0.1 "$port" "$CERTS" 2
    pid=$BG_PID
    wait_port "$port" "$pid" || { WHY="perl server did not start: $(tail -c 300 "$WORK/$CUR.log")"; return 1; }
    REAL timeout 20 curl -sS --cacert "$CERTS/root.pem" "https://localhost:$port/" >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
    RC=$?
    REAL timeout 20 curl -sS --tls-max 1.2 --cacert "$CERTS/root.pem" "https://localhost:$port/" \
        >>"$WORK/$CUR.out" 2>>"$WORK/$CUR.err" || RC=$?
    timeout 10 tail --pid="$pid" -f /dev/null
    bg_stop "$pid"
    rc_is 0 && has "$WORK/$CUR.out" 'perl-server TLSv1_3 TLS_AES_256_GCM_SHA384' &&
        has "$WORK/$CUR.out" 'perl-server TLSv1_2 ECDHE-RSA-AES256-GCM-SHA384' && bound $CUR SSL_accept
}

sc_openssl_s_client() {
    CUR=openssl.s_client
    app_in $CUR "$WORK/get.txt" openssl s_client -connect "127.0.0.1:$OSS_PORT" -servername localhost \
        -CAfile "$CERTS/root.pem" -verify_return_error -verify_hostname localhost -ign_eof
    rc_is 0 && has "$WORK/$CUR.out" '^New, TLSv1\.3, Cipher is TLS_AES_256_GCM_SHA384' &&
        has "$WORK/$CUR.out" 'Verify return code: 0 \(ok\)' && has "$WORK/$CUR.out" mbedshim-app-test &&
        bound $CUR SSL_connect
}
# -sess_out / -sess_in: the session goes through PEM_write/read_bio_SSL_SESSION and must resume
sc_openssl_s_client_resume() {
    CUR=openssl.s_client_resume
    local v r=0
    for v in -tls1_3 -tls1_2; do
        rm -f "$WORK/run/$CUR.sess"
        app_in $CUR "$WORK/get.txt" openssl s_client -connect "127.0.0.1:$OSS_PORT" -servername localhost \
            -CAfile "$CERTS/root.pem" -verify_return_error -ign_eof $v -sess_out "$WORK/run/$CUR.sess"
        rc_is 0 "first s_client $v" && has "$WORK/$CUR.out" '^New, TLSv1\.[23]' || return 1
        has "$WORK/run/$CUR.sess" '^-----BEGIN SSL SESSION PARAMETERS-----$' || return 1
        app_in $CUR "$WORK/get.txt" openssl s_client -connect "127.0.0.1:$OSS_PORT" -servername localhost \
            -CAfile "$CERTS/root.pem" -verify_return_error -ign_eof $v -sess_in "$WORK/run/$CUR.sess"
        rc_is 0 "second s_client $v" && has "$WORK/$CUR.out" '^Reused, TLSv1\.[23]' &&
            has "$WORK/$CUR.out" mbedshim-app-test || return 1
    done
    bound $CUR PEM_read_bio_SSL_SESSION SSL_set_session
}

sc_openssl_s_server() {
    CUR=openssl.s_server
    local port pid
    port=$(free_port)
    # shellcheck disable=SC2046
    bg_start "$WORK/$CUR.log" sh -c 'cd "$1" && shift && exec "$@"' sh "$WWW" env $(app_env $CUR) timeout 40 \
        openssl s_server -accept "127.0.0.1:$port" -cert "$CERTS/leaf.pem" -cert_chain "$CERTS/inter.pem" \
        -key "$CERTS/leaf.key" -WWW -naccept 2
    pid=$BG_PID
    wait_port "$port" "$pid" || { WHY="s_server did not start: $(tail -c 300 "$WORK/$CUR.log")"; return 1; }
    REAL timeout 20 curl -sS -v --cacert "$CERTS/root.pem" "https://localhost:$port/index.html" >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
    RC=$?
    REAL timeout 20 curl -sS -v --tls-max 1.2 --cacert "$CERTS/root.pem" "https://localhost:$port/index.html" \
        >>"$WORK/$CUR.out" 2>>"$WORK/$CUR.err" || RC=$?
    timeout 10 tail --pid="$pid" -f /dev/null
    bg_stop "$pid"
    rc_is 0 && has "$WORK/$CUR.out" mbedshim-app-test && has "$WORK/$CUR.err" 'SSL connection using TLSv1\.3' &&
        has "$WORK/$CUR.err" 'SSL connection using TLSv1\.2' && bound $CUR SSL_new
}

sc_gnutls_socat() {
    CUR=gnutls.cli_to_socat
    local port pid
    port=$(free_port)
    # shellcheck disable=SC2046
    bg_start "$WORK/$CUR.log" env $(app_env $CUR) timeout 40 socat -T 20 \
        "OPENSSL-LISTEN:$port,bind=127.0.0.1,reuseaddr,cert=$CERTS/chain.pem,key=$CERTS/leaf.key,verify=0" \
        "EXEC:$WORK/backend.sh"
    pid=$BG_PID
    wait_port "$port" "$pid" || { WHY="socat did not listen"; return 1; }
    REAL timeout 20 gnutls-cli --x509cafile "$CERTS/root.pem" -p "$port" localhost <"$WORK/get.txt" \
        >"$WORK/$CUR.out" 2>"$WORK/$CUR.err"
    RC=$?
    timeout 10 tail --pid="$pid" -f /dev/null
    bg_stop "$pid"
    rc_is 0 && has "$WORK/$CUR.out" 'mbedshim-app-test backend' && bound $CUR SSL_accept
}

# ---- run -------------------------------------------------------------------------------------------------

START=$(date +%s)
# Shared real peers: openssl s_server -WWW (TLS 1.2/1.3), nginx (HTTP/2, big file), nginx requiring client certs.
ossl_server_start || echo "note: the real openssl s_server did not start"
nginx_start real "" "" || echo "note: the real nginx did not start: $(tail -c 300 "$NGX_DIR/error.log")"
NGR_PORT=$NGX_PORT
nginx_start real-ccert "" "ssl_client_certificate $CERTS/ca-bundle.pem; ssl_verify_client on;" ||
    echo "note: the real nginx (client certs) did not start"
NGC_PORT=$NGX_PORT NGC_DIR=$NGX_DIR

scenario curl.tls13 sc_curl_tls13
scenario curl.tls12 sc_curl_tls12
scenario curl.wrong_ca sc_curl_wrong_ca
scenario curl.hostname sc_curl_hostname
scenario curl.h2_alpn sc_curl_h2
scenario curl.large_rate sc_curl_large
scenario curl.client_cert sc_curl_client_cert
scenario curl.resume sc_curl_resume
scenario curl.libpath sc_curl_libpath

scenario py.urllib sc_py_urllib
scenario py.wrap_socket sc_py_wrap_socket
scenario py.verify_error sc_py_verify_error
scenario py.memorybio sc_py_memorybio
scenario py.asyncio sc_py_asyncio
scenario py.alpn sc_py_alpn
scenario py.session_reuse sc_py_session_reuse
scenario py.server sc_py_server

scenario socat.client sc_socat_client
scenario socat.client_badca sc_socat_client_badca
scenario socat.server sc_socat_server
scenario socat.server_tls12 sc_socat_server12
scenario socat.server_clientcert sc_socat_server_clientcert

NGT_PORT=
if selected 'nginx.tls13' || selected 'nginx.tls12' || selected nginx.h2 || selected nginx.large ||
    selected nginx.resume_tls13 || selected nginx.resume_tls12_ticket || selected nginx.gnutls_cli; then
    # shellcheck disable=SC2046
    if nginx_start under-test "$(app_env nginx-under-test)" ""; then
        NGT_PORT=$NGX_PORT NGT_DIR=$NGX_DIR NGT_PID=$NGX_PID
    else
        echo "note: nginx under test did not start: $(tail -c 400 "$NGX_DIR/error.log" | tr '\n' ' ')"
        NGT_PORT=0 NGT_DIR=$NGX_DIR NGT_PID=$NGX_PID
    fi
fi
scenario nginx.tls13 sc_nginx_tls13
scenario nginx.tls12 sc_nginx_tls12
scenario nginx.h2 sc_nginx_h2
scenario nginx.large sc_nginx_large
scenario nginx.resume_tls13 sc_nginx_resume13
scenario nginx.resume_tls12_ticket sc_nginx_resume12
scenario nginx.gnutls_cli sc_nginx_gnutls
[ -n "$NGT_PORT" ] && bg_stop "$NGT_PID"
scenario nginx.resume_cache_tls12 sc_nginx_resume_cache
scenario nginx.client_cert sc_nginx_client_cert

scenario stunnel.server sc_stunnel_server
scenario stunnel.client sc_stunnel_client
scenario perl.client sc_perl_client
scenario perl.client_tls12 sc_perl_client12
scenario perl.client_badca sc_perl_badca
scenario perl.server sc_perl_server
scenario openssl.s_client sc_openssl_s_client
scenario openssl.s_client_resume sc_openssl_s_client_resume
scenario openssl.s_server sc_openssl_s_server
scenario gnutls.cli_to_socat sc_gnutls_socat

cleanup_all
if [ -n "$STUBS" ]; then
    echo "stubs reached (files under $WORK mentioning each):"
    grep -rhoa 'mbedshim: stub [A-Za-z0-9_]*' "$WORK" --include='*.err' --include='*.log' --include='*.out' 2>/dev/null |
        sort | uniq -c | sort -rn | sed 's/mbedshim: stub /  /'
fi
echo "apps: $(($(date +%s) - START)) s; logs in $WORK"
if [ ${#FAILED_NAMES[@]} -gt 0 ]; then
    echo "failed: ${FAILED_NAMES[*]}"
fi
if [ "$XFAILED" -gt 0 ]; then
    echo "$XFAILED expected failures (tests/apps/KNOWN_ISSUES.md): ${XFAIL_NAMES[*]}"
fi
PASSED_REAL=$((PASSED))
echo "$PASSED_REAL passed, $FAILED failed"
[ "$FAILED" = 0 ]
