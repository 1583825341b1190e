#!/bin/sh
# Generates the compat suite's test PKI into DIR with the real `openssl` CLI (never preloaded).
#   ca.pem/ca.key            root CA "mbedshim Test Root CA"
#   inter.pem/inter.key      intermediate CA signed by the root
#   server.pem/server.key    RSA leaf CN=localhost, SAN DNS:localhost, IP:127.0.0.1, signed by inter
#   chain.pem                inter.pem (what the server sends after its leaf)
#   fullchain.pem            inter.pem + ca.pem (server sending the root too)
#   server2.pem/server2.key  leaf CN=other.example, SAN DNS:other.example (for SNI -cert2)
#   expired.pem/.key         leaf valid 2020-01-01..2020-02-01, signed by inter
#   future.pem/.key          leaf valid 2099-01-01..2099-02-01, signed by inter
#   selfsigned.pem/.key      self-signed leaf CN=localhost
#   ecdsa.pem/ecdsa.key      ECDSA P-256 leaf CN=localhost, signed by inter
#   client.pem/client.key    client certificate CN=compat client (extendedKeyUsage clientAuth), signed by inter
#   client-chain.pem         client.pem + inter.pem
#   enc.key                  server.key encrypted with AES-256-CBC, pass phrase "compat"
set -eu
DIR=${1:?usage: mkcerts-compat.sh DIR}
unset LD_PRELOAD
OPENSSL=${OPENSSL:-openssl}
mkdir -p "$DIR"
cd "$DIR"
[ -f .done ] && exit 0

cat > ext.cnf <<'CNF'
[ca_ext]
basicConstraints=critical,CA:true
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid:always
[server_ext]
basicConstraints=critical,CA:false
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
[server2_ext]
basicConstraints=critical,CA:false
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:other.example
[client_ext]
basicConstraints=critical,CA:false
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth
CNF

# A minimal `openssl ca` setup, only for certificates with explicit (past/future) validity dates.
mkdir -p cadb
: > cadb/index.txt
echo 1000 > cadb/serial
cat > ca.cnf <<'CNF'
[ca]
default_ca=inter
[inter]
dir=.
database=./cadb/index.txt
serial=./cadb/serial
new_certs_dir=./cadb
certificate=./inter.pem
private_key=./inter.key
default_md=sha256
policy=any
unique_subject=no
copy_extensions=none
[any]
commonName=supplied
CNF

rsa() { $OPENSSL genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }

rsa ca.key
$OPENSSL req -new -x509 -key ca.key -subj "/O=mbedshim/CN=mbedshim Test Root CA" -days 3650 \
    -sha256 -config /dev/null -extfile ext.cnf -extensions ca_ext -out ca.pem 2>/dev/null ||
$OPENSSL req -new -x509 -key ca.key -subj "/O=mbedshim/CN=mbedshim Test Root CA" -days 3650 \
    -sha256 -addext basicConstraints=critical,CA:true -addext keyUsage=critical,keyCertSign,cRLSign -out ca.pem

sign() { # sign CSR_FILE ISSUER EXT OUT
    $OPENSSL x509 -req -in "$1" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial -days 825 -sha256 \
        -extfile ext.cnf -extensions "$3" -out "$4" 2>/dev/null
}
csr() { # csr KEY SUBJ OUT
    $OPENSSL req -new -key "$1" -subj "$2" -out "$3"
}

rsa inter.key
csr inter.key "/O=mbedshim/CN=mbedshim Test Intermediate CA" inter.csr
sign inter.csr ca ca_ext inter.pem

rsa server.key
csr server.key "/O=mbedshim/CN=localhost" server.csr
sign server.csr inter server_ext server.pem

rsa server2.key
csr server2.key "/O=mbedshim/CN=other.example" server2.csr
sign server2.csr inter server2_ext server2.pem

rsa expired.key
csr expired.key "/O=mbedshim/CN=localhost" expired.csr
$OPENSSL ca -batch -config ca.cnf -extfile ext.cnf -extensions server_ext -startdate 20200101000000Z \
    -enddate 20200201000000Z -in expired.csr -out expired.pem -notext 2>/dev/null

rsa future.key
csr future.key "/O=mbedshim/CN=localhost" future.csr
$OPENSSL ca -batch -config ca.cnf -extfile ext.cnf -extensions server_ext -startdate 20990101000000Z \
    -enddate 20990201000000Z -in future.csr -out future.pem -notext 2>/dev/null

rsa selfsigned.key
$OPENSSL req -new -x509 -key selfsigned.key -subj "/O=mbedshim/CN=localhost" -days 825 -sha256 \
    -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -out selfsigned.pem

$OPENSSL genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ecdsa.key
csr ecdsa.key "/O=mbedshim/CN=localhost" ecdsa.csr
sign ecdsa.csr inter server_ext ecdsa.pem

rsa client.key
csr client.key "/O=mbedshim/CN=compat client" client.csr
sign client.csr inter client_ext client.pem

cp inter.pem chain.pem
cat inter.pem ca.pem > fullchain.pem
cat client.pem inter.pem > client-chain.pem
$OPENSSL pkey -in server.key -aes-256-cbc -passout pass:compat -out enc.key

$OPENSSL verify -CAfile ca.pem -untrusted inter.pem server.pem ecdsa.pem client.pem server2.pem >/dev/null
rm -f ./*.csr
touch .done
