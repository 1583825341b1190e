#!/bin/sh
# Installs the Debian packages the build and the tests need, when missing. As root it runs apt-get;
# otherwise it prints the exact command and fails.
#   install-deps.sh          the build and the base tests
#   install-deps.sh --apps   the programs of the app suite (tests/apps: servers and clients run on the
#                            drop-in), so that a plain build does not pull servers in
set -eu
PKGS="build-essential pkg-config bzip2 ca-certificates debian-archive-keyring check libssl-dev openssl"
PKGS="$PKGS valgrind curl socat python3 netcat-openbsd"
APPS_PKGS="nginx-light socat stunnel4 libio-socket-ssl-perl python3 curl gnutls-bin openssl iproute2"
if [ "${1:-}" = --apps ]; then
    PKGS=$APPS_PKGS
fi
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "mbedshim needs these Debian packages:$missing" >&2
    echo "run as root: apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
echo "install-deps: apt-get install$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends $missing >/dev/null
