#!/usr/bin/perl
# IO::Socket::SSL (Net::SSLeay) as the app under test, run by tests/apps/run.sh bound to the drop-in.
#   perl_ssl.pl client HOST PORT CERTS [MAXPROTO]   GET /index.html, prints version/cipher/body marker
#   perl_ssl.pl badca  HOST PORT CERTS              wrong CA: the connection must fail verification
#   perl_ssl.pl server HOST PORT CERTS N            serves N connections (one HTTP response each)
use strict;
use warnings;
use IO::Socket::SSL;

my ($mode, $host, $port, $certs, $extra) = @ARGV;
$| = 1;

if ($mode eq 'client' || $mode eq 'badca') {
    my %opt = (
        PeerHost        => $host,
        PeerPort        => $port,
        Timeout         => 20,
        SSL_verify_mode => SSL_VERIFY_PEER,
        SSL_ca_file     => "$certs/" . ($mode eq 'badca' ? 'selfsigned.pem' : 'root.pem'),
        SSL_hostname    => 'localhost',
        SSL_verifycn_name   => 'localhost',
        SSL_verifycn_scheme => 'http',
    );
    $opt{SSL_version} = 'TLSv1_2' if defined $extra && $extra eq '1.2';
    my $s = IO::Socket::SSL->new(%opt);
    if ($mode eq 'badca') {
        if ($s) { print "MISMATCH: connected with the wrong CA\n"; exit 1 }
        print "error=$SSL_ERROR\n";
        if ($SSL_ERROR =~ /certificate verify failed/) { print "OK\n"; exit 0 }
        print "MISMATCH: unexpected error\n";
        exit 1;
    }
    die "connect failed: $SSL_ERROR\n" unless $s;
    print "version=", $s->get_sslversion, "\n";
    print "cipher=", $s->get_cipher, "\n";
    print "peer_cn=", $s->peer_certificate('cn'), "\n";
    print $s "GET /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    my $body = '';
    while (1) {
        my $n = sysread($s, my $buf, 65536);
        last unless $n;
        $body .= $buf;
    }
    print "body_has_marker=", ($body =~ /mbedshim-app-test/ ? 1 : 0), "\n";
    $s->close(SSL_fast_shutdown => 1);
    print "OK\n" if $body =~ /mbedshim-app-test/;
    exit($body =~ /mbedshim-app-test/ ? 0 : 1);
}

if ($mode eq 'server') {
    my $srv = IO::Socket::SSL->new(
        LocalAddr     => $host,
        LocalPort     => $port,
        Listen        => 4,
        ReuseAddr     => 1,
        SSL_server    => 1,
        SSL_cert_file => "$certs/chain.pem",
        SSL_key_file  => "$certs/leaf.key",
    ) or die "listen failed: $SSL_ERROR $!\n";
    for (1 .. ($extra || 1)) {
        my $c = $srv->accept;
        unless ($c) { print "accept_error=$SSL_ERROR\n"; next }
        my $req = '';
        while ($req !~ /\r\n\r\n/) {
            my $n = sysread($c, my $buf, 4096);
            last unless $n;
            $req .= $buf;
        }
        my $body = "mbedshim-app-test perl-server " . $c->get_sslversion . " " . $c->get_cipher . "\n";
        print $c "HTTP/1.1 200 OK\r\nContent-Length: " . length($body) . "\r\nConnection: close\r\n\r\n$body";
        print "served=", $c->get_sslversion, " ", $c->get_cipher, "\n";
        $c->close;
    }
    exit 0;
}
die "unknown mode $mode\n";
