/* Shared helpers of the compat suite: see common.h. Public OpenSSL API and POSIX only. */
#include "common.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ------------------------------------------------------------------ observations */

static int obs_fd = -1;

static void obs_open(void)
{
    if (obs_fd >= 0)
        return;
    const char *path = getenv("COMPAT_OBS");
    obs_fd = path && *path ? open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644) : 1;
    if (obs_fd < 0)
        obs_fd = 1;
}

void obs(const char *key, const char *fmt, ...)
{
    char val[8192], line[8400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(val, sizeof(val), fmt, ap);
    va_end(ap);
    const char *test = tcase_name();
    int n = snprintf(line, sizeof(line), "%s.%s=%s\n", test ? test : "main", key, val);
    if (n > (int)sizeof(line) - 1)
        n = sizeof(line) - 1;
    obs_open();
    /* one write() per line: tests run in forked children appending to the same file */
    if (write(obs_fd, line, n) < 0)
        perror("obs write");
    if (obs_fd != 1 && getenv("COMPAT_VERBOSE"))
        fprintf(stderr, "  obs %s", line);
}

void obs_int(const char *key, long v) { obs(key, "%ld", v); }
void obs_str(const char *key, const char *v) { obs(key, "%s", v ? v : "(null)"); }

void note(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "  [%s] ", tcase_name() ? tcase_name() : "main");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

const char *err_libreason(unsigned long e, char *buf, size_t n)
{
    if (e == 0)
        snprintf(buf, n, "none");
    else
        snprintf(buf, n, "%d:%d", ERR_GET_LIB(e), ERR_GET_REASON(e));
    return buf;
}

static void dump_queue(const char *why, unsigned long *first, unsigned long *last)
{
    unsigned long e;
    const char *file, *func, *data;
    int line, flags;
    *first = *last = 0;
    while ((e = ERR_get_error_all(&file, &line, &func, &data, &flags)) != 0) {
        char s[256];
        if (*first == 0)
            *first = e;
        *last = e;
        ERR_error_string_n(e, s, sizeof(s));
        fprintf(stderr, "  [%s] %s: %s (%s:%d %s) %s\n", tcase_name() ? tcase_name() : "main", why, s,
                file ? file : "", line, func ? func : "", (flags & ERR_TXT_STRING) && data ? data : "");
    }
}

int last_ssl_error;
unsigned long last_err_first, last_err_last;

unsigned long obs_err(const char *key)
{
    unsigned long first, last;
    char k[200], b[64];
    dump_queue(key, &first, &last);
    last_err_first = first;
    last_err_last = last;
    snprintf(k, sizeof(k), "%s.err_first", key);
    obs_str(k, err_libreason(first, b, sizeof(b)));
    snprintf(k, sizeof(k), "%s.err_last", key);
    obs_str(k, err_libreason(last, b, sizeof(b)));
    return first;
}

unsigned long obs_err_last(const char *key)
{
    unsigned long first, last;
    char k[200], b[64];
    dump_queue(key, &first, &last);
    last_err_first = first;
    last_err_last = last;
    snprintf(k, sizeof(k), "%s.err_last", key);
    obs_str(k, err_libreason(last, b, sizeof(b)));
    return last;
}

void err_dump_clear(const char *why)
{
    unsigned long first, last;
    dump_queue(why, &first, &last);
}

const char *ssl_error_name(int e)
{
    switch (e) {
    case SSL_ERROR_NONE: return "SSL_ERROR_NONE";
    case SSL_ERROR_SSL: return "SSL_ERROR_SSL";
    case SSL_ERROR_WANT_READ: return "SSL_ERROR_WANT_READ";
    case SSL_ERROR_WANT_WRITE: return "SSL_ERROR_WANT_WRITE";
    case SSL_ERROR_WANT_X509_LOOKUP: return "SSL_ERROR_WANT_X509_LOOKUP";
    case SSL_ERROR_SYSCALL: return "SSL_ERROR_SYSCALL";
    case SSL_ERROR_ZERO_RETURN: return "SSL_ERROR_ZERO_RETURN";
    case SSL_ERROR_WANT_CONNECT: return "SSL_ERROR_WANT_CONNECT";
    case SSL_ERROR_WANT_ACCEPT: return "SSL_ERROR_WANT_ACCEPT";
    case SSL_ERROR_WANT_ASYNC: return "SSL_ERROR_WANT_ASYNC";
    case SSL_ERROR_WANT_ASYNC_JOB: return "SSL_ERROR_WANT_ASYNC_JOB";
    case SSL_ERROR_WANT_CLIENT_HELLO_CB: return "SSL_ERROR_WANT_CLIENT_HELLO_CB";
    default: return "SSL_ERROR_unknown";
    }
}

void obs_ssl_call(const char *key, SSL *s, int ret)
{
    int e = SSL_get_error(s, ret);
    char k[200];
    last_ssl_error = e;
    snprintf(k, sizeof(k), "%s.ret", key);
    obs_int(k, ret);
    snprintf(k, sizeof(k), "%s.error", key);
    obs_str(k, ssl_error_name(e));
    obs_err(key);
}

/* ------------------------------------------------------------------ certificates */

const char *cert(const char *name)
{
    static char slots[8][512];
    static int next;
    const char *dir = getenv("COMPAT_CERTS");
    char *b = slots[next++ % 8];
    snprintf(b, sizeof(slots[0]), "%s/%s", dir && *dir ? dir : "build/compat/certs", name);
    return b;
}

/* ------------------------------------------------------------------ sockets */

static struct sockaddr_in loopback(int port)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_port = htons((unsigned short)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

int tcp_listen(int *port)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
    if (fd < 0)
        return -1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    struct sockaddr_in a = loopback(*port);
    socklen_t l = sizeof(a);
    if (bind(fd, (struct sockaddr *)&a, sizeof(a)) < 0 || listen(fd, 16) < 0 ||
        getsockname(fd, (struct sockaddr *)&a, &l) < 0) {
        close(fd);
        return -1;
    }
    *port = ntohs(a.sin_port);
    return fd;
}

int free_port(void)
{
    int port = 0, fd = tcp_listen(&port);
    if (fd < 0)
        return -1;
    close(fd);
    return port;
}

void set_timeouts(int fd, int ms)
{
    struct timeval tv = {ms / 1000, (ms % 1000) * 1000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
}

int tcp_connect(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
    if (fd < 0)
        return -1;
    struct sockaddr_in a = loopback(port);
    if (connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0) {
        close(fd);
        return -1;
    }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    set_timeouts(fd, 10000);
    return fd;
}

int wait_fd(int fd, int for_write, int timeout_ms)
{
    struct pollfd p = {fd, (short)(for_write ? POLLOUT : POLLIN), 0};
    int r;
    do
        r = poll(&p, 1, timeout_ms);
    while (r < 0 && errno == EINTR);
    return r > 0;
}

int tcp_accept(int lfd, int timeout_ms)
{
    if (!wait_fd(lfd, 0, timeout_ms))
        return -1;
    int fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
    if (fd >= 0)
        set_timeouts(fd, 10000);
    return fd;
}

void set_nonblock(int fd, int on)
{
    int fl = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK);
}

static long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000L + t.tv_nsec / 1000000L;
}

int read_all_timeout(int fd, char *buf, size_t n, int timeout_ms)
{
    size_t got = 0;
    long end = now_ms() + timeout_ms;
    while (got < n) {
        long left = end - now_ms();
        if (left <= 0 || !wait_fd(fd, 0, (int)left))
            break;
        ssize_t r = read(fd, buf + got, n - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    return (int)got;
}

/* ------------------------------------------------------------------ peers */

static void child_common(void)
{
    /* the peer dies with the test process (a failed ck_assert exits the forked test) */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    unsetenv("LD_PRELOAD");
    /* forked (not exec'd) peers inherit Check's SIGTERM/SIGINT forwarding handlers, which would kill the
     * test's process group when we stop the peer */
    signal(SIGPIPE, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    signal(SIGALRM, SIG_DFL);
}

/* A fresh, empty log file. Created here (not in the child) so that a stale file of a recycled pid can never
 * be read as this peer's output. */
static void make_log(peer_t *p, const char *what)
{
    const char *dir = getenv("COMPAT_TMP");
    static int seq;
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    snprintf(p->log, sizeof(p->log), "%s/peer-%d-%d-%ld%09ld-%s.log", dir && *dir ? dir : "/tmp", (int)getpid(),
             seq++, (long)t.tv_sec, t.tv_nsec, what);
    int fd = open(p->log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd >= 0)
        close(fd);
}

static pid_t spawn(peer_t *p, char **argv)
{
    int in[2];
    if (pipe2(in, O_CLOEXEC) < 0)
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        child_common();
        int lfd = open(p->log, O_WRONLY | O_APPEND);
        dup2(in[0], 0);
        dup2(lfd, 1);
        dup2(lfd, 2);
        execvp(argv[0], argv);
        _exit(127);
    }
    close(in[0]);
    p->in_fd = in[1];
    p->pid = pid;
    return pid;
}

char *peer_log_read(peer_t *p)
{
    FILE *f = fopen(p->log, "r");
    if (!f)
        return strdup("");
    char *buf = malloc(1 << 20);
    size_t n = fread(buf, 1, (1 << 20) - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

int peer_log_has(peer_t *p, const char *needle)
{
    char *b = peer_log_read(p);
    int r = strstr(b, needle) != NULL;
    free(b);
    return r;
}

int peer_log_wait(peer_t *p, const char *needle, int timeout_ms)
{
    long end = now_ms() + timeout_ms;
    for (;;) {
        if (peer_log_has(p, needle))
            return 1;
        if (now_ms() > end)
            return 0;
        usleep(10000);
    }
}

int peer_wait(peer_t *p, int timeout_ms)
{
    long end = now_ms() + timeout_ms;
    int st;
    if (p->pid <= 0)
        return -1;
    for (;;) {
        pid_t r = waitpid(p->pid, &st, WNOHANG);
        if (r == p->pid) {
            p->pid = 0;
            return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        }
        if (r < 0 || now_ms() > end)
            return -1;
        usleep(5000);
    }
}

void peer_stop(peer_t *p)
{
    if (p->in_fd >= 0) {
        close(p->in_fd);
        p->in_fd = -1;
    }
    if (p->pid > 0) {
        kill(p->pid, SIGTERM);
        if (peer_wait(p, 2000) == -1 && p->pid > 0) {
            kill(p->pid, SIGKILL);
            peer_wait(p, 2000);
        }
    }
    p->pid = 0;
    if (getenv("COMPAT_VERBOSE")) {
        char *b = peer_log_read(p);
        fprintf(stderr, "---- peer log %s\n%s---- end\n", p->log, b);
        free(b);
    }
    if (!getenv("COMPAT_KEEP_LOGS"))
        unlink(p->log);
}

int peer_write(peer_t *p, const char *s)
{
    size_t n = strlen(s);
    return write(p->in_fd, s, n) == (ssize_t)n ? 0 : -1;
}

#define MAX_ARGS 64

static int collect(char **argv, int n, va_list ap)
{
    const char *a;
    while ((a = va_arg(ap, const char *)) != NULL && n < MAX_ARGS - 1)
        argv[n++] = (char *)a;
    argv[n] = NULL;
    return n;
}

int peer_s_server(peer_t *p, ...)
{
    char *argv[MAX_ARGS + 12];
    char accept[64];
    int n = 0, has_cert = 0;
    memset(p, 0, sizeof(*p));
    p->in_fd = -1;
    argv[n++] = "openssl";
    argv[n++] = "s_server";
    argv[n++] = "-accept";
    argv[n++] = accept;
    va_list ap;
    va_start(ap, p);
    int first_user = n;
    n = collect(argv, n, ap);
    va_end(ap);
    for (int i = first_user; i < n; i++)
        if (!strcmp(argv[i], "-cert"))
            has_cert = 1;
    if (!has_cert) {
        argv[n++] = "-cert";
        argv[n++] = (char *)cert("server.pem");
        argv[n++] = "-key";
        argv[n++] = (char *)cert("server.key");
        argv[n++] = "-cert_chain";
        argv[n++] = (char *)cert("chain.pem");
    }
    argv[n] = NULL;
    for (int attempt = 0; attempt < 5; attempt++) {
        p->port = free_port();
        snprintf(accept, sizeof(accept), "127.0.0.1:%d", p->port);
        make_log(p, "s_server");
        if (spawn(p, argv) < 0)
            return -1;
        long end = now_ms() + 5000;
        while (now_ms() < end) {
            if (peer_log_has(p, "ACCEPT"))
                return 0;
            int st;
            if (waitpid(p->pid, &st, WNOHANG) == p->pid) {
                p->pid = 0;
                break;
            }
            usleep(5000);
        }
        char *b = peer_log_read(p);
        fprintf(stderr, "s_server did not start (attempt %d):\n%s\n", attempt, b);
        free(b);
        peer_stop(p);
    }
    return -1;
}

int peer_s_client(peer_t *p, int port, ...)
{
    char *argv[MAX_ARGS + 8];
    char connect[64];
    int n = 0;
    memset(p, 0, sizeof(*p));
    p->in_fd = -1;
    p->port = port;
    snprintf(connect, sizeof(connect), "127.0.0.1:%d", port);
    argv[n++] = "openssl";
    argv[n++] = "s_client";
    argv[n++] = "-connect";
    argv[n++] = connect;
    va_list ap;
    va_start(ap, port);
    n = collect(argv, n, ap);
    va_end(ap);
    make_log(p, "s_client");
    return spawn(p, argv) < 0 ? -1 : 0;
}

/* Reads one TLS record (header + body) with a deadline; returns its length or -1. */
static int read_record(int fd, unsigned char *buf, int cap, int timeout_ms)
{
    int got = read_all_timeout(fd, (char *)buf, 5, timeout_ms);
    if (got < 5)
        return got > 0 ? got : -1;
    int len = (buf[3] << 8) | buf[4];
    if (len + 5 > cap)
        len = cap - 5;
    got += read_all_timeout(fd, (char *)buf + 5, (size_t)len, timeout_ms);
    return got;
}

/* Writes the interesting fields of a ClientHello record as key=value lines. */
static void parse_client_hello(FILE *out, const unsigned char *b, int n)
{
    if (n < 9 || b[0] != 22 || b[5] != 1) {
        fprintf(out, "hello=not-a-client-hello\n");
        return;
    }
    fprintf(out, "record_version=%04x\n", (b[1] << 8) | b[2]);
    int p = 9;
    if (p + 2 + 32 + 1 > n)
        return;
    fprintf(out, "legacy_version=%04x\n", (b[p] << 8) | b[p + 1]);
    p += 2 + 32;
    int sidlen = b[p];
    fprintf(out, "session_id_len=%d\n", sidlen);
    p += 1 + sidlen;
    if (p + 2 > n)
        return;
    int cslen = (b[p] << 8) | b[p + 1];
    p += 2;
    fprintf(out, "ciphers=");
    for (int i = 0; i + 1 < cslen && p + i + 1 < n; i += 2)
        fprintf(out, "%s%04x", i ? "," : "", (b[p + i] << 8) | b[p + i + 1]);
    fprintf(out, "\n");
    p += cslen;
    if (p >= n)
        return;
    int complen = b[p];
    fprintf(out, "compression_methods=%d\n", complen);
    p += 1 + complen;
    if (p + 2 > n)
        return;
    int extlen = (b[p] << 8) | b[p + 1], end;
    p += 2;
    end = p + extlen < n ? p + extlen : n;
    fprintf(out, "extensions=");
    int q = p, types[64], ntypes = 0;
    for (int first = 1; q + 4 <= end; first = 0) {
        int type = (b[q] << 8) | b[q + 1], len = (b[q + 2] << 8) | b[q + 3];
        fprintf(out, "%s%d", first ? "" : ",", type);
        if (ntypes < 64)
            types[ntypes++] = type;
        q += 4 + len;
    }
    fprintf(out, "\n");
    /* the same set sorted: set differences separately from ordering differences */
    for (int i = 1; i < ntypes; i++)
        for (int j = i; j > 0 && types[j - 1] > types[j]; j--) {
            int t = types[j];
            types[j] = types[j - 1];
            types[j - 1] = t;
        }
    fprintf(out, "extensions_sorted=");
    for (int i = 0; i < ntypes; i++)
        fprintf(out, "%s%d", i ? "," : "", types[i]);
    fprintf(out, "\n");
    /* details of a few extensions, in a fixed order (not the wire order) so that observations line up */
    static const int detail_order[] = {0, 16, 43, 10, 51, 13, 45, 11};
    for (size_t k = 0; k < sizeof(detail_order) / sizeof(detail_order[0]); k++) {
        for (q = p; q + 4 <= end;) {
            int type = (b[q] << 8) | b[q + 1], len = (b[q + 2] << 8) | b[q + 3];
            const unsigned char *d = b + q + 4;
            if (q + 4 + len > end)
                break;
            q += 4 + len;
            if (type != detail_order[k])
                continue;
            if (type == 0 && len >= 5) { /* server_name */
                int nl = (d[3] << 8) | d[4];
                fprintf(out, "sni=%.*s\n", nl, (const char *)d + 5);
            } else if (type == 10 && len >= 2) { /* supported_groups */
                fprintf(out, "groups=");
                for (int i = 2; i + 1 < len; i += 2)
                    fprintf(out, "%s%04x", i > 2 ? "," : "", (d[i] << 8) | d[i + 1]);
                fprintf(out, "\n");
            } else if (type == 13 && len >= 2) { /* signature_algorithms */
                fprintf(out, "sigalgs=");
                for (int i = 2; i + 1 < len; i += 2)
                    fprintf(out, "%s%04x", i > 2 ? "," : "", (d[i] << 8) | d[i + 1]);
                fprintf(out, "\n");
            } else if (type == 43 && len >= 1) { /* supported_versions */
                fprintf(out, "supported_versions=");
                for (int i = 1; i + 1 < len; i += 2)
                    fprintf(out, "%s%04x", i > 1 ? "," : "", (d[i] << 8) | d[i + 1]);
                fprintf(out, "\n");
            } else if (type == 16 && len >= 2) { /* ALPN */
                fprintf(out, "alpn=");
                for (int i = 2; i < len;) {
                    int l = d[i];
                    fprintf(out, "%s%.*s", i > 2 ? "," : "", l, (const char *)d + i + 1);
                    i += 1 + l;
                }
                fprintf(out, "\n");
            } else if (type == 45 && len >= 1) { /* psk_key_exchange_modes */
                fprintf(out, "psk_modes=");
                for (int i = 1; i < len; i++)
                    fprintf(out, "%s%d", i > 1 ? "," : "", d[i]);
                fprintf(out, "\n");
            } else if (type == 11 && len >= 1) { /* ec_point_formats */
                fprintf(out, "ec_point_formats=");
                for (int i = 1; i < len; i++)
                    fprintf(out, "%s%d", i > 1 ? "," : "", d[i]);
                fprintf(out, "\n");
            } else if (type == 51 && len >= 2) { /* key_share: groups only */
                fprintf(out, "key_share_groups=");
                for (int i = 2, f = 1; i + 4 <= len; f = 0) {
                    int g = (d[i] << 8) | d[i + 1], kl = (d[i + 2] << 8) | d[i + 3];
                    fprintf(out, "%s%04x", f ? "" : ",", g);
                    i += 4 + kl;
                }
                fprintf(out, "\n");
            }
        }
    }
}

static void raw_server_child(int lfd, enum raw_server_mode mode, const char *log)
{
    unsigned char buf[16384];
    int fd = tcp_accept(lfd, 20000);
    if (fd < 0)
        _exit(2);
    FILE *out = fopen(log, "w");
    switch (mode) {
    case RAW_CLOSE:
        /* FIN at once, and keep reading so the ClientHello never meets a closed socket (no RST race) */
        shutdown(fd, SHUT_WR);
        while (read_all_timeout(fd, (char *)buf, sizeof(buf), 5000) > 0)
            ;
        break;
    case RAW_HTTP_RESPONSE: {
        static const char resp[] = "HTTP/1.0 400 Bad Request\r\nContent-Type: text/plain\r\n"
                                   "Content-Length: 12\r\nConnection: close\r\n\r\nbad request\n";
        read_record(fd, buf, sizeof(buf), 5000);
        if (write(fd, resp, sizeof(resp) - 1) < 0)
            break;
        usleep(100000);
        break;
    }
    case RAW_CLOSE_AFTER_HELLO:
        read_record(fd, buf, sizeof(buf), 5000);
        break;
    case RAW_RST: {
        struct linger lg = {1, 0};
        read_record(fd, buf, sizeof(buf), 5000);
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
        break;
    }
    case RAW_GARBAGE: {
        unsigned char g[64];
        for (size_t i = 0; i < sizeof(g); i++)
            g[i] = (unsigned char)(0x80 + i * 7);
        read_record(fd, buf, sizeof(buf), 5000);
        if (write(fd, g, sizeof(g)) < 0)
            break;
        usleep(100000);
        break;
    }
    case RAW_SILENT:
        read_record(fd, buf, sizeof(buf), 5000);
        sleep(30);
        break;
    case RAW_CAPTURE_HELLO: {
        int n = read_record(fd, buf, sizeof(buf), 5000);
        if (out)
            parse_client_hello(out, buf, n);
        break;
    }
    case RAW_ALERT: {
        static const unsigned char alert[] = {21, 3, 3, 0, 2, 2, 40};
        read_record(fd, buf, sizeof(buf), 5000);
        if (write(fd, alert, sizeof(alert)) < 0)
            break;
        usleep(100000);
        break;
    }
    }
    if (out) {
        fprintf(out, "done\n");
        fclose(out);
    }
    close(fd);
    _exit(0);
}

int peer_raw_server(peer_t *p, enum raw_server_mode mode)
{
    memset(p, 0, sizeof(*p));
    p->in_fd = -1;
    int lfd = tcp_listen(&p->port);
    if (lfd < 0)
        return -1;
    make_log(p, "raw_server");
    pid_t pid = fork();
    if (pid < 0) {
        close(lfd);
        return -1;
    }
    if (pid == 0) {
        child_common();
        raw_server_child(lfd, mode, p->log);
    }
    close(lfd); /* the child holds the listening socket: connects queue until it accepts */
    p->pid = pid;
    return 0;
}

int peer_raw_client(peer_t *p, int port, enum raw_client_mode mode)
{
    memset(p, 0, sizeof(*p));
    p->in_fd = -1;
    p->port = port;
    make_log(p, "raw_client");
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        child_common();
        char buf[4096];
        FILE *out = fopen(p->log, "w");
        int fd = tcp_connect(port);
        if (fd < 0)
            _exit(2);
        switch (mode) {
        case RAWC_GARBAGE: {
            unsigned char g[64];
            for (size_t i = 0; i < sizeof(g); i++)
                g[i] = (unsigned char)(0x80 + i * 7);
            if (write(fd, g, sizeof(g)) < 0)
                break;
            break;
        }
        case RAWC_HTTP_REQUEST: {
            static const char req[] = "GET / HTTP/1.0\r\n\r\n";
            if (write(fd, req, sizeof(req) - 1) < 0)
                break;
            break;
        }
        case RAWC_EOF:
            shutdown(fd, SHUT_WR);
            break;
        case RAWC_RST: {
            struct linger lg = {1, 0};
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
            close(fd);
            fd = -1;
            break;
        }
        }
        if (fd >= 0) {
            int n = read_all_timeout(fd, buf, sizeof(buf), 5000);
            if (out)
                fprintf(out, "received=%d\n", n);
            close(fd);
        }
        if (out) {
            fprintf(out, "done\n");
            fclose(out);
        }
        _exit(0);
    }
    p->pid = pid;
    return 0;
}

/* ------------------------------------------------------------------ SSL helpers */

SSL_CTX *client_ctx(void)
{
    SSL_CTX *c = SSL_CTX_new(TLS_client_method());
    if (!c)
        return NULL;
    if (SSL_CTX_load_verify_locations(c, cert("ca.pem"), NULL) != 1)
        err_dump_clear("load ca.pem");
    SSL_CTX_set_verify(c, SSL_VERIFY_PEER, NULL);
    return c;
}

SSL_CTX *server_ctx(const char *certname, const char *keyname, const char *chainname)
{
    SSL_CTX *c = SSL_CTX_new(TLS_server_method());
    if (!c)
        return NULL;
    if (SSL_CTX_use_certificate_file(c, cert(certname), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_use_PrivateKey_file(c, cert(keyname), SSL_FILETYPE_PEM) != 1) {
        err_dump_clear("server_ctx cert/key");
        SSL_CTX_free(c);
        return NULL;
    }
    if (chainname) {
        BIO *b = BIO_new_file(cert(chainname), "r");
        X509 *x;
        while (b && (x = PEM_read_bio_X509(b, NULL, NULL, NULL)) != NULL)
            SSL_CTX_add_extra_chain_cert(c, x); /* takes ownership */
        ERR_clear_error(); /* PEM end-of-file */
        BIO_free(b);
    }
    return c;
}

int ssl_attach_connect(SSL *s, int port)
{
    int fd = tcp_connect(port);
    if (fd < 0)
        return -1;
    if (SSL_set_fd(s, fd) != 1) {
        close(fd);
        return -1;
    }
    return fd;
}

int nb_drive(SSL *s, int (*fn)(SSL *), int fd, int timeout_ms, int *seen, int *last_err)
{
    long end = now_ms() + timeout_ms;
    int r, e;
    *seen = 0;
    for (;;) {
        r = fn(s);
        e = SSL_get_error(s, r);
        if (r > 0) {
            e = SSL_ERROR_NONE;
            break;
        }
        if (e == SSL_ERROR_WANT_READ)
            *seen |= 1;
        else if (e == SSL_ERROR_WANT_WRITE)
            *seen |= 2;
        else {
            *seen |= 4;
            break;
        }
        long left = end - now_ms();
        if (left <= 0)
            break;
        fd_set rf, wf;
        FD_ZERO(&rf);
        FD_ZERO(&wf);
        if (e == SSL_ERROR_WANT_READ)
            FD_SET(fd, &rf);
        else
            FD_SET(fd, &wf);
        struct timeval tv = {left / 1000, (left % 1000) * 1000};
        select(fd + 1, &rf, &wf, NULL, &tv);
    }
    *last_err = e;
    return r;
}

int bio_pump(BIO *from, BIO *to)
{
    char buf[4096];
    int moved = 0;
    for (;;) {
        int pending = (int)BIO_ctrl_pending(from);
        if (pending <= 0)
            break;
        int room = sizeof(buf);
        /* a BIO pair half accepts at most its free space */
        if (BIO_method_type(to) == BIO_TYPE_BIO) {
            room = (int)BIO_ctrl_get_write_guarantee(to);
            if (room <= 0)
                break;
            if (room > (int)sizeof(buf))
                room = sizeof(buf);
        }
        int n = BIO_read(from, buf, pending < room ? pending : room);
        if (n <= 0)
            break;
        int w = BIO_write(to, buf, n);
        if (w != n) {
            note("bio_pump: short write %d of %d", w, n);
            break;
        }
        moved += n;
    }
    return moved;
}

int mem_handshake(SSL *c, SSL *s, int *seen)
{
    int cdone = 0, sdone = 0;
    *seen = 0;
    for (int i = 0; i < 200 && !(cdone && sdone); i++) {
        if (!cdone) {
            int r = SSL_do_handshake(c);
            if (r == 1)
                cdone = 1;
            else {
                int e = SSL_get_error(c, r);
                *seen |= e == SSL_ERROR_WANT_READ ? 1 : e == SSL_ERROR_WANT_WRITE ? 2 : 4;
                if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
                    return 0;
            }
        }
        if (!sdone) {
            int r = SSL_do_handshake(s);
            if (r == 1)
                sdone = 1;
            else {
                int e = SSL_get_error(s, r);
                *seen |= e == SSL_ERROR_WANT_READ ? 1 : e == SSL_ERROR_WANT_WRITE ? 2 : 4;
                if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
                    return 0;
            }
        }
        /* wbio of one side -> rbio of the other, for plain memory BIOs */
        if (BIO_method_type(SSL_get_wbio(c)) == BIO_TYPE_MEM) {
            bio_pump(SSL_get_wbio(c), SSL_get_rbio(s));
            bio_pump(SSL_get_wbio(s), SSL_get_rbio(c));
        }
    }
    return cdone && sdone;
}

const char *peer_subject(SSL *s, char *buf, int n)
{
    X509 *x = SSL_get_peer_certificate(s);
    if (!x) {
        snprintf(buf, (size_t)n, "(none)");
        return buf;
    }
    X509_NAME_oneline(X509_get_subject_name(x), buf, n);
    X509_free(x);
    return buf;
}

/* ------------------------------------------------------------------ main */

TCase *compat_tcase(Suite *s, const char *name)
{
    TCase *tc = tcase_create(name);
    tcase_set_timeout(tc, 30);
    suite_add_tcase(s, tc);
    return tc;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    signal(SIGPIPE, SIG_IGN);
    SRunner *sr = srunner_create(scenario_suite());
    srunner_run_all(sr, getenv("COMPAT_QUIET") ? CK_NORMAL : CK_VERBOSE);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
