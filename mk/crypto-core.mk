# Standalone libcrypto core (shim/crypto: err, err_strings, mem, stack, ex_data, init, threads, rand).
#
# Differential unit tests: a tests/unit/<file>_test.c whose FIRST line is `/* differential */` uses only the
# public OpenSSL API, so the same source is also built against the system headers and the real
# libssl/libcrypto 3.0 and must pass there too. That run proves the expectations are OpenSSL's behaviour;
# `make check-unit` runs the same sources against ours.
#   make check-unit-openssl            all differential tests against the real OpenSSL
#   make check-unit-openssl T=err_test one of them

DIFF_UNIT_SRC := $(shell for f in tests/unit/*_test.c; do \
                   [ -f "$$f" ] && head -n 1 "$$f" | grep -q '/\* differential \*/' && echo "$$f"; done)
DIFF_UNIT_BIN := $(DIFF_UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/unit-openssl/%)
DIFF_RUN      := $(if $(T),$(filter %/$(T),$(DIFF_UNIT_BIN)),$(DIFF_UNIT_BIN))

# System headers only (no -Iinclude, no shim): this is the reference build.
$(BUILD)/tests/unit-openssl/%: tests/unit/%.c | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -D_GNU_SOURCE $(WARN) -Wno-unused-parameter $(OPT) $(SANFLAGS) -Itests -o $@ $< \
	    -lssl -lcrypto $(CHECK_LIBS) -lpthread

check-unit-openssl: $(DIFF_RUN)
	@set -e; for t in $(DIFF_RUN); do echo "== $$t (real OpenSSL)"; CK_FORK=yes $(UNIT_RUNNER) $$t; done

CHECKS += check-unit-openssl
.PHONY: check-unit-openssl
