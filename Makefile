# mbedshim: OpenSSL 3.0 ABI-compatible libssl on Mbed TLS 3.6.
# `make` builds both flavours, `make check` runs every test, `make demo` shows the drop-in at work.
# Areas live in mk/*.mk; this file holds the shared variables and compile rules.

CC       ?= gcc
BUILD    ?= build
OPT      ?= -O2 -g
SAN      ?=
MBEDTLS_DIR ?=

MBEDTLS_SRC := $(if $(MBEDTLS_DIR),$(MBEDTLS_DIR),$(BUILD)/mbedtls-src)

WARN      := -Wall -Wextra -Werror
SANITIZERS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
SANFLAGS  := $(if $(SAN),$(SANITIZERS))
# Everything we compile sees our headers first, then Mbed TLS with our config.
# The shim implements deprecated API too, so it must not warn about it.
SHIM_CPPFLAGS := -DOPENSSL_SUPPRESS_DEPRECATED -Iinclude -Ishim -I$(MBEDTLS_SRC)/include -DMBEDTLS_CONFIG_FILE='"mbedshim_config.h"'
SHIM_CFLAGS   := -std=c11 -D_GNU_SOURCE $(WARN) $(OPT) $(SANFLAGS) -fPIC -fvisibility=hidden
LDSAN         := $(SANFLAGS)

COMMON_SRC := $(sort $(wildcard shim/common/*.c))
SSL_SRC    := $(sort $(wildcard shim/ssl/*.c))
CRYPTO_SRC := $(sort $(wildcard shim/crypto/*.c))
COMMON_OBJ := $(COMMON_SRC:%.c=$(BUILD)/obj/%.o)
SSL_OBJ    := $(SSL_SRC:%.c=$(BUILD)/obj/%.o)
CRYPTO_OBJ := $(CRYPTO_SRC:%.c=$(BUILD)/obj/%.o)

.PHONY: all check demo clean deps asan valgrind bench format
all: libs

include mk/mbedtls.mk
include $(sort $(filter-out mk/mbedtls.mk,$(wildcard mk/*.mk)))

$(BUILD)/obj/shim/%.o: shim/%.c $(MBEDTLS_STAMP) | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(SHIM_CPPFLAGS) $(SHIM_CFLAGS) -MMD -MP -c $< -o $@

-include $(COMMON_OBJ:.o=.d) $(SSL_OBJ:.o=.d) $(CRYPTO_OBJ:.o=.d)

# Installs what the build and tests need when missing (root), or prints the command.
$(BUILD)/.deps-ok: scripts/install-deps.sh
	@sh scripts/install-deps.sh
	@mkdir -p $(BUILD) && touch $@

deps: $(BUILD)/.deps-ok

# ASan + UBSan over everything that runs the libraries in-process: unit suites, the compat suite (shim
# side) and the legacy programs. (Unmodified Debian binaries in check-apps would need libasan preloaded.)
ASAN_CHECKS := check-unit check-unit-ssl-dropin check-compat check-legacy
asan:
	$(MAKE) BUILD=build/asan SAN=1 OPT="-O1 -g" libs
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    $(MAKE) BUILD=build/asan SAN=1 OPT="-O1 -g" $(ASAN_CHECKS)

clean:
	rm -rf build

# Each mk/*.mk fragment appends its test target to CHECKS.
check: libs $(CHECKS)

demo: $(DROPIN_LIB)
	@BUILD=$(BUILD) bash scripts/demo.sh

# Unit tests and the compatibility suite's shim side under valgrind (memcheck: errors and definite leaks
# fail). CK_FORK=no keeps each Check test in the process valgrind watches.
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
            --show-leak-kinds=definite --track-fds=no
valgrind: libs
	$(MAKE) check-unit check-unit-ssl-dropin UNIT_RUNNER="env CK_FORK=no $(VALGRIND)"
	COMPAT_RUNNER="$(VALGRIND)" COMPAT_TIMEOUT=600 $(MAKE) check-compat
.PHONY: valgrind
