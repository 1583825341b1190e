# BIO layer of the standalone libcrypto (shim/crypto/bio_*.c, tests/unit/bio_*_test.c).
# The BIO unit tests are differential: the same sources also build against the system headers and the real
# libcrypto.so.3 and must pass there too.
#   make check-bio           BIO suites against our objects (built by mk/unit.mk's rule)
#   make check-bio-openssl   the same suites against the real OpenSSL 3.0 libcrypto (also: check-unit-openssl)

BIO_UNIT_SRC  := $(sort $(wildcard tests/unit/bio_*_test.c))
BIO_UNIT_BIN  := $(BIO_UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/unit/%)
BIO_OSSL_BIN  := $(BIO_UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/openssl/%)

# No -Iinclude here: these see /usr/include/openssl and link the system libcrypto only.
$(BUILD)/tests/openssl/bio_%: tests/unit/bio_%.c | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -D_GNU_SOURCE $(WARN) -Wno-unused-parameter $(OPT) -o $@ $< -lcrypto $(CHECK_LIBS) -lpthread

check-bio: $(BIO_UNIT_BIN)
	@set -e; for t in $(BIO_UNIT_BIN); do echo "== $$t"; CK_FORK=yes $(UNIT_RUNNER) $$t; done

check-bio-openssl: $(BIO_OSSL_BIN)
	@set -e; for t in $(BIO_OSSL_BIN); do echo "== $$t (real libcrypto)"; CK_FORK=yes $$t; done

check-unit-openssl: check-bio-openssl

CHECKS += check-bio-openssl
.PHONY: check-bio check-bio-openssl check-unit-openssl
