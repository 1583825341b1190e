#!/bin/sh
# Fetch the pinned Mbed TLS 3.6 LTS upstream source into $1 (default build/mbedtls-src).
#
# Debian 12 only packages Mbed TLS 2.28 (EOL, no TLS 1.3). Debian 13 ships 3.6.x, so we ask apt for that
# source package through a private sources list and state directory (the system's apt configuration is left
# alone). apt verifies the signed Sources index and the file hashes; we additionally pin the upstream
# tarball's SHA-256 and unpack only that tarball (no Debian patches): plain upstream 3.6.6.
set -eu

VERSION=3.6.6
DEB_VERSION=3.6.6-0.1~deb13u1
SHA256=8fb65fae8dcae5840f793c0a334860a411f884cc537ea290ce1c52bb64ca007a
TARBALL=mbedtls_${VERSION}.orig.tar.bz2

dest=${1:-build/mbedtls-src}
if [ -f "$dest/.mbedshim-fetched" ]; then exit 0; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/mbedshim-apt.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/state/lists/partial" "$work/cache/archives/partial" "$work/dl"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$keyring" ] || { echo "fetch-mbedtls: $keyring missing (apt-get install debian-archive-keyring)" >&2; exit 1; }
echo "deb-src [signed-by=$keyring] http://deb.debian.org/debian trixie main" >"$work/sources.list"

set -- -o Dir::Etc::sourcelist="$work/sources.list" -o Dir::Etc::sourceparts=/nonexistent \
    -o Dir::State="$work/state" -o Dir::State::status=/var/lib/dpkg/status -o Dir::Cache="$work/cache" \
    -o APT::Sandbox::User=root -q
echo "fetch-mbedtls: apt-get source mbedtls=$DEB_VERSION (Debian 13 deb-src, private apt state)"
apt-get "$@" update >/dev/null
(cd "$work/dl" && apt-get "$@" source --download-only "mbedtls=$DEB_VERSION" >/dev/null)

echo "$SHA256  $work/dl/$TARBALL" | sha256sum -c --quiet - || {
    echo "fetch-mbedtls: checksum mismatch for $TARBALL" >&2; exit 1; }

rm -rf "$dest"
mkdir -p "$dest"
tar -xjf "$work/dl/$TARBALL" -C "$dest" --strip-components=1
echo "$DEB_VERSION $SHA256" >"$dest/.mbedshim-fetched"
echo "fetch-mbedtls: Mbed TLS $VERSION unpacked in $dest"
