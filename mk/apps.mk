# App suite: unmodified Debian programs (curl, python3, socat, nginx, stunnel4, perl IO::Socket::SSL, the
# openssl CLI) run on the drop-in $(BUILD)/libssl.so.3 against real, never-preloaded peers (OpenSSL's
# s_server/s_client, nginx, curl, GnuTLS' gnutls-cli), all on 127.0.0.1. See tests/apps/run.sh.
#   make check-apps                         everything (installs the app packages first when root)
#   make check-apps APPS="curl.* nginx.h2"  a subset (shell globs on scenario names); APPS_V=1 shows logs
# Expected failures are listed in tests/apps/KNOWN_ISSUES.md ("## XFAIL name").

APPS_WORK ?= $(BUILD)/apps
APPS      ?=
APPS_V    ?=

# mk/libs.mk (read after this file) links the library; name it by path here.
check-apps: $(BUILD)/libssl.so.3
	@sh scripts/install-deps.sh --apps
	@bash tests/apps/run.sh --lib $(abspath $(BUILD)/libssl.so.3) --work $(APPS_WORK) $(if $(APPS_V),-v) $(APPS)

CHECKS += check-apps
.PHONY: check-apps
