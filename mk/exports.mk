# The export surface, all from one sorted list, shim/exports/libssl.txt (the 518 libssl.so.3 functions):
#   symbols.map           drop-in version script, committed at top level; `make symbols-map` regenerates it
#                         and check-exports fails when it is stale
#   $(STUB_OBJ)           one stub per listed name the SSL layer objects do not define (yet), linked into
#                         both flavours; $(STUB_LIST) names them (with their failure value)
#   $(SA_MAP)             standalone version script: the list + every default-visibility function of the
#                         libcrypto subset ($(CRYPTO_OBJ)), read from the objects at build time
#   check-exports         dynamic symbols vs the real libssl.so.3, BIND_NOW load test, stub behaviour
#   matrix                docs/MATRIX.md and the matrix section of README.md
# This file is read before mk/libs.mk (mk/*.mk are included in sorted order), which links with STUB_OBJ,
# DROPIN_MAP and SA_MAP; so rules here name the libraries by path, not by libs.mk's variables.

EXPORTS_LIST    := shim/exports/libssl.txt
STUB_RETURNS    := shim/exports/stub-returns.txt
PROGRAM_IMPORTS := shim/exports/program-imports.txt
STUB_SRC        := $(BUILD)/gen/stubs.c
STUB_LIST       := $(BUILD)/gen/stubs.list
STUB_OBJ        := $(BUILD)/obj/gen/stubs.o
DROPIN_MAP      := symbols.map
SA_MAP          := $(BUILD)/standalone.map
REAL_LIBSSL     ?= /usr/lib/x86_64-linux-gnu/libssl.so.3
EXP_T           := $(BUILD)/tests/exports
EXP_DROPIN      := $(BUILD)/libssl.so.3
EXP_SA          := $(BUILD)/standalone/libmbedshim.so.1

# Stubs depend on what the objects of both flavours define (SSL layer + common), so they are regenerated
# whenever one of those objects changes. gen-stubs writes stubs.c, then stubs.list (never the older one).
$(STUB_SRC): $(EXPORTS_LIST) $(STUB_RETURNS) tools/gen-stubs $(SSL_OBJ) $(COMMON_OBJ)
	@mkdir -p $(dir $@)
	sh tools/gen-stubs $(EXPORTS_LIST) $(STUB_RETURNS) $@ $(STUB_LIST) $(SSL_OBJ) $(COMMON_OBJ)
	@echo "stubs: $$(wc -l < $(STUB_LIST)) of $$(grep -c . $(EXPORTS_LIST)) libssl exports"

$(STUB_LIST): $(STUB_SRC)
	@test -f $@

$(STUB_OBJ): $(STUB_SRC) $(MBEDTLS_STAMP) | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(SHIM_CPPFLAGS) $(SHIM_CFLAGS) -MMD -MP -c $< -o $@

-include $(STUB_OBJ:.o=.d)

$(SA_MAP): $(EXPORTS_LIST) tools/gen-sa-map tools/gen-symbols-map $(CRYPTO_OBJ)
	@mkdir -p $(dir $@)
	sh tools/gen-sa-map $(EXPORTS_LIST) $(CRYPTO_OBJ) > $@.tmp && mv $@.tmp $@

# symbols.map is a committed source (the design wants it at top level); regenerate it explicitly.
symbols-map:
	sh tools/gen-symbols-map $(EXPORTS_LIST) > symbols.map.tmp && mv symbols.map.tmp symbols.map

# The quick part of check-exports, without building anything.
check-symbols-map:
	@sh tools/gen-symbols-map $(EXPORTS_LIST) | cmp -s - symbols.map || \
	    { echo "symbols.map is stale: run 'make symbols-map' and commit it"; exit 1; }
	@echo "symbols.map is up to date"

stubs: $(STUB_OBJ)

# --- export test --------------------------------------------------------------------------------------
# Test programs use the system OpenSSL headers, as unmodified applications do.
EXP_CFLAGS := -std=c11 -D_GNU_SOURCE $(WARN) $(OPT) $(SANFLAGS)
# An ASan/UBSan drop-in preloaded into a program needs the sanitizer runtimes loaded first.
EXP_PRELOAD_PREFIX := $(if $(SAN),$(shell $(CC) -print-file-name=libasan.so) $(shell $(CC) -print-file-name=libubsan.so))

$(EXP_T)/refall.c: $(EXPORTS_LIST) tools/gen-refall
	@mkdir -p $(dir $@)
	sh tools/gen-refall $(EXPORTS_LIST) > $@.tmp && mv $@.tmp $@

# Bound to the REAL libssl, every export referenced, all resolved at start-up.
$(EXP_T)/bindnow: tests/exports/bindnow.c tests/exports/refall.h $(EXP_T)/refall.c | $(BUILD)/.deps-ok
	$(CC) $(EXP_CFLAGS) -Itests/exports -o $@ tests/exports/bindnow.c $(EXP_T)/refall.c \
	    -Wl,-z,now -Wl,--no-as-needed -lssl -lcrypto -ldl

$(EXP_T)/sa_link: tests/exports/sa_link.c $(EXP_SA)
	@mkdir -p $(dir $@)
	$(CC) $(EXP_CFLAGS) -o $@ $< -L$(BUILD)/standalone -Wl,-rpath,$(abspath $(BUILD)/standalone) \
	    -Wl,-z,now -lssl -lcrypto

check-exports: libs $(EXP_T)/bindnow $(EXP_T)/sa_link $(STUB_LIST)
	EXP_PRELOAD_PREFIX="$(EXP_PRELOAD_PREFIX)" ASAN_OPTIONS=detect_leaks=0$${ASAN_OPTIONS:+:$$ASAN_OPTIONS} \
	    sh tests/exports/check-exports.sh $(BUILD) $(REAL_LIBSSL)

CHECKS += check-exports

# --- compatibility matrix -----------------------------------------------------------------------------
matrix: $(STUB_LIST) $(EXPORTS_LIST) $(PROGRAM_IMPORTS) tools/gen-matrix
	sh tools/gen-matrix $(EXPORTS_LIST) $(STUB_LIST) $(PROGRAM_IMPORTS) docs/MATRIX.md README.md

.PHONY: symbols-map check-symbols-map stubs check-exports matrix
