# Linking the two flavours. (Stubs, generated maps and the export comparison: see mk/exports.mk.)
#   drop-in:    $(BUILD)/libssl.so.3 = SSL layer + Mbed TLS, on the real libcrypto.so.3
#   standalone: $(BUILD)/standalone/libmbedshim.so.1 = SSL layer + our libcrypto subset + Mbed TLS,
#               with libssl.so / libcrypto.so symlinks so `-lssl -lcrypto` resolve to it.

DROPIN_LIB  := $(BUILD)/libssl.so.3
STANDALONE  := $(BUILD)/standalone
SA_LIB      := $(STANDALONE)/libmbedshim.so.1
# STUB_OBJ, DROPIN_MAP and SA_MAP come from mk/exports.mk, read before this file (sorted include order).
$(if $(DROPIN_MAP),,$(error mk/exports.mk must be read before mk/libs.mk))
LIB_LDFLAGS := -shared -Wl,--exclude-libs,ALL -Wl,-z,defs -Wl,-z,now $(LDSAN)

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
