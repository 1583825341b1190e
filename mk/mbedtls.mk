# Mbed TLS 3.6: pinned upstream source (scripts/fetch-mbedtls.sh) or MBEDTLS_DIR=, compiled out of tree
# with our config, position independent and hidden, into one static archive.

MBEDTLS_LIB   := $(BUILD)/mbedtls/libmbedtls-all.a
MBEDTLS_STAMP := $(BUILD)/mbedtls/.source-ok

$(MBEDTLS_STAMP): scripts/fetch-mbedtls.sh shim/mbedshim_config.h | $(BUILD)/.deps-ok
ifeq ($(MBEDTLS_DIR),)
	sh scripts/fetch-mbedtls.sh $(MBEDTLS_SRC)
endif
	@test -f $(MBEDTLS_SRC)/include/mbedtls/build_info.h || { echo "no Mbed TLS source in $(MBEDTLS_SRC)"; exit 1; }
	@grep -q 'MBEDTLS_VERSION_MAJOR  *3' $(MBEDTLS_SRC)/include/mbedtls/build_info.h && \
	 grep -q 'MBEDTLS_VERSION_MINOR  *6' $(MBEDTLS_SRC)/include/mbedtls/build_info.h || \
	 { echo "$(MBEDTLS_SRC) is not Mbed TLS 3.6.x"; exit 1; }
	@mkdir -p $(dir $@) && touch $@

MBEDTLS_LIBSRC = $(sort $(wildcard $(MBEDTLS_SRC)/library/*.c))

# The source list is only known after the fetch, so the archive is built by a sub-make.
$(MBEDTLS_LIB): $(MBEDTLS_STAMP) shim/mbedshim_config.h mk/mbedtls.mk
	$(MAKE) --no-print-directory -f mk/mbedtls.sub MBEDTLS_SRC=$(MBEDTLS_SRC) OUT=$(BUILD)/mbedtls \
	    CC="$(CC)" OPT="$(OPT)" SANFLAGS="$(SANFLAGS)"

mbedtls: $(MBEDTLS_LIB)
.PHONY: mbedtls
