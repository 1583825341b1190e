# Compat suite: each tests/compat/<name>.c is one Check suite using only the OpenSSL API, built twice:
#   openssl: system headers, the system's real -lssl -lcrypto
#   shim:    our include/, -L$(STANDALONE) -lssl -lcrypto (the standalone flavour), rpath to it
# and run against the same real peers (`openssl s_server`/`s_client`, raw TCP peers). Each run asserts the
# values real OpenSSL gives and writes key=value observations; the harness diffs OpenSSL's with the shim's.
#   make check-compat                          both builds + diff (the shim side is built lazily per scenario)
#   make check-compat COMPAT_ONLY=openssl      real OpenSSL only (validates the suite itself)
#   make check-compat COMPAT_SCENARIOS="client_basic verify"     a subset
#   make check-compat-dropin                   the OpenSSL build run with LD_PRELOAD=$(DROPIN_LIB), diffed
# Outputs: $(BUILD)/compat/{openssl,shim}/<name> binaries, $(BUILD)/compat/out/<name>.<flavour>.{obs,log}.

COMPAT_DIR       := $(BUILD)/compat
COMPAT_ALL       := $(patsubst tests/compat/%.c,%,$(filter-out tests/compat/common.c,$(sort $(wildcard tests/compat/*.c))))
COMPAT_SCENARIOS ?= $(COMPAT_ALL)
COMPAT_ONLY      ?=
COMPAT_CFLAGS    := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-deprecated-declarations -g $(SANFLAGS)
COMPAT_DEPS      := tests/compat/common.c tests/compat/common.h mk/compat.mk
COMPAT_CERTS     := $(COMPAT_DIR)/certs/.done

COMPAT_OSSL_BIN  = $(COMPAT_SCENARIOS:%=$(COMPAT_DIR)/openssl/%)
COMPAT_SHIM_BIN  = $(COMPAT_SCENARIOS:%=$(COMPAT_DIR)/shim/%)

# A failed build leaves its log next to the (missing) binary; the runner reports it as FAIL for that scenario.
$(COMPAT_DIR)/openssl/%: tests/compat/%.c $(COMPAT_DEPS)
	@mkdir -p $(dir $@)
	@echo "  CC [openssl] $@"
	@$(CC) $(COMPAT_CFLAGS) -Itests/compat -o $@ $< tests/compat/common.c -lssl -lcrypto $(CHECK_LIBS) \
	    >$@.build.log 2>&1 || { cat $@.build.log; rm -f $@; exit 1; }

# No prerequisite on $(SA_LIB) here (mk/libs.mk is read after this file, and a scenario should only be blocked
# by what it uses): check-compat builds $(SA_LIB) first, and the guard below makes sure -lssl can never fall
# back to the system's libssl.
$(COMPAT_DIR)/shim/%: tests/compat/%.c $(COMPAT_DEPS) $(wildcard include/openssl/*.h)
	@mkdir -p $(dir $@)
	@echo "  CC [shim]    $@"
	@test -e $(STANDALONE)/libssl.so -a -e $(STANDALONE)/libcrypto.so || \
	    { echo "$@: no standalone library in $(STANDALONE) (make libs)" | tee $@.build.log; rm -f $@; exit 1; }
	@$(CC) -Iinclude $(COMPAT_CFLAGS) -Itests/compat -o $@ $< tests/compat/common.c \
	    -L$(STANDALONE) -lssl -lcrypto -Wl,-rpath,$(abspath $(STANDALONE)) $(CHECK_LIBS) \
	    >$@.build.log 2>&1 || { head -n 40 $@.build.log; rm -f $@; exit 1; }

$(COMPAT_CERTS): tests/compat/mkcerts-compat.sh
	rm -rf $(COMPAT_DIR)/certs
	sh tests/compat/mkcerts-compat.sh $(COMPAT_DIR)/certs

compat-bins-openssl: $(COMPAT_OSSL_BIN)
compat-bins-shim: $(COMPAT_SHIM_BIN)

COMPAT_RUN = sh tests/compat/run.sh --dir $(COMPAT_DIR) --certs $(COMPAT_DIR)/certs

check-compat: $(COMPAT_CERTS)
ifeq ($(COMPAT_ONLY),openssl)
	@$(MAKE) --no-print-directory -k compat-bins-openssl || true
	@$(COMPAT_RUN) --flavours openssl $(COMPAT_SCENARIOS)
else
	@$(MAKE) --no-print-directory $(SA_LIB) || echo "compat: the standalone library does not build; shim side will FAIL"
	@$(MAKE) --no-print-directory -k compat-bins-openssl compat-bins-shim || true
	@$(COMPAT_RUN) --flavours "openssl shim" $(COMPAT_SCENARIOS)
endif

# Drop-in flavour: the binaries built against the real headers, run with our libssl.so.3 preloaded.
check-compat-dropin: $(COMPAT_CERTS)
	@$(MAKE) --no-print-directory -k compat-bins-openssl $(DROPIN_LIB) || true
	@$(COMPAT_RUN) --flavours "openssl dropin" --dropin $(abspath $(DROPIN_LIB)) $(COMPAT_SCENARIOS)

# The suite's own determinism: runs the OpenSSL build COMPAT_REPEAT times and diffs the observations.
COMPAT_REPEAT ?= 3
check-compat-stability: $(COMPAT_CERTS)
	@$(MAKE) --no-print-directory -k compat-bins-openssl || true
	@$(COMPAT_RUN) --flavours "openssl $(shell seq -f 'openssl#%g' 2 $(COMPAT_REPEAT))" $(COMPAT_SCENARIOS)

CHECKS += check-compat
.PHONY: check-compat check-compat-dropin check-compat-stability compat-bins-openssl compat-bins-shim

# Legacy 1.1-idiom programs (tests/legacy/): built unchanged against our headers and the standalone flavour;
# check-legacy proves with ldd that no OpenSSL is loaded and talks to real `openssl s_server`/`s_client`.
# check-legacy-openssl builds the same sources against the system OpenSSL (validates the test itself).
LEGACY_DIR := $(COMPAT_DIR)/legacy
LEGACY_CFLAGS := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wno-deprecated-declarations -g $(SANFLAGS)

$(LEGACY_DIR)/shim/%: tests/legacy/%.c $(wildcard include/openssl/*.h)
	@mkdir -p $(dir $@)
	@test -e $(STANDALONE)/libssl.so || { echo "$@: no standalone library (make libs)"; exit 1; }
	$(CC) -Iinclude $(LEGACY_CFLAGS) -o $@ $< -L$(STANDALONE) -lssl -lcrypto -Wl,-rpath,$(abspath $(STANDALONE))

$(LEGACY_DIR)/openssl/%: tests/legacy/%.c
	@mkdir -p $(dir $@)
	$(CC) $(LEGACY_CFLAGS) -o $@ $< -lssl -lcrypto

check-legacy: $(COMPAT_CERTS)
	@$(MAKE) --no-print-directory $(SA_LIB) || echo "legacy: the standalone library does not build"
	@$(MAKE) --no-print-directory -k $(LEGACY_DIR)/shim/legacy_client $(LEGACY_DIR)/shim/legacy_server || true
	@sh tests/legacy/run.sh $(LEGACY_DIR)/shim $(COMPAT_DIR)/certs

check-legacy-openssl: $(COMPAT_CERTS) $(LEGACY_DIR)/openssl/legacy_client $(LEGACY_DIR)/openssl/legacy_server
	@sh tests/legacy/run.sh $(LEGACY_DIR)/openssl $(COMPAT_DIR)/certs --allow-system

.PHONY: check-legacy check-legacy-openssl
CHECKS += check-compat-dropin check-legacy
