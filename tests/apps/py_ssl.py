"""Python's ssl module as the app under test (run by tests/apps/run.sh as /usr/bin/python3, bound to the
drop-in libssl). One scenario per invocation:

    py_ssl.py SCENARIO HOST PORT CERTS_DIR [EXTRA]

Prints key=value observations and "OK" last; any exception or mismatch exits non-zero with a message.
Expected values are the ones Debian's python3 gives with the real OpenSSL 3.0 (the same script runs
unchanged without the preload).
"""
import asyncio
import os
import socket
import ssl
import sys
import urllib.request
import warnings


def fail(msg):
    print("MISMATCH: " + msg)
    sys.exit(1)


def expect(what, got, want):
    print("%s=%s" % (what, got))
    if got != want:
        fail("%s: got %r, want %r" % (what, got, want))


def ctx_for(certs, cafile="root.pem", tls_max=None):
    ctx = ssl.create_default_context(cafile=os.path.join(certs, cafile))
    if tls_max:
        ctx.maximum_version = tls_max
    return ctx


def http_get(sock, host):
    sock.sendall(b"GET /index.html HTTP/1.1\r\nHost: " + host.encode() + b"\r\nConnection: close\r\n\r\n")
    data = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def sc_urllib(host, port, certs, extra):
    ctx = ctx_for(certs)
    with urllib.request.urlopen("https://%s:%d/index.html" % (host, port), context=ctx, timeout=20) as r:
        body = r.read().decode()
        expect("status", r.status, 200)
    expect("body_has_marker", "mbedshim-app-test" in body, True)


def sc_wrap_socket(host, port, certs, extra):
    # the deprecated module-level ssl.wrap_socket (still in 3.11): no hostname check, CA file verification
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        raw = socket.create_connection((host, port), timeout=20)
        s = ssl.wrap_socket(raw, ca_certs=os.path.join(certs, "root.pem"), cert_reqs=ssl.CERT_REQUIRED)
    expect("version", s.version(), "TLSv1.3")
    name, proto, bits = s.cipher()
    expect("cipher", (name, proto, bits), ("TLS_AES_256_GCM_SHA384", "TLSv1.3", 256))
    peer = s.getpeercert()
    expect("peer_cn", dict(x[0] for x in peer["subject"])["commonName"], "localhost")
    body = http_get(s, host)
    expect("body_has_marker", b"mbedshim-app-test" in body, True)
    s.close()
    # SSLContext.wrap_socket with TLS 1.2 as the maximum
    ctx = ctx_for(certs, tls_max=ssl.TLSVersion.TLSv1_2)
    with ctx.wrap_socket(socket.create_connection((host, port), timeout=20), server_hostname="localhost") as s:
        expect("version12", s.version(), "TLSv1.2")
        name, proto, bits = s.cipher()
        expect("cipher12", (name, proto, bits), ("ECDHE-RSA-AES256-GCM-SHA384", "TLSv1.2", 256))
        expect("selected_alpn", s.selected_alpn_protocol(), None)
        body = http_get(s, host)
        expect("body12_has_marker", b"mbedshim-app-test" in body, True)


def sc_verify_error(host, port, certs, extra):
    # wrong CA: the self-signed cert is the only trust anchor
    ctx = ctx_for(certs, cafile="selfsigned.pem")
    try:
        ctx.wrap_socket(socket.create_connection((host, port), timeout=20), server_hostname="localhost")
        fail("handshake succeeded with the wrong CA")
    except ssl.SSLCertVerificationError as e:
        expect("verify_code", e.verify_code, 20)
        expect("verify_message", e.verify_message, "unable to get local issuer certificate")
        expect("reason", e.reason, "CERTIFICATE_VERIFY_FAILED")
        expect("library", e.library, "SSL")
    # hostname mismatch: right CA, wrong name
    ctx = ctx_for(certs)
    try:
        ctx.wrap_socket(socket.create_connection((host, port), timeout=20), server_hostname="other.example")
        fail("handshake succeeded with the wrong hostname")
    except ssl.SSLCertVerificationError as e:
        expect("hostname_verify_code", e.verify_code, 62)
        expect("hostname_verify_message", e.verify_message,
               "Hostname mismatch, certificate is not valid for 'other.example'.")


def sc_memorybio(host, port, certs, extra):
    ctx = ctx_for(certs)
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ctx.wrap_bio(incoming, outgoing, server_hostname="localhost")
    sock = socket.create_connection((host, port), timeout=20)

    def pump(op):
        while True:
            try:
                r = op()
            except ssl.SSLWantReadError:
                if outgoing.pending:
                    sock.sendall(outgoing.read())
                data = sock.recv(65536)
                if not data:
                    incoming.write_eof()
                else:
                    incoming.write(data)
                continue
            if outgoing.pending:
                sock.sendall(outgoing.read())
            return r

    pump(obj.do_handshake)
    expect("version", obj.version(), "TLSv1.3")
    expect("server_hostname", obj.server_hostname, "localhost")
    pump(lambda: obj.write(b"GET /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
    body = b""
    while True:
        try:
            chunk = pump(lambda: obj.read(65536))
        except (ssl.SSLZeroReturnError, ssl.SSLEOFError):
            break
        if not chunk:
            break
        body += chunk
    expect("body_has_marker", b"mbedshim-app-test" in body, True)
    sock.close()


def sc_asyncio(host, port, certs, extra):
    async def main():
        ctx = ctx_for(certs)
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(host, port, ssl=ctx, server_hostname="localhost"), 20)
        sslobj = writer.get_extra_info("ssl_object")
        expect("version", sslobj.version(), "TLSv1.3")
        writer.write(b"GET /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        await writer.drain()
        body = await asyncio.wait_for(reader.read(), 20)
        writer.close()
        try:
            await writer.wait_closed()
        except (ssl.SSLError, ConnectionError):
            pass
        return body

    body = asyncio.run(main())
    expect("body_has_marker", b"mbedshim-app-test" in body, True)


def sc_alpn(host, port, certs, extra):
    ctx = ctx_for(certs)
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    with ctx.wrap_socket(socket.create_connection((host, port), timeout=20), server_hostname="localhost") as s:
        expect("selected_alpn", s.selected_alpn_protocol(), "h2")


def sc_session_reuse(host, port, certs, extra):
    """Two connections with one context: the second offers the first one's session and must resume."""
    for tls_max in (ssl.TLSVersion.TLSv1_3, ssl.TLSVersion.TLSv1_2):
        ctx = ctx_for(certs, tls_max=tls_max)
        with ctx.wrap_socket(socket.create_connection((host, port), timeout=20), server_hostname="localhost") as s:
            http_get(s, host)  # reading lets the TLS 1.3 tickets arrive
            sess = s.session
        expect("has_session_%s" % tls_max.name, sess is not None, True)
        with ctx.wrap_socket(socket.create_connection((host, port), timeout=20), server_hostname="localhost",
                             session=sess) as s:
            body = http_get(s, host)
            expect("session_reused_%s" % tls_max.name, s.session_reused, True)
            expect("x_reused_header_%s" % tls_max.name, b"X-Reused: r" in body, True)


def sc_server(host, port, certs, extra):
    """TLS server: serves one HTTP response per connection for EXTRA connections, then exits."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(certs, "chain.pem"), os.path.join(certs, "leaf.key"))
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, port))
    srv.listen(4)
    srv.settimeout(30)
    for _ in range(int(extra or "1")):
        conn, _ = srv.accept()
        conn.settimeout(20)
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                req = b""
                while b"\r\n\r\n" not in req:
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    req += chunk
                body = ("mbedshim-app-test python-server %s %s\n" % (s.version(), s.cipher()[0])).encode()
                s.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
                print("served=%s %s" % (s.version(), s.cipher()[0]), flush=True)
                try:
                    s.unwrap()
                except (ssl.SSLError, OSError):
                    pass
        except ssl.SSLError as e:
            print("handshake_error=%s" % e, flush=True)
    srv.close()


SCENARIOS = {name[3:]: fn for name, fn in globals().items() if name.startswith("sc_")}

if __name__ == "__main__":
    scen, host, port, certs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    extra = sys.argv[5] if len(sys.argv) > 5 else ""
    SCENARIOS[scen](host, port, certs, extra)
    print("OK")
