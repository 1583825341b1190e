# SSL-layer unit suites, tests/unit/ssl_<file>_test.c (helpers in tests/unit/ssl_harness.h): in-process
# client/server pairs over memory BIOs / BIO pairs. Every suite is differential: the same source is built
# against the real OpenSSL and against our SSL layer, and every expectation is real OpenSSL 3.0's behaviour.
#   make check-unit-ssl-openssl    system headers, the system's real -lssl -lcrypto (validates the suites)
#   make check-unit-ssl-dropin     our include/, our SSL layer objects + Mbed TLS on the REAL libcrypto.so.3
#                                  (the drop-in flavour, independent of the standalone libcrypto's progress)
#   make check-unit-ssl            both
#   USSL_ONLY="engine verify"      a subset (names without ssl_ / _test)
# The same sources are also part of check-unit (mk/unit.mk: standalone objects) and, being marked
# `/* differential */`, of check-unit-openssl (mk/crypto-core.mk). Certificates: $(BUILD)/certs.

USSL_ALL    := $(patsubst tests/unit/%.c,%,$(sort $(wildcard tests/unit/ssl_*_test.c)))
USSL_ONLY   ?=
USSL_NAMES   = $(if $(USSL_ONLY),$(USSL_ONLY:%=ssl_%_test),$(USSL_ALL))
USSL_DIR    := $(BUILD)/tests/unit-ssl
USSL_CERTS  := $(BUILD)/certs/.complete-v1
USSL_CFLAGS := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-unused-parameter -Wno-deprecated-declarations \
               -g $(SANFLAGS)
USSL_DEPS   := tests/unit/ssl_harness.h mk/unit-ssl.mk
USSL_DROPIN_OBJ := $(SSL_OBJ) $(COMMON_OBJ) $(STUB_OBJ)

$(USSL_CERTS): tests/certs/mkcerts.sh
	sh tests/certs/mkcerts.sh $(BUILD)/certs

$(USSL_DIR)/openssl/%: tests/unit/%.c $(USSL_DEPS)
	@mkdir -p $(dir $@)
	$(CC) $(USSL_CFLAGS) -Itests -o $@ $< -lssl -lcrypto $(CHECK_LIBS)

$(USSL_DIR)/dropin/%: tests/unit/%.c $(USSL_DEPS) $(USSL_DROPIN_OBJ) $(MBEDTLS_LIB) $(wildcard include/openssl/*.h)
	@mkdir -p $(dir $@)
	$(CC) -DOPENSSL_SUPPRESS_DEPRECATED -Iinclude $(USSL_CFLAGS) -Itests -o $@ $< \
	    $(USSL_DROPIN_OBJ) $(MBEDTLS_LIB) -l:libcrypto.so.3 $(CHECK_LIBS) -lpthread

# Runs every binary even when one fails; fails at the end if any did.
USSL_RUN = fail=0; for t in $(1); do echo "== $$t"; \
    SSL_TEST_CERTS=$(abspath $(BUILD)/certs) CK_FORK=yes $(UNIT_RUNNER) $$t || fail=1; done; exit $$fail

check-unit-ssl-openssl: $(USSL_CERTS) $(USSL_NAMES:%=$(USSL_DIR)/openssl/%)
	@$(call USSL_RUN,$(USSL_NAMES:%=$(USSL_DIR)/openssl/%))

check-unit-ssl-dropin: $(USSL_CERTS) $(USSL_NAMES:%=$(USSL_DIR)/dropin/%)
	@$(call USSL_RUN,$(USSL_NAMES:%=$(USSL_DIR)/dropin/%))

check-unit-ssl: check-unit-ssl-openssl check-unit-ssl-dropin

CHECKS += check-unit-ssl-dropin
.PHONY: check-unit-ssl check-unit-ssl-openssl check-unit-ssl-dropin

# Expected strings that come from the real OpenSSL at build time (SSL_R_* reason texts, alert strings):
# tests/unit/gen_ssl_strings.sh compiles a probe against the system's libssl/libcrypto and writes C tables.
# The suites that use them include "ssl_gen_strings.h"; every build of those suites (openssl, dropin,
# standalone check-unit, check-unit-openssl) gets the generated directory on its include path.
USSL_GEN_H     := $(BUILD)/gen/unit/ssl_gen_strings.h
USSL_GEN_USERS := ssl_ssl_err_test ssl_app_misc_test
USSL_GEN_I     := -I$(BUILD)/gen/unit

$(USSL_GEN_H): tests/unit/gen_ssl_strings.sh
	sh tests/unit/gen_ssl_strings.sh $@ $(CC)

$(foreach t,$(USSL_GEN_USERS),$(USSL_DIR)/openssl/$(t) $(USSL_DIR)/dropin/$(t)): $(USSL_GEN_H)
$(foreach t,$(USSL_GEN_USERS),$(USSL_DIR)/openssl/$(t) $(USSL_DIR)/dropin/$(t)): private USSL_CFLAGS += $(USSL_GEN_I)
$(foreach t,$(USSL_GEN_USERS),$(BUILD)/tests/unit/$(t)): $(USSL_GEN_H)
$(foreach t,$(USSL_GEN_USERS),$(BUILD)/tests/unit/$(t)): private SHIM_CFLAGS += $(USSL_GEN_I)
$(foreach t,$(USSL_GEN_USERS),$(BUILD)/tests/unit-openssl/$(t)): $(USSL_GEN_H)
$(foreach t,$(USSL_GEN_USERS),$(BUILD)/tests/unit-openssl/$(t)): private WARN += $(USSL_GEN_I)
