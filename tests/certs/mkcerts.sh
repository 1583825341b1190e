#!/bin/sh
# mkcerts.sh DIR: test PKI for unit and compat tests, made with the openssl CLI.
# Fixed file names, subjects and serials; keys are fresh per DIR. Idempotent: a complete DIR is left alone.
#   root.{pem,der,key}      self-signed root CA "mbedshim Test Root CA"
#   inter.{pem,der,key}     intermediate CA signed by root
#   leaf.{pem,der,key}      server leaf CN=localhost, SAN DNS:localhost IP:127.0.0.1, signed by inter
#   chain.pem               leaf + inter;  ca-bundle.pem: root + inter
#   expired.pem             leaf (leaf.key) valid 2001-2002;  notyet.pem: valid 2100-2101
#   selfsigned.{pem,der,key} self-signed leaf CN=localhost
#   ec.{pem,der,key}        ECDSA P-256 leaf CN=ec.localhost, signed by inter
#   client.{pem,der,key}    client cert CN=mbedshim client, email client@example.com, signed by inter
#   wild.pem                leaf (leaf.key) CN=www.example.org SAN DNS:*.example.com,DNS:example.net,
#                           IP:::1, email:admin@example.com
#   cnonly.pem              leaf (leaf.key) CN=cn.example.com, no SAN
#   badsig.{pem,der}        leaf.pem with one signature byte flipped
#   leaf.enc.key            leaf.key as PKCS#8 encrypted with AES-256-CBC, password "secret"
#   leaf.enc-legacy.key     leaf.key as traditional PEM, Proc-Type: 4,ENCRYPTED (AES-128-CBC), "secret"
#   leaf.pkcs8.key          leaf.key unencrypted PKCS#8; leaf.rsa.key: traditional "RSA PRIVATE KEY"
#   leaf.key.der            leaf.key as DER;  leaf.pub.pem: its SubjectPublicKeyInfo
#   dh.pem                  fixed DH parameters (ffdhe2048)
set -eu
DIR=${1:?usage: mkcerts.sh DIR}
mkdir -p "$DIR" && DIR=$(cd "$DIR" && pwd) # absolute: the script changes directory
STAMP="$DIR/.complete-v1"
[ -f "$STAMP" ] && exit 0
mkdir -p "$DIR"
cd "$DIR"
O=${OPENSSL:-openssl}
SUBJ_BASE="/C=US/O=mbedshim test"

cat > ext.cnf <<'CNF'
[root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[inter]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[leaf]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ec]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:ec.localhost, DNS:localhost
authorityKeyIdentifier = keyid
[client]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectAltName = email:client@example.com
authorityKeyIdentifier = keyid
[wild]
basicConstraints = CA:FALSE
subjectAltName = DNS:*.example.com, DNS:example.net, IP:::1, email:admin@example.com
authorityKeyIdentifier = keyid
[cnonly]
basicConstraints = CA:FALSE
authorityKeyIdentifier = keyid
[selfsigned]
basicConstraints = CA:FALSE
subjectAltName = DNS:localhost
[ca]
default_ca = testca
[testca]
database = ca.db
new_certs_dir = .
serial = ca.serial
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
[anything]
countryName = optional
organizationName = optional
commonName = supplied
CNF

genrsa() { "$O" genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }
req() { "$O" req -new -key "$1" -subj "$2" -out "$3"; }
sign() { # csr out extsection serial [cacert cakey]
    "$O" x509 -req -in "$1" -out "$2" -CA "${5:-inter.pem}" -CAkey "${6:-inter.key}" -set_serial "$4" \
        -days 3650 -sha256 -extfile ext.cnf -extensions "$3" 2>/dev/null
}

genrsa root.key
"$O" req -x509 -new -key root.key -subj "$SUBJ_BASE/CN=mbedshim Test Root CA" -days 7300 -sha256 \
    -set_serial 1 -config ext.cnf -extensions root -out root.pem 2>/dev/null
genrsa inter.key
req inter.key "$SUBJ_BASE/CN=mbedshim Test Intermediate CA" inter.csr
sign inter.csr inter.pem inter 2 root.pem root.key
genrsa leaf.key
req leaf.key "$SUBJ_BASE/CN=localhost" leaf.csr
sign leaf.csr leaf.pem leaf 16
"$O" genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec.key
req ec.key "$SUBJ_BASE/CN=ec.localhost" ec.csr
sign ec.csr ec.pem ec 17
genrsa client.key
req client.key "$SUBJ_BASE/CN=mbedshim client/emailAddress=client@example.com" client.csr
sign client.csr client.pem client 18
req leaf.key "$SUBJ_BASE/CN=www.example.org" wild.csr
sign wild.csr wild.pem wild 19
req leaf.key "$SUBJ_BASE/CN=cn.example.com" cnonly.csr
sign cnonly.csr cnonly.pem cnonly 20
genrsa selfsigned.key
"$O" req -x509 -new -key selfsigned.key -subj "$SUBJ_BASE/CN=localhost" -days 3650 -sha256 \
    -set_serial 21 -config ext.cnf -extensions selfsigned -out selfsigned.pem 2>/dev/null

# Fixed past/future validity needs `openssl ca` (x509 -req cannot backdate).
: > ca.db
echo 22 > ca.serial
"$O" ca -batch -config ext.cnf -extensions leaf -cert inter.pem -keyfile inter.key -in leaf.csr \
    -preserveDN -startdate 20010101000000Z -enddate 20020101000000Z -notext -out expired.pem 2>/dev/null
"$O" ca -batch -config ext.cnf -extensions leaf -cert inter.pem -keyfile inter.key -in leaf.csr \
    -preserveDN -startdate 21000101000000Z -enddate 21010101000000Z -notext -out notyet.pem 2>/dev/null

for c in root inter leaf ec client selfsigned; do "$O" x509 -in $c.pem -outform DER -out $c.der; done
cat leaf.pem inter.pem > chain.pem
cat root.pem inter.pem > ca-bundle.pem

# Flip the last byte of the signature (the DER ends with the signature bits).
"$O" x509 -in leaf.pem -outform DER -out leaf.tmp.der
size=$(wc -c < leaf.tmp.der)
head -c $((size - 1)) leaf.tmp.der > badsig.der
last=$(tail -c 1 leaf.tmp.der | od -An -tu1 | tr -d ' ')
printf "\\$(printf '%03o' $(( (last + 1) % 256 )))" >> badsig.der
"$O" x509 -inform DER -in badsig.der -out badsig.pem

"$O" pkcs8 -topk8 -in leaf.key -v2 aes-256-cbc -passout pass:secret -out leaf.enc.key
"$O" pkey -in leaf.key -traditional -out leaf.rsa.key
"$O" rsa -in leaf.key -traditional -aes128 -passout pass:secret -out leaf.enc-legacy.key 2>/dev/null
"$O" pkey -in leaf.key -out leaf.pkcs8.key
"$O" pkey -in leaf.key -outform DER -out leaf.key.der
"$O" pkey -in leaf.key -pubout -out leaf.pub.pem
cat > dh.pem <<'DH'
-----BEGIN DH PARAMETERS-----
MIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx2LnFg84tNpWp4TZBFGQz
+8yTnc4kmz75fS/jY2MMddj2gbICrsRhetPfHtXV/WVhJDP1H18GbtCFY2VVPe0a
87VXE15/V8k1mE8McODmi3fipona8+/och3xWKE2rec1MKzKT0g6eXq8CrGCsyT7
YdEIqUuyyOP7uWrat2DX9GgdT0Kj3jlN9K5W7edjcrsZCwenyO4KbXCeAvzhzffi
7MA0BM0oNC9hkXL+nOmFg/+OTxIy7vKBg8P+OxtMb61zO7X8vC7CIAXFjvGDfRaD
ssbzSibBsu/6iGtCOGEoXJf//////////wIBAg==
-----END DH PARAMETERS-----
DH
rm -f ./*.csr leaf.tmp.der ca.db* ca.serial* ./*.old [0-9A-F][0-9A-F].pem
touch "$STAMP"
