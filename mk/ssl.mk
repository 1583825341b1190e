# The SSL layer: only mbedtls_private.c may see Mbed TLS' library-internal headers.
$(BUILD)/obj/shim/ssl/mbedtls_private.o: SHIM_CPPFLAGS += -I$(MBEDTLS_SRC)/library
