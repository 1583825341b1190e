/* mbedshim <openssl/bio.h>: BIO: I/O abstraction, BIO_CTRL_* and BIO_C_* numbers and the ctrl macros over
 * BIO_ctrl. */
#ifndef OPENSSL_BIO_H
#define OPENSSL_BIO_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_BIO_H
#endif

#include <openssl/macros.h>
#include <openssl/e_os2.h>
#include <stdio.h>
#include <stdarg.h>
#include <openssl/crypto.h>
#include <openssl/bioerr.h>
#include <openssl/core.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define BIO_BIND_NORMAL 0
#define BIO_BIND_REUSEADDR BIO_SOCK_REUSEADDR
#define BIO_BIND_REUSEADDR_IF_UNUSED BIO_SOCK_REUSEADDR
#define BIO_CB_CTRL 0x6
#define BIO_CB_FREE 0x1
#define BIO_CB_GETS 0x5
#define BIO_CB_PUTS 0x4
#define BIO_CB_READ 0x2
#define BIO_CB_RETURN 0x80
#define BIO_CB_WRITE 0x3
#define BIO_CB_return(a) ((a) | BIO_CB_RETURN)
#define BIO_CLOSE 0x1
#define BIO_CTRL_DGRAM_CONNECT 31
#define BIO_CTRL_DGRAM_GET_FALLBACK_MTU 47
#define BIO_CTRL_DGRAM_GET_MTU 41
#define BIO_CTRL_DGRAM_GET_MTU_OVERHEAD 49
#define BIO_CTRL_DGRAM_GET_PEER 46
#define BIO_CTRL_DGRAM_GET_RECV_TIMEOUT 34
#define BIO_CTRL_DGRAM_GET_RECV_TIMER_EXP 37
#define BIO_CTRL_DGRAM_GET_SEND_TIMEOUT 36
#define BIO_CTRL_DGRAM_GET_SEND_TIMER_EXP 38
#define BIO_CTRL_DGRAM_MTU_DISCOVER 39
#define BIO_CTRL_DGRAM_MTU_EXCEEDED 43
#define BIO_CTRL_DGRAM_QUERY_MTU 40
#define BIO_CTRL_DGRAM_SCTP_MSG_WAITING 78
#define BIO_CTRL_DGRAM_SCTP_SET_IN_HANDSHAKE 50
#define BIO_CTRL_DGRAM_SCTP_WAIT_FOR_DRY 77
#define BIO_CTRL_DGRAM_SET_CONNECTED 32
#define BIO_CTRL_DGRAM_SET_DONT_FRAG 48
#define BIO_CTRL_DGRAM_SET_MTU 42
#define BIO_CTRL_DGRAM_SET_NEXT_TIMEOUT 45
#define BIO_CTRL_DGRAM_SET_PEEK_MODE 71
#define BIO_CTRL_DGRAM_SET_PEER 44
#define BIO_CTRL_DGRAM_SET_RECV_TIMEOUT 33
#define BIO_CTRL_DGRAM_SET_SEND_TIMEOUT 35
#define BIO_CTRL_DUP 12
#define BIO_CTRL_EOF 2
#define BIO_CTRL_FLUSH 11
#define BIO_CTRL_GET 5
#define BIO_CTRL_GET_CALLBACK 15
#define BIO_CTRL_GET_CLOSE 8
#define BIO_CTRL_GET_INDENT 81
#define BIO_CTRL_GET_KTLS_RECV 76
#define BIO_CTRL_GET_KTLS_SEND 73
#define BIO_CTRL_INFO 3
#define BIO_CTRL_PEEK 29
#define BIO_CTRL_PENDING 10
#define BIO_CTRL_POP 7
#define BIO_CTRL_PUSH 6
#define BIO_CTRL_RESET 1
#define BIO_CTRL_SET 4
#define BIO_CTRL_SET_CALLBACK 14
#define BIO_CTRL_SET_CLOSE 9
#define BIO_CTRL_SET_FILENAME 30
#define BIO_CTRL_SET_INDENT 80
#define BIO_CTRL_SET_PREFIX 79
#define BIO_CTRL_WPENDING 13
#define BIO_C_DESTROY_BIO_PAIR 139
#define BIO_C_DO_STATE_MACHINE 101
#define BIO_C_FILE_SEEK 128
#define BIO_C_FILE_TELL 133
#define BIO_C_GET_ACCEPT 124
#define BIO_C_GET_BIND_MODE 132
#define BIO_C_GET_BUFF_NUM_LINES 116
#define BIO_C_GET_BUF_MEM_PTR 115
#define BIO_C_GET_CIPHER_CTX 129
#define BIO_C_GET_CIPHER_STATUS 113
#define BIO_C_GET_CONNECT 123
#define BIO_C_GET_EX_ARG 154
#define BIO_C_GET_FD 105
#define BIO_C_GET_FILE_PTR 107
#define BIO_C_GET_MD 112
#define BIO_C_GET_MD_CTX 120
#define BIO_C_GET_PREFIX 150
#define BIO_C_GET_READ_REQUEST 141
#define BIO_C_GET_SOCKS 134
#define BIO_C_GET_SSL 110
#define BIO_C_GET_SSL_NUM_RENEGOTIATES 126
#define BIO_C_GET_SUFFIX 152
#define BIO_C_GET_WRITE_BUF_SIZE 137
#define BIO_C_GET_WRITE_GUARANTEE 140
#define BIO_C_MAKE_BIO_PAIR 138
#define BIO_C_NREAD 144
#define BIO_C_NREAD0 143
#define BIO_C_NWRITE 146
#define BIO_C_NWRITE0 145
#define BIO_C_RESET_READ_REQUEST 147
#define BIO_C_SET_ACCEPT 118
#define BIO_C_SET_BIND_MODE 131
#define BIO_C_SET_BUFF_READ_DATA 122
#define BIO_C_SET_BUFF_SIZE 117
#define BIO_C_SET_BUF_MEM 114
#define BIO_C_SET_BUF_MEM_EOF_RETURN 130
#define BIO_C_SET_CONNECT 100
#define BIO_C_SET_CONNECT_MODE 155
#define BIO_C_SET_EX_ARG 153
#define BIO_C_SET_FD 104
#define BIO_C_SET_FILENAME 108
#define BIO_C_SET_FILE_PTR 106
#define BIO_C_SET_MD 111
#define BIO_C_SET_MD_CTX 148
#define BIO_C_SET_NBIO 102
#define BIO_C_SET_PREFIX 149
#define BIO_C_SET_SOCKS 135
#define BIO_C_SET_SSL 109
#define BIO_C_SET_SSL_RENEGOTIATE_BYTES 125
#define BIO_C_SET_SSL_RENEGOTIATE_TIMEOUT 127
#define BIO_C_SET_SUFFIX 151
#define BIO_C_SET_WRITE_BUF_SIZE 136
#define BIO_C_SHUTDOWN_WR 142
#define BIO_C_SSL_MODE 119
#define BIO_FAMILY_IPANY 256
#define BIO_FAMILY_IPV4 4
#define BIO_FAMILY_IPV6 6
#define BIO_FLAGS_BASE64_NO_NL 0x100
#define BIO_FLAGS_IN_EOF 0x800
#define BIO_FLAGS_IO_SPECIAL 0x4
#define BIO_FLAGS_MEM_RDONLY 0x200
#define BIO_FLAGS_NONCLEAR_RST 0x400
#define BIO_FLAGS_READ 0x1
#define BIO_FLAGS_RWS 0x7
#define BIO_FLAGS_SHOULD_RETRY 0x8
#define BIO_FLAGS_WRITE 0x2
#define BIO_FP_APPEND 0x8
#define BIO_FP_READ 0x2
#define BIO_FP_TEXT 0x10
#define BIO_FP_WRITE 0x4
#define BIO_NOCLOSE 0x0
#define BIO_RR_ACCEPT 0x3
#define BIO_RR_CONNECT 0x2
#define BIO_RR_SSL_X509_LOOKUP 0x1
#define BIO_SOCK_KEEPALIVE 0x4
#define BIO_SOCK_NODELAY 0x10
#define BIO_SOCK_NONBLOCK 0x8
#define BIO_SOCK_REUSEADDR 0x1
#define BIO_SOCK_V6_ONLY 0x2
#define BIO_TYPE_ACCEPT 0x50D
#define BIO_TYPE_ASN1 0x216
#define BIO_TYPE_BASE64 0x20B
#define BIO_TYPE_BIO 0x413
#define BIO_TYPE_BUFFER 0x209
#define BIO_TYPE_CIPHER 0x20A
#define BIO_TYPE_COMP 0x217
#define BIO_TYPE_CONNECT 0x50C
#define BIO_TYPE_CORE_TO_PROV 0x419
#define BIO_TYPE_DESCRIPTOR 0x100
#define BIO_TYPE_DGRAM 0x515
#define BIO_TYPE_FD 0x504
#define BIO_TYPE_FILE 0x402
#define BIO_TYPE_FILTER 0x200
#define BIO_TYPE_LINEBUFFER 0x214
#define BIO_TYPE_MD 0x208
#define BIO_TYPE_MEM 0x401
#define BIO_TYPE_NBIO_TEST 0x210
#define BIO_TYPE_NONE 0
#define BIO_TYPE_NULL 0x406
#define BIO_TYPE_NULL_FILTER 0x211
#define BIO_TYPE_SOCKET 0x505
#define BIO_TYPE_SOURCE_SINK 0x400
#define BIO_TYPE_SSL 0x207
#define BIO_TYPE_START 128
#define BIO_append_filename(b, name) (int)BIO_ctrl(b, BIO_C_SET_FILENAME, BIO_CLOSE | BIO_FP_APPEND, name)
#define BIO_buffer_get_num_lines(b) BIO_ctrl(b, BIO_CTRL_GET, 0, NULL)
#define BIO_buffer_peek(b, s, l) BIO_ctrl(b, BIO_CTRL_PEEK, (l), (s))
#define BIO_cb_post(a) ((a)&BIO_CB_RETURN)
#define BIO_cb_pre(a) (!((a)&BIO_CB_RETURN))
#define BIO_clear_retry_flags(b) BIO_clear_flags(b, (BIO_FLAGS_RWS | BIO_FLAGS_SHOULD_RETRY))
#define BIO_ctrl_dgram_connect(b, peer) (int)BIO_ctrl(b, BIO_CTRL_DGRAM_CONNECT, 0, (char *)(peer))
#define BIO_ctrl_set_connected(b, peer) (int)BIO_ctrl(b, BIO_CTRL_DGRAM_SET_CONNECTED, 0, (char *)(peer))
#define BIO_destroy_bio_pair(b) (int)BIO_ctrl(b, BIO_C_DESTROY_BIO_PAIR, 0, NULL)
#define BIO_dgram_get_mtu_overhead(b) (unsigned int)BIO_ctrl((b), BIO_CTRL_DGRAM_GET_MTU_OVERHEAD, 0, NULL)
#define BIO_dgram_get_peer(b, peer) (int)BIO_ctrl(b, BIO_CTRL_DGRAM_GET_PEER, 0, (char *)(peer))
#define BIO_dgram_recv_timedout(b) (int)BIO_ctrl(b, BIO_CTRL_DGRAM_GET_RECV_TIMER_EXP, 0, NULL)
#define BIO_dgram_send_timedout(b) (int)BIO_ctrl(b, BIO_CTRL_DGRAM_GET_SEND_TIMER_EXP, 0, NULL)
#define BIO_dgram_set_peer(b, peer) (int)BIO_ctrl(b, BIO_CTRL_DGRAM_SET_PEER, 0, (char *)(peer))
#define BIO_do_accept(b) BIO_do_handshake(b)
#define BIO_do_connect(b) BIO_do_handshake(b)
#define BIO_do_handshake(b) BIO_ctrl(b, BIO_C_DO_STATE_MACHINE, 0, NULL)
#define BIO_dup_state(b, ret) BIO_ctrl(b, BIO_CTRL_DUP, 0, (char *)(ret))
#define BIO_eof(b) (int)BIO_ctrl(b, BIO_CTRL_EOF, 0, NULL)
#define BIO_flush(b) (int)BIO_ctrl(b, BIO_CTRL_FLUSH, 0, NULL)
#define BIO_get_accept_ip_family(b) BIO_ctrl(b, BIO_C_GET_ACCEPT, 4, NULL)
#define BIO_get_accept_name(b) ((const char *)BIO_ptr_ctrl(b, BIO_C_GET_ACCEPT, 0))
#define BIO_get_accept_port(b) ((const char *)BIO_ptr_ctrl(b, BIO_C_GET_ACCEPT, 1))
#define BIO_get_app_data(s) BIO_get_ex_data(s, 0)
#define BIO_get_bind_mode(b) BIO_ctrl(b, BIO_C_GET_BIND_MODE, 0, NULL)
#define BIO_get_buffer_num_lines(b) BIO_ctrl(b, BIO_C_GET_BUFF_NUM_LINES, 0, NULL)
#define BIO_get_close(b) (int)BIO_ctrl(b, BIO_CTRL_GET_CLOSE, 0, NULL)
#define BIO_get_conn_address(b) ((const BIO_ADDR *)BIO_ptr_ctrl(b, BIO_C_GET_CONNECT, 2))
#define BIO_get_conn_hostname(b) ((const char *)BIO_ptr_ctrl(b, BIO_C_GET_CONNECT, 0))
#define BIO_get_conn_ip_family(b) BIO_ctrl(b, BIO_C_GET_CONNECT, 3, NULL)
#define BIO_get_conn_port(b) ((const char *)BIO_ptr_ctrl(b, BIO_C_GET_CONNECT, 1))
#define BIO_get_ex_new_index(l, p, newf, dupf, freef)                                                        \
    CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_BIO, l, p, newf, dupf, freef)
#define BIO_get_fd(b, c) BIO_ctrl(b, BIO_C_GET_FD, 0, (char *)(c))
#define BIO_get_flags(b) BIO_test_flags(b, ~(0x0))
#define BIO_get_fp(b, fpp) BIO_ctrl(b, BIO_C_GET_FILE_PTR, 0, (char *)(fpp))
#define BIO_get_indent(b) BIO_ctrl((b), BIO_CTRL_GET_INDENT, 0, NULL)
#define BIO_get_info_callback(b, cbp) (int)BIO_ctrl(b, BIO_CTRL_GET_CALLBACK, 0, cbp)
#define BIO_get_ktls_recv(b) (BIO_ctrl(b, BIO_CTRL_GET_KTLS_RECV, 0, NULL) > 0)
#define BIO_get_ktls_send(b) (BIO_ctrl(b, BIO_CTRL_GET_KTLS_SEND, 0, NULL) > 0)
#define BIO_get_mem_data(b, pp) BIO_ctrl(b, BIO_CTRL_INFO, 0, (char *)(pp))
#define BIO_get_mem_ptr(b, pp) BIO_ctrl(b, BIO_C_GET_BUF_MEM_PTR, 0, (char *)(pp))
#define BIO_get_num_renegotiates(b) BIO_ctrl(b, BIO_C_GET_SSL_NUM_RENEGOTIATES, 0, NULL)
#define BIO_get_peer_name(b) ((const char *)BIO_ptr_ctrl(b, BIO_C_GET_ACCEPT, 2))
#define BIO_get_peer_port(b) ((const char *)BIO_ptr_ctrl(b, BIO_C_GET_ACCEPT, 3))
#define BIO_get_read_request(b) (int)BIO_ctrl(b, BIO_C_GET_READ_REQUEST, 0, NULL)
#define BIO_get_retry_flags(b) BIO_test_flags(b, (BIO_FLAGS_RWS | BIO_FLAGS_SHOULD_RETRY))
#define BIO_get_ssl(b, sslp) BIO_ctrl(b, BIO_C_GET_SSL, 0, (char *)(sslp))
#define BIO_get_write_buf_size(b, size) (size_t) BIO_ctrl(b, BIO_C_GET_WRITE_BUF_SIZE, size, NULL)
#define BIO_get_write_guarantee(b) (int)BIO_ctrl(b, BIO_C_GET_WRITE_GUARANTEE, 0, NULL)
#define BIO_make_bio_pair(b1, b2) (int)BIO_ctrl(b1, BIO_C_MAKE_BIO_PAIR, 0, b2)
#define BIO_pending(b) (int)BIO_ctrl(b, BIO_CTRL_PENDING, 0, NULL)
#define BIO_read_filename(b, name)                                                                           \
    (int)BIO_ctrl(b, BIO_C_SET_FILENAME, BIO_CLOSE | BIO_FP_READ, (char *)(name))
#define BIO_reset(b) (int)BIO_ctrl(b, BIO_CTRL_RESET, 0, NULL)
#define BIO_retry_type(a) BIO_test_flags(a, BIO_FLAGS_RWS)
#define BIO_rw_filename(b, name)                                                                             \
    (int)BIO_ctrl(b, BIO_C_SET_FILENAME, BIO_CLOSE | BIO_FP_READ | BIO_FP_WRITE, name)
#define BIO_seek(b, ofs) (int)BIO_ctrl(b, BIO_C_FILE_SEEK, ofs, NULL)
#define BIO_set_accept_bios(b, bio) BIO_ctrl(b, BIO_C_SET_ACCEPT, 3, (char *)(bio))
#define BIO_set_accept_ip_family(b, f) BIO_int_ctrl(b, BIO_C_SET_ACCEPT, 4, f)
#define BIO_set_accept_name(b, name) BIO_ctrl(b, BIO_C_SET_ACCEPT, 0, (char *)(name))
#define BIO_set_accept_port(b, port) BIO_ctrl(b, BIO_C_SET_ACCEPT, 1, (char *)(port))
#define BIO_set_app_data(s, arg) BIO_set_ex_data(s, 0, arg)
#define BIO_set_bind_mode(b, mode) BIO_ctrl(b, BIO_C_SET_BIND_MODE, mode, NULL)
#define BIO_set_buffer_read_data(b, buf, num) BIO_ctrl(b, BIO_C_SET_BUFF_READ_DATA, num, buf)
#define BIO_set_buffer_size(b, size) BIO_ctrl(b, BIO_C_SET_BUFF_SIZE, size, NULL)
#define BIO_set_close(b, c) (int)BIO_ctrl(b, BIO_CTRL_SET_CLOSE, (c), NULL)
#define BIO_set_conn_address(b, addr) BIO_ctrl(b, BIO_C_SET_CONNECT, 2, (char *)(addr))
#define BIO_set_conn_hostname(b, name) BIO_ctrl(b, BIO_C_SET_CONNECT, 0, (char *)(name))
#define BIO_set_conn_ip_family(b, f) BIO_int_ctrl(b, BIO_C_SET_CONNECT, 3, f)
#define BIO_set_conn_mode(b, n) BIO_ctrl(b, BIO_C_SET_CONNECT_MODE, (n), NULL)
#define BIO_set_conn_port(b, port) BIO_ctrl(b, BIO_C_SET_CONNECT, 1, (char *)(port))
#define BIO_set_fd(b, fd, c) BIO_int_ctrl(b, BIO_C_SET_FD, c, fd)
#define BIO_set_fp(b, fp, c) BIO_ctrl(b, BIO_C_SET_FILE_PTR, c, (char *)(fp))
#define BIO_set_indent(b, i) BIO_ctrl((b), BIO_CTRL_SET_INDENT, (i), NULL)
#define BIO_set_info_callback(b, cb) (int)BIO_callback_ctrl(b, BIO_CTRL_SET_CALLBACK, cb)
#define BIO_set_mem_buf(b, bm, c) BIO_ctrl(b, BIO_C_SET_BUF_MEM, c, (char *)(bm))
#define BIO_set_mem_eof_return(b, v) BIO_ctrl(b, BIO_C_SET_BUF_MEM_EOF_RETURN, v, NULL)
#define BIO_set_nbio(b, n) BIO_ctrl(b, BIO_C_SET_NBIO, (n), NULL)
#define BIO_set_nbio_accept(b, n) BIO_ctrl(b, BIO_C_SET_ACCEPT, 2, (n) ? (void *)"a" : NULL)
#define BIO_set_prefix(b, p) BIO_ctrl((b), BIO_CTRL_SET_PREFIX, 0, (void *)(p))
#define BIO_set_read_buffer_size(b, size) BIO_int_ctrl(b, BIO_C_SET_BUFF_SIZE, size, 0)
#define BIO_set_retry_read(b) BIO_set_flags(b, (BIO_FLAGS_READ | BIO_FLAGS_SHOULD_RETRY))
#define BIO_set_retry_special(b) BIO_set_flags(b, (BIO_FLAGS_IO_SPECIAL | BIO_FLAGS_SHOULD_RETRY))
#define BIO_set_retry_write(b) BIO_set_flags(b, (BIO_FLAGS_WRITE | BIO_FLAGS_SHOULD_RETRY))
#define BIO_set_ssl(b, ssl, c) BIO_ctrl(b, BIO_C_SET_SSL, c, (char *)(ssl))
#define BIO_set_ssl_mode(b, client) BIO_ctrl(b, BIO_C_SSL_MODE, client, NULL)
#define BIO_set_ssl_renegotiate_bytes(b, num) BIO_ctrl(b, BIO_C_SET_SSL_RENEGOTIATE_BYTES, num, NULL)
#define BIO_set_ssl_renegotiate_timeout(b, seconds)                                                          \
    BIO_ctrl(b, BIO_C_SET_SSL_RENEGOTIATE_TIMEOUT, seconds, NULL)
#define BIO_set_write_buf_size(b, size) (int)BIO_ctrl(b, BIO_C_SET_WRITE_BUF_SIZE, size, NULL)
#define BIO_set_write_buffer_size(b, size) BIO_int_ctrl(b, BIO_C_SET_BUFF_SIZE, size, 1)
#define BIO_should_io_special(a) BIO_test_flags(a, BIO_FLAGS_IO_SPECIAL)
#define BIO_should_read(a) BIO_test_flags(a, BIO_FLAGS_READ)
#define BIO_should_retry(a) BIO_test_flags(a, BIO_FLAGS_SHOULD_RETRY)
#define BIO_should_write(a) BIO_test_flags(a, BIO_FLAGS_WRITE)
#define BIO_shutdown_wr(b) (int)BIO_ctrl(b, BIO_C_SHUTDOWN_WR, 0, NULL)
#define BIO_tell(b) (int)BIO_ctrl(b, BIO_C_FILE_TELL, 0, NULL)
#define BIO_wpending(b) (int)BIO_ctrl(b, BIO_CTRL_WPENDING, 0, NULL)
#define BIO_write_filename(b, name) (int)BIO_ctrl(b, BIO_C_SET_FILENAME, BIO_CLOSE | BIO_FP_WRITE, name)
#define sk_BIO_deep_copy(sk, copyfunc, freefunc)                                                             \
    ((STACK_OF(BIO) *)OPENSSL_sk_deep_copy(ossl_check_const_BIO_sk_type(sk),                                 \
                                           ossl_check_BIO_copyfunc_type(copyfunc),                           \
                                           ossl_check_BIO_freefunc_type(freefunc)))
#define sk_BIO_delete(sk, i) ((BIO *)OPENSSL_sk_delete(ossl_check_BIO_sk_type(sk), (i)))
#define sk_BIO_delete_ptr(sk, ptr)                                                                           \
    ((BIO *)OPENSSL_sk_delete_ptr(ossl_check_BIO_sk_type(sk), ossl_check_BIO_type(ptr)))
#define sk_BIO_dup(sk) ((STACK_OF(BIO) *)OPENSSL_sk_dup(ossl_check_const_BIO_sk_type(sk)))
#define sk_BIO_find(sk, ptr) OPENSSL_sk_find(ossl_check_BIO_sk_type(sk), ossl_check_BIO_type(ptr))
#define sk_BIO_find_all(sk, ptr, pnum)                                                                       \
    OPENSSL_sk_find_all(ossl_check_BIO_sk_type(sk), ossl_check_BIO_type(ptr), pnum)
#define sk_BIO_find_ex(sk, ptr) OPENSSL_sk_find_ex(ossl_check_BIO_sk_type(sk), ossl_check_BIO_type(ptr))
#define sk_BIO_free(sk) OPENSSL_sk_free(ossl_check_BIO_sk_type(sk))
#define sk_BIO_insert(sk, ptr, idx)                                                                          \
    OPENSSL_sk_insert(ossl_check_BIO_sk_type(sk), ossl_check_BIO_type(ptr), (idx))
#define sk_BIO_is_sorted(sk) OPENSSL_sk_is_sorted(ossl_check_const_BIO_sk_type(sk))
#define sk_BIO_new(cmp) ((STACK_OF(BIO) *)OPENSSL_sk_new(ossl_check_BIO_compfunc_type(cmp)))
#define sk_BIO_new_null() ((STACK_OF(BIO) *)OPENSSL_sk_new_null())
#define sk_BIO_new_reserve(cmp, n)                                                                           \
    ((STACK_OF(BIO) *)OPENSSL_sk_new_reserve(ossl_check_BIO_compfunc_type(cmp), (n)))
#define sk_BIO_num(sk) OPENSSL_sk_num(ossl_check_const_BIO_sk_type(sk))
#define sk_BIO_pop(sk) ((BIO *)OPENSSL_sk_pop(ossl_check_BIO_sk_type(sk)))
#define sk_BIO_pop_free(sk, freefunc)                                                                        \
    OPENSSL_sk_pop_free(ossl_check_BIO_sk_type(sk), ossl_check_BIO_freefunc_type(freefunc))
#define sk_BIO_push(sk, ptr) OPENSSL_sk_push(ossl_check_BIO_sk_type(sk), ossl_check_BIO_type(ptr))
#define sk_BIO_reserve(sk, n) OPENSSL_sk_reserve(ossl_check_BIO_sk_type(sk), (n))
#define sk_BIO_set(sk, idx, ptr)                                                                             \
    ((BIO *)OPENSSL_sk_set(ossl_check_BIO_sk_type(sk), (idx), ossl_check_BIO_type(ptr)))
#define sk_BIO_set_cmp_func(sk, cmp)                                                                         \
    ((sk_BIO_compfunc)OPENSSL_sk_set_cmp_func(ossl_check_BIO_sk_type(sk), ossl_check_BIO_compfunc_type(cmp)))
#define sk_BIO_shift(sk) ((BIO *)OPENSSL_sk_shift(ossl_check_BIO_sk_type(sk)))
#define sk_BIO_sort(sk) OPENSSL_sk_sort(ossl_check_BIO_sk_type(sk))
#define sk_BIO_unshift(sk, ptr) OPENSSL_sk_unshift(ossl_check_BIO_sk_type(sk), ossl_check_BIO_type(ptr))
#define sk_BIO_value(sk, idx) ((BIO *)OPENSSL_sk_value(ossl_check_const_BIO_sk_type(sk), (idx)))
#define sk_BIO_zero(sk) OPENSSL_sk_zero(ossl_check_BIO_sk_type(sk))

/* Macros of the API deprecated in 1.1.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_1_0
#define BIO_sock_cleanup()                                                                                   \
    while (0)                                                                                                \
    continue
#endif

/* Macros of the API deprecated in 3.0. */
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define BIO_FLAGS_UPLINK 0
#endif

/* Types. */
typedef union bio_addr_st BIO_ADDR;
typedef struct bio_addrinfo_st BIO_ADDRINFO;
typedef long (*BIO_callback_fn)(BIO *b, int oper, const char *argp, int argi, long argl, long ret);
typedef long (*BIO_callback_fn_ex)(BIO *b, int oper, const char *argp, size_t len, int argi, long argl,
                                   int ret, size_t *processed);
typedef struct bio_method_st BIO_METHOD;
typedef int BIO_info_cb(BIO *, int, int);
typedef BIO_info_cb bio_info_cb;
SKM_DEFINE_STACK_OF_INTERNAL(BIO, BIO, BIO)
typedef int asn1_ps_func(BIO *b, unsigned char **pbuf, int *plen, void *parg);
typedef void (*BIO_dgram_sctp_notification_handler_fn)(BIO *b, void *context, void *buf);
enum BIO_hostserv_priorities { BIO_PARSE_PRIO_HOST, BIO_PARSE_PRIO_SERV };
enum BIO_lookup_type { BIO_LOOKUP_CLIENT, BIO_LOOKUP_SERVER };
union BIO_sock_info_u {
    BIO_ADDR *addr;
};
enum BIO_sock_info_type { BIO_SOCK_INFO_ADDRESS };

/* Functions. */
const BIO_ADDR *BIO_ADDRINFO_address(const BIO_ADDRINFO *bai);
int BIO_ADDRINFO_family(const BIO_ADDRINFO *bai);
void BIO_ADDRINFO_free(BIO_ADDRINFO *bai);
const BIO_ADDRINFO *BIO_ADDRINFO_next(const BIO_ADDRINFO *bai);
int BIO_ADDRINFO_protocol(const BIO_ADDRINFO *bai);
int BIO_ADDRINFO_socktype(const BIO_ADDRINFO *bai);
void BIO_ADDR_clear(BIO_ADDR *ap);
int BIO_ADDR_family(const BIO_ADDR *ap);
void BIO_ADDR_free(BIO_ADDR *);
char *BIO_ADDR_hostname_string(const BIO_ADDR *ap, int numeric);
BIO_ADDR *BIO_ADDR_new(void);
char *BIO_ADDR_path_string(const BIO_ADDR *ap);
int BIO_ADDR_rawaddress(const BIO_ADDR *ap, void *p, size_t *l);
int BIO_ADDR_rawmake(BIO_ADDR *ap, int family, const void *where, size_t wherelen, unsigned short port);
unsigned short BIO_ADDR_rawport(const BIO_ADDR *ap);
char *BIO_ADDR_service_string(const BIO_ADDR *ap, int numeric);
int BIO_accept_ex(int accept_sock, BIO_ADDR *addr, int options);
int BIO_asn1_get_prefix(BIO *b, asn1_ps_func **pprefix, asn1_ps_func **pprefix_free);
int BIO_asn1_get_suffix(BIO *b, asn1_ps_func **psuffix, asn1_ps_func **psuffix_free);
int BIO_asn1_set_prefix(BIO *b, asn1_ps_func *prefix, asn1_ps_func *prefix_free);
int BIO_asn1_set_suffix(BIO *b, asn1_ps_func *suffix, asn1_ps_func *suffix_free);
int BIO_bind(int sock, const BIO_ADDR *addr, int options);
long BIO_callback_ctrl(BIO *b, int cmd, BIO_info_cb *fp);
void BIO_clear_flags(BIO *b, int flags);
int BIO_closesocket(int sock);
int BIO_connect(int sock, const BIO_ADDR *addr, int options);
void BIO_copy_next_retry(BIO *b);
long BIO_ctrl(BIO *bp, int cmd, long larg, void *parg);
size_t BIO_ctrl_get_read_request(BIO *b);
size_t BIO_ctrl_get_write_guarantee(BIO *b);
size_t BIO_ctrl_pending(BIO *b);
int BIO_ctrl_reset_read_request(BIO *b);
size_t BIO_ctrl_wpending(BIO *b);
long BIO_debug_callback_ex(BIO *bio, int oper, const char *argp, size_t len, int argi, long argl, int ret,
                           size_t *processed);
int BIO_dgram_non_fatal_error(int error);
int BIO_do_connect_retry(BIO *bio, int timeout, int nap_milliseconds);
int BIO_dump(BIO *b, const void *bytes, int len);
int BIO_dump_cb(int (*cb)(const void *data, size_t len, void *u), void *u, const void *s, int len);
int BIO_dump_fp(FILE *fp, const void *s, int len);
int BIO_dump_indent(BIO *b, const void *bytes, int len, int indent);
int BIO_dump_indent_cb(int (*cb)(const void *data, size_t len, void *u), void *u, const void *s, int len,
                       int indent);
int BIO_dump_indent_fp(FILE *fp, const void *s, int len, int indent);
BIO *BIO_dup_chain(BIO *in);
const BIO_METHOD *BIO_f_buffer(void);
const BIO_METHOD *BIO_f_linebuffer(void);
const BIO_METHOD *BIO_f_nbio_test(void);
const BIO_METHOD *BIO_f_null(void);
const BIO_METHOD *BIO_f_prefix(void);
const BIO_METHOD *BIO_f_readbuffer(void);
int BIO_fd_non_fatal_error(int error);
int BIO_fd_should_retry(int i);
BIO *BIO_find_type(BIO *b, int bio_type);
int BIO_free(BIO *a);
void BIO_free_all(BIO *a);
char *BIO_get_callback_arg(const BIO *b);
BIO_callback_fn_ex BIO_get_callback_ex(const BIO *b);
void *BIO_get_data(BIO *a);
void *BIO_get_ex_data(const BIO *bio, int idx);
int BIO_get_init(BIO *a);
int BIO_get_line(BIO *bio, char *buf, int size);
int BIO_get_new_index(void);
BIO *BIO_get_retry_BIO(BIO *bio, int *reason);
int BIO_get_retry_reason(BIO *bio);
int BIO_get_shutdown(BIO *a);
int BIO_gets(BIO *bp, char *buf, int size);
int BIO_hex_string(BIO *out, int indent, int width, const void *data, int datalen);
int BIO_indent(BIO *b, int indent, int max);
long BIO_int_ctrl(BIO *bp, int cmd, long larg, int iarg);
int BIO_listen(int sock, const BIO_ADDR *addr, int options);
int BIO_lookup(const char *host, const char *service, enum BIO_lookup_type lookup_type, int family,
               int socktype, BIO_ADDRINFO **res);
int BIO_lookup_ex(const char *host, const char *service, int lookup_type, int family, int socktype,
                  int protocol, BIO_ADDRINFO **res);
void BIO_meth_free(BIO_METHOD *biom);
long (*BIO_meth_get_callback_ctrl(const BIO_METHOD *biom))(BIO *, int, BIO_info_cb *);
int (*BIO_meth_get_create(const BIO_METHOD *bion))(BIO *);
long (*BIO_meth_get_ctrl(const BIO_METHOD *biom))(BIO *, int, long, void *);
int (*BIO_meth_get_destroy(const BIO_METHOD *biom))(BIO *);
int (*BIO_meth_get_gets(const BIO_METHOD *biom))(BIO *, char *, int);
int (*BIO_meth_get_puts(const BIO_METHOD *biom))(BIO *, const char *);
int (*BIO_meth_get_read(const BIO_METHOD *biom))(BIO *, char *, int);
int (*BIO_meth_get_read_ex(const BIO_METHOD *biom))(BIO *, char *, size_t, size_t *);
int (*BIO_meth_get_write(const BIO_METHOD *biom))(BIO *, const char *, int);
int (*BIO_meth_get_write_ex(const BIO_METHOD *biom))(BIO *, const char *, size_t, size_t *);
BIO_METHOD *BIO_meth_new(int type, const char *name);
int BIO_meth_set_callback_ctrl(BIO_METHOD *biom, long (*callback_ctrl)(BIO *, int, BIO_info_cb *));
int BIO_meth_set_create(BIO_METHOD *biom, int (*create)(BIO *));
int BIO_meth_set_ctrl(BIO_METHOD *biom, long (*ctrl)(BIO *, int, long, void *));
int BIO_meth_set_destroy(BIO_METHOD *biom, int (*destroy)(BIO *));
int BIO_meth_set_gets(BIO_METHOD *biom, int (*ossl_gets)(BIO *, char *, int));
int BIO_meth_set_puts(BIO_METHOD *biom, int (*puts)(BIO *, const char *));
int BIO_meth_set_read(BIO_METHOD *biom, int (*read)(BIO *, char *, int));
int BIO_meth_set_read_ex(BIO_METHOD *biom, int (*bread)(BIO *, char *, size_t, size_t *));
int BIO_meth_set_write(BIO_METHOD *biom, int (*write)(BIO *, const char *, int));
int BIO_meth_set_write_ex(BIO_METHOD *biom, int (*bwrite)(BIO *, const char *, size_t, size_t *));
const char *BIO_method_name(const BIO *b);
int BIO_method_type(const BIO *b);
BIO *BIO_new(const BIO_METHOD *type);
BIO *BIO_new_accept(const char *host_port);
int BIO_new_bio_pair(BIO **bio1, size_t writebuf1, BIO **bio2, size_t writebuf2);
BIO *BIO_new_connect(const char *host_port);
BIO *BIO_new_dgram(int fd, int close_flag);
BIO *BIO_new_ex(OSSL_LIB_CTX *libctx, const BIO_METHOD *method);
BIO *BIO_new_fd(int fd, int close_flag);
BIO *BIO_new_file(const char *filename, const char *mode);
BIO *BIO_new_fp(FILE *stream, int close_flag);
BIO *BIO_new_from_core_bio(OSSL_LIB_CTX *libctx, OSSL_CORE_BIO *corebio);
BIO *BIO_new_mem_buf(const void *buf, int len);
BIO *BIO_new_socket(int sock, int close_flag);
BIO *BIO_next(BIO *b);
int BIO_nread(BIO *bio, char **buf, int num);
int BIO_nread0(BIO *bio, char **buf);
uint64_t BIO_number_read(BIO *bio);
uint64_t BIO_number_written(BIO *bio);
int BIO_nwrite(BIO *bio, char **buf, int num);
int BIO_nwrite0(BIO *bio, char **buf);
int BIO_parse_hostserv(const char *hostserv, char **host, char **service,
                       enum BIO_hostserv_priorities hostserv_prio);
BIO *BIO_pop(BIO *b);
int BIO_printf(BIO *bio, const char *format, ...) __attribute__((__format__(__gnu_printf__, 2, 3)));
void *BIO_ptr_ctrl(BIO *bp, int cmd, long larg);
BIO *BIO_push(BIO *b, BIO *append);
int BIO_puts(BIO *bp, const char *buf);
int BIO_read(BIO *b, void *data, int dlen);
int BIO_read_ex(BIO *b, void *data, size_t dlen, size_t *readbytes);
const BIO_METHOD *BIO_s_accept(void);
const BIO_METHOD *BIO_s_bio(void);
const BIO_METHOD *BIO_s_connect(void);
const BIO_METHOD *BIO_s_core(void);
const BIO_METHOD *BIO_s_datagram(void);
const BIO_METHOD *BIO_s_fd(void);
const BIO_METHOD *BIO_s_file(void);
const BIO_METHOD *BIO_s_log(void);
const BIO_METHOD *BIO_s_mem(void);
const BIO_METHOD *BIO_s_null(void);
const BIO_METHOD *BIO_s_secmem(void);
const BIO_METHOD *BIO_s_socket(void);
void BIO_set_callback_arg(BIO *b, char *arg);
void BIO_set_callback_ex(BIO *b, BIO_callback_fn_ex callback);
void BIO_set_data(BIO *a, void *ptr);
int BIO_set_ex_data(BIO *bio, int idx, void *data);
void BIO_set_flags(BIO *b, int flags);
void BIO_set_init(BIO *a, int init);
void BIO_set_next(BIO *b, BIO *next);
void BIO_set_retry_reason(BIO *bio, int reason);
void BIO_set_shutdown(BIO *a, int shut);
int BIO_set_tcp_ndelay(int sock, int turn_on);
int BIO_snprintf(char *buf, size_t n, const char *format, ...)
    __attribute__((__format__(__gnu_printf__, 3, 4)));
int BIO_sock_error(int sock);
int BIO_sock_info(int sock, enum BIO_sock_info_type type, union BIO_sock_info_u *info);
int BIO_sock_init(void);
int BIO_sock_non_fatal_error(int error);
int BIO_sock_should_retry(int i);
int BIO_socket(int domain, int socktype, int protocol, int options);
int BIO_socket_ioctl(int fd, long type, void *arg);
int BIO_socket_nbio(int fd, int mode);
int BIO_socket_wait(int fd, int for_read, time_t max_time);
int BIO_test_flags(const BIO *b, int flags);
int BIO_up_ref(BIO *a);
void BIO_vfree(BIO *a);
int BIO_vprintf(BIO *bio, const char *format, va_list args) __attribute__((__format__(__gnu_printf__, 2, 0)));
int BIO_vsnprintf(char *buf, size_t n, const char *format, va_list args)
    __attribute__((__format__(__gnu_printf__, 3, 0)));
int BIO_wait(BIO *bio, time_t max_time, unsigned int nap_milliseconds);
int BIO_write(BIO *b, const void *data, int dlen);
int BIO_write_ex(BIO *b, const void *data, size_t dlen, size_t *written);

/* Deprecated in 1.1.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_1_0
OSSL_DEPRECATEDIN_1_1_0 int BIO_accept(int sock, char **ip_port);
OSSL_DEPRECATEDIN_1_1_0 int BIO_get_accept_socket(char *host_port, int mode);
OSSL_DEPRECATEDIN_1_1_0 int BIO_get_host_ip(const char *str, unsigned char *ip);
OSSL_DEPRECATEDIN_1_1_0 int BIO_get_port(const char *str, unsigned short *port_ptr);
OSSL_DEPRECATEDIN_1_1_0 struct hostent *BIO_gethostbyname(const char *name);
#endif

/* Deprecated in 3.0. */
#ifndef OPENSSL_NO_DEPRECATED_3_0
OSSL_DEPRECATEDIN_3_0 long BIO_debug_callback(BIO *bio, int cmd, const char *argp, int argi, long argl,
                                              long ret);
OSSL_DEPRECATEDIN_3_0 BIO_callback_fn BIO_get_callback(const BIO *b);
OSSL_DEPRECATEDIN_3_0 void BIO_set_callback(BIO *b, BIO_callback_fn callback);
#endif

#ifdef __cplusplus
}
#endif
#endif
