# Header test: our include/openssl against the real OpenSSL 3.0 headers in /usr/include.
#   values   every object-like macro / enum constant / public struct layout, printed by one program built
#            twice (real headers, ours) and diffed; names the real headers lack fail (tests/headers/allow.txt)
#   protos   our declarations repeated after the real headers: conflicting signatures do not compile
#   macros   ctrl macros run against recording mocks of SSL_ctrl/BIO_ctrl/...; other function-like macros
#            compared by the functions their expansions call
#   exports  every libssl.so.3 export the real headers declare is declared by ours
#   idioms   tests/headers/idioms.c (what TLS applications write) compiles with -Werror against both
#   alone    each header compiles by itself as C99, C11 (-pedantic) and C++, warnings in our headers
#            shown (-Wsystem-headers: ours say `#pragma GCC system_header` as installed headers are)

HDR_OUT   := $(BUILD)/tests/headers
HDR_FILES := $(sort $(wildcard include/openssl/*.h))
HDR_GEN   := tests/headers/gen.py
HDR_CC    := $(CC) -D_GNU_SOURCE -w
HDR_CXX   := $(shell command -v g++ 2>/dev/null)

$(HDR_OUT)/.generated: $(HDR_GEN) $(HDR_FILES) shim/exports/libssl.txt tests/headers/mocks.h mk/headers.mk
	@mkdir -p $(HDR_OUT)
	CC="$(CC)" python3 $(HDR_GEN) $(HDR_OUT)
	@touch $@

# Keeps only lines whose first field is not allowlisted.
HDR_FILTER = awk 'NR == FNR { if ($$0 !~ /^\#/ && NF) allow[$$1] = 1; next } !($$1 in allow)' tests/headers/allow.txt

check-headers: $(HDR_OUT)/.generated tests/headers/idioms.c tests/headers/allow.txt
	@o=$(HDR_OUT); fail=0; \
	echo "== headers: values"; \
	$(HDR_CC) -std=c11 -o $$o/values-real $$o/values.c && \
	$(HDR_CC) -std=c11 -Iinclude -o $$o/values-ours $$o/values.c && \
	$$o/values-real | $(HDR_FILTER) - > $$o/values-real.txt && \
	$$o/values-ours | $(HDR_FILTER) - > $$o/values-ours.txt && \
	diff -u $$o/values-real.txt $$o/values-ours.txt && \
	echo "   $$(wc -l < $$o/values-ours.txt) names, values and layouts identical" || fail=1; \
	for api in "-DOPENSSL_API_COMPAT=0x10100000L" "-DOPENSSL_API_COMPAT=30000 -DOPENSSL_NO_DEPRECATED"; do \
	    echo "== headers: values with $$api"; \
	    $(HDR_CC) -std=c11 $$api -DMBS_MACROS_ONLY -o $$o/values-real-api $$o/values.c && \
	    $(HDR_CC) -std=c11 $$api -DMBS_MACROS_ONLY -Iinclude -o $$o/values-ours-api $$o/values.c && \
	    $$o/values-real-api | $(HDR_FILTER) - > $$o/values-real-api.txt && \
	    $$o/values-ours-api | $(HDR_FILTER) - > $$o/values-ours-api.txt && \
	    diff -u $$o/values-real-api.txt $$o/values-ours-api.txt || fail=1; \
	done; \
	echo "== headers: application idioms (tests/headers/idioms.c, -Werror, real and ours)"; \
	$(CC) -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -fsyntax-only tests/headers/idioms.c && \
	$(CC) -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Iinclude -fsyntax-only tests/headers/idioms.c || fail=1; \
	echo "== headers: prototypes"; \
	$(CC) -std=c11 -D_GNU_SOURCE -Wall -Werror -fsyntax-only $$o/protos.c || fail=1; \
	echo "== headers: macros"; \
	$(HDR_CC) -std=c11 -Itests/headers -o $$o/macros-real $$o/macros.c && \
	$(HDR_CC) -std=c11 -DMBS_OURS -Itests/headers -Iinclude -o $$o/macros-ours $$o/macros.c && \
	$$o/macros-real > $$o/macros-real.txt && $$o/macros-ours > $$o/macros-ours.txt && \
	diff -u $$o/macros-real.txt $$o/macros-ours.txt && \
	diff -u $$o/calls-real.txt $$o/calls-ours.txt && \
	echo "   $$(wc -l < $$o/macros-ours.txt) ctrl calls, $$(wc -l < $$o/calls-ours.txt) expansions identical" || fail=1; \
	echo "== headers: libssl exports declared"; \
	$(CC) -std=c11 -D_GNU_SOURCE -Wall -Werror -Iinclude -fsyntax-only $$o/exports.c || fail=1; \
	echo "== headers: each header alone (c99, c11$(if $(HDR_CXX),$(comma) c++))"; \
	printf '%s\n' $(HDR_FILES:include/openssl/%=%) | xargs -P 2 -I{} sh -c '\
	    printf "#include <openssl/%s>\ntypedef int mbs_nonempty;\n" {} > $$0/alone-{}.c && \
	    $(CC) -std=c99 -Wall -Wextra -Werror -Wsystem-headers -Iinclude -fsyntax-only $$0/alone-{}.c && \
	    $(CC) -std=c11 -pedantic -Wall -Wextra -Werror -Iinclude -fsyntax-only $$0/alone-{}.c && \
	    { [ -z "$(HDR_CXX)" ] || $(HDR_CXX) -x c++ -Wall -Wextra -Werror -Wsystem-headers -Iinclude -fsyntax-only $$0/alone-{}.c; } \
	    || { echo "FAIL: <openssl/{}> does not compile alone"; exit 1; }' $$o || fail=1; \
	if [ $$fail = 0 ]; then echo "== headers: OK"; else echo "== headers: FAILED"; exit 1; fi

comma := ,
CHECKS += check-headers
.PHONY: check-headers
