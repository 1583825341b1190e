# Linking the two flavours. (Stubs, generated maps and the export comparison: see mk/exports.mk.)
#   drop-in:    $(BUILD)/libssl.so.3 = SSL layer + Mbed TLS, on the real libcrypto.so.3
#   standalone: $(BUILD)/standalone/libmbedshim.so.1 = SSL layer + our libcrypto subset + Mbed TLS,
#               with libssl.so / libcrypto.so symlinks so `-lssl -lcrypto` resolve to it.

DROPIN_LIB  := $(BUILD)/libssl.so.3
STANDALONE  := $(BUILD)/standalone
SA_LIB      := $(STANDALONE)/libmbedshim.so.1
# STUB_OBJ, DROPIN_MAP and SA_MAP come from mk/exports.mk, read before this file (sorted include order).
$(if $(DROPIN_MAP),,$(error mk/exports.mk must be read before mk/libs.mk))
# -Bsymbolic-functions: calls between our own exported functions stay inside the library, as in the real
# libssl (an interposer of SSL_read must not see our internal SSL_read calls).
LIB_LDFLAGS := -shared -Wl,--exclude-libs,ALL -Wl,-Bsymbolic-functions -Wl,-z,defs -Wl,-z,now $(LDSAN)

libs: $(DROPIN_LIB) $(SA_LIB)

$(DROPIN_LIB): $(SSL_OBJ) $(COMMON_OBJ) $(STUB_OBJ) $(MBEDTLS_LIB) $(DROPIN_MAP)
	$(CC) $(LIB_LDFLAGS) -Wl,-soname,libssl.so.3 -Wl,--version-script=$(DROPIN_MAP) -o $@ \
	    $(SSL_OBJ) $(COMMON_OBJ) $(STUB_OBJ) $(MBEDTLS_LIB) -l:libcrypto.so.3 -lpthread

$(SA_LIB): $(SSL_OBJ) $(COMMON_OBJ) $(CRYPTO_OBJ) $(STUB_OBJ) $(MBEDTLS_LIB) $(SA_MAP)
	@mkdir -p $(STANDALONE)
	$(CC) $(LIB_LDFLAGS) -Wl,-soname,libmbedshim.so.1 -Wl,--version-script=$(SA_MAP) -o $@ \
	    $(SSL_OBJ) $(COMMON_OBJ) $(CRYPTO_OBJ) $(STUB_OBJ) $(MBEDTLS_LIB) -lpthread
	ln -sf libmbedshim.so.1 $(STANDALONE)/libssl.so
	ln -sf libmbedshim.so.1 $(STANDALONE)/libcrypto.so

# Static archives for the standalone flavour. Each holds one prelinked object whose only global symbols
# are API names (from $(SA_MAP)): Mbed TLS and our internals are made local, so a static link adds no
# mbedtls_*/psa_*/mbs_* names to the application. libssl.a carries its own (hidden) copy of Mbed TLS
# because the SSL layer drives it directly; libcrypto.a has the one behind BIO/ERR/X509.
SA_SSL_A    := $(STANDALONE)/libssl.a
SA_CRYPTO_A := $(STANDALONE)/libcrypto.a
SA_GLOBALS  := $(BUILD)/standalone.globals

$(SA_GLOBALS): $(SA_MAP)
	sed -n 's/^ *\([A-Za-z_][A-Za-z0-9_]*\);$$/\1/p' $< > $@

define prelink_archive
	@mkdir -p $(STANDALONE)
	ld -r -o $@.o $(1) $(MBEDTLS_LIB)
	objcopy --keep-global-symbols=$(SA_GLOBALS) $@.o
	rm -f $@ && ar rcs $@ $@.o && rm -f $@.o
endef

$(SA_CRYPTO_A): $(CRYPTO_OBJ) $(COMMON_OBJ) $(MBEDTLS_LIB) $(SA_GLOBALS)
	$(call prelink_archive,$(CRYPTO_OBJ) $(COMMON_OBJ))

$(SA_SSL_A): $(SSL_OBJ) $(STUB_OBJ) $(COMMON_OBJ) $(MBEDTLS_LIB) $(SA_GLOBALS)
	$(call prelink_archive,$(SSL_OBJ) $(STUB_OBJ) $(COMMON_OBJ))

static: $(SA_SSL_A) $(SA_CRYPTO_A)
libs: $(if $(SAN),,static)
.PHONY: static

# The static archives link a program on their own (no OpenSSL, no shared mbedshim) and add no Mbed TLS
# or internal names to its global namespace.
STATIC_T := $(BUILD)/tests/static
check-static: $(SA_SSL_A) $(SA_CRYPTO_A)
	@mkdir -p $(STATIC_T)
	$(CC) -std=c11 -D_GNU_SOURCE -Iinclude $(SANFLAGS) -o $(STATIC_T)/sa_link tests/exports/sa_link.c \
	    $(SA_SSL_A) $(SA_CRYPTO_A) -lpthread
	@set -e; t=$(STATIC_T)/sa_link; \
	if ldd $$t | grep -qE 'lib(ssl|crypto|mbedshim)'; then echo "FAIL static: $$t loads a TLS library"; exit 1; fi; \
	leaks=$$(nm $$t | awk '$$2 ~ /^[TDBR]$$/ && $$3 ~ /^(mbedtls_|psa_|mbs_)/' | wc -l); \
	if [ $$leaks -ne 0 ]; then echo "FAIL static: $$leaks mbedtls_/psa_/mbs_ globals in $$t"; exit 1; fi; \
	$$t >/dev/null && echo "ok   static archives: $$t links and runs with no shared TLS library, no Mbed TLS globals"
CHECKS += check-static
.PHONY: check-static
