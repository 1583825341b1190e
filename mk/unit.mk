# Unit tests: one Check suite per source file, tests/unit/<file>_test.c. They link the objects directly
# (not the shared library) so they can reach internal mbs_* functions too.

UNIT_SRC  := $(sort $(wildcard tests/unit/*_test.c))
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/unit/%)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null || echo -lcheck -lsubunit -lm -lrt -lpthread)
UNIT_OBJ   = $(SSL_OBJ) $(COMMON_OBJ) $(CRYPTO_OBJ) $(STUB_OBJ)

$(BUILD)/tests/unit/%: tests/unit/%.c $(UNIT_OBJ) $(MBEDTLS_LIB) | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(SHIM_CPPFLAGS) -Itests $(SHIM_CFLAGS) -Wno-unused-parameter -o $@ $< \
	    $(UNIT_OBJ) $(MBEDTLS_LIB) $(CHECK_LIBS) -lpthread

check-unit: $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; CK_FORK=yes $(UNIT_RUNNER) $$t; done

CHECKS += check-unit
.PHONY: check-unit
