package dev.cloudsdk.core.internal.http;

import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.TransportException;
import dev.cloudsdk.core.spi.HttpTransport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.UnknownServiceException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import okhttp3.CipherSuite;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.TlsVersion;

/**
 * Sends the requests OkHttp refuses, a body on GET or HEAD (Omnistrate's ListResources, for one), over HTTP/1.1
 * on a socket of its own, with the settings of the {@link OkHttpClient} that {@link OkHttpTransport} uses.
 *
 * <p>Each call opens one connection, sends {@code Connection: close} and closes it when the response has been
 * read; nothing is pooled and no thread is started. {@link #close()} closes the sockets of calls still in
 * progress, which then fail.
 *
 * <p>From the client it takes, through public getters only:
 * <ul>
 *   <li>the connect and read timeouts, each cut to the time left of the call's {@code timeout}: the read
 *       timeout is set again before every read, so a silent server fails after the read timeout and one that
 *       drips its body fails when the call's time is up;</li>
 *   <li>the proxy ({@link OkHttpClient#proxy()}, else the first the {@link OkHttpClient#proxySelector()}
 *       offers): HTTP proxies get the absolute URL for {@code http} and a {@code CONNECT} tunnel for
 *       {@code https}; SOCKS proxies go through {@link Socket#Socket(Proxy)}. Proxy authentication is not
 *       supported: a {@code 407} fails the call;</li>
 *   <li>the socket factory, DNS, and for {@code https} the SSL socket factory, the TLS versions and cipher
 *       suites of its connection specs, the hostname verifier and the certificate pinner.</li>
 * </ul>
 * Its interceptors, event listeners, cookie jar, authenticators and redirect settings are not used. Redirects
 * are never followed: a 3xx is returned as it is.
 *
 * <p>Limits of timing without a thread: the write timeout is not enforced, since a blocking socket write cannot
 * time out; it can only block while the socket's send buffer is full, which these small request bodies do not
 * fill, and the time left is checked before writing. DNS lookups take as long as the client's {@code Dns} takes.
 * The TLS handshake's reads each wait at most the read timeout cut to the time left when it starts. Over TLS
 * the timeout is set before each read of decrypted data, and one such read takes in a whole TLS record: a
 * server that spreads the bytes of a single record over a long time can stretch that read past the deadline.
 *
 * <p>A 2xx body longer than {@code maxSuccessBodyBytes}, or any other body longer than
 * {@code maxErrorBodyBytes}, is cut there: the rest is not read and the response says
 * {@link ApiResponse#bodyTruncated()}.
 *
 * <p>Every I/O failure is a {@link TransportException} saying whether the first byte of the request had been
 * written and whether a timeout (connect, read, or the call's) ran out. Messages name no header value and no
 * body.
 */
final class BodyOnGetTransport implements HttpTransport {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final OkHttpClient client;
    private final long maxSuccessBodyBytes;
    private final int maxErrorBodyBytes;
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * Creates the transport.
     *
     * @param client              the client whose timeouts, proxy, socket factory, DNS and TLS settings apply
     * @param maxSuccessBodyBytes the most bytes of a 2xx response body to read
     * @param maxErrorBodyBytes   the most bytes of any other response body to read
     */
    BodyOnGetTransport(OkHttpClient client, long maxSuccessBodyBytes, int maxErrorBodyBytes) {
        if (maxSuccessBodyBytes < 0 || maxErrorBodyBytes < 0) {
            throw new IllegalArgumentException("Body limits must not be negative");
        }
        this.client = Objects.requireNonNull(client, "client");
        this.maxSuccessBodyBytes = maxSuccessBodyBytes;
        this.maxErrorBodyBytes = maxErrorBodyBytes;
    }

    /**
     * Sends one attempt on a new connection.
     *
     * @throws IllegalArgumentException if the URL is invalid or a header name or value contains CR, LF or NUL
     *                                  (nothing is sent)
     */
    @Override
    public ApiResponse send(OutgoingRequest request, Duration timeout) throws TransportException {
        return send(request, HttpUrl.get(request.url()), timeout);
    }

    @Override
    public ApiResponse send(OutgoingRequest request, HttpUrl url, Duration timeout) throws TransportException {
        Proxy proxy = proxyFor(url);
        boolean absoluteForm = proxy.type() == Proxy.Type.HTTP && !url.isHttps();
        byte[] message = Http1Codec.encodeRequest(request,
                absoluteForm ? url.scheme() + "://" + hostHeader(url) + originForm(url) : originForm(url),
                hostHeader(url));
        Exchange exchange = new Exchange(new ExchangeDeadline(timeout));
        try {
            exchange.open(url, proxy);
            exchange.write(message);
            return Http1Codec.readResponse(exchange.input(), request.method().name(), maxSuccessBodyBytes,
                    maxErrorBodyBytes);
        } catch (IOException e) {
            throw exchange.failure(e);
        } finally {
            exchange.close();
        }
    }

    /** Closes the sockets of calls in progress (they fail) and makes later calls fail. */
    @Override
    public void close() {
        closed = true;
        for (Socket socket : openSockets) {
            closeQuietly(socket);
            openSockets.remove(socket);
        }
    }

    private Proxy proxyFor(HttpUrl url) {
        Proxy proxy = client.proxy();
        if (proxy != null) {
            return proxy;
        }
        List<Proxy> offered = client.proxySelector().select(url.uri());
        return offered == null || offered.isEmpty() ? Proxy.NO_PROXY : offered.get(0);
    }

    private static String originForm(HttpUrl url) {
        String query = url.encodedQuery();
        return query == null ? url.encodedPath() : url.encodedPath() + "?" + query;
    }

    private static String hostHeader(HttpUrl url) {
        int defaultPort = url.isHttps() ? 443 : 80;
        return url.port() == defaultPort ? bracketed(url.host()) : authority(url);
    }

    private static String authority(HttpUrl url) {
        return bracketed(url.host()) + ":" + url.port();
    }

    private static String bracketed(String host) {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException | RuntimeException ignored) {
            // the socket is unusable either way
        }
    }

    /** One request and its response on one connection, and what is known about how far it got. */
    private final class Exchange {
        private final ExchangeDeadline deadline;
        private Socket tcp;
        private Socket socket;
        private boolean requestSent;

        Exchange(ExchangeDeadline deadline) {
            this.deadline = deadline;
        }

        void open(HttpUrl url, Proxy proxy) throws IOException {
            SSLSocketFactory tlsFactory = url.isHttps() ? sslSocketFactory() : requireCleartextAllowed();
            tcp = connect(addresses(url, proxy), proxy);
            socket = tcp;
            if (tlsFactory != null) {
                if (proxy.type() == Proxy.Type.HTTP) {
                    tunnel(url);
                }
                startTls(tlsFactory, url);
            }
        }

        void write(byte[] message) throws IOException {
            deadline.millisFor(client.writeTimeoutMillis(), "the request was written");
            OutputStream out = socket.getOutputStream();
            requestSent = true;
            out.write(message);
            out.flush();
        }

        InputStream input() throws IOException {
            return new BufferedInputStream(new DeadlineInputStream(socket, client.readTimeoutMillis(), deadline));
        }

        TransportException failure(IOException e) {
            String message = OkHttpTransport.describe(e);
            return new TransportException(closed ? "the transport was closed (" + message + ")" : message, e,
                    requestSent, e instanceof SocketTimeoutException);
        }

        void close() {
            if (socket != null) {
                closeQuietly(socket);
            }
            if (tcp != null) {
                closeQuietly(tcp);
                openSockets.remove(tcp);
            }
        }

        /** @return {@code null}, the TLS socket factory a cleartext exchange does not need */
        private SSLSocketFactory requireCleartextAllowed() throws UnknownServiceException {
            if (client.connectionSpecs().stream().allMatch(ConnectionSpec::isTls)) {
                throw new UnknownServiceException("the OkHttpClient's connection specs do not allow cleartext HTTP");
            }
            return null;
        }

        private List<InetSocketAddress> addresses(HttpUrl url, Proxy proxy) throws IOException {
            if (proxy.type() == Proxy.Type.SOCKS) {
                return List.of(InetSocketAddress.createUnresolved(url.host(), url.port()));
            }
            if (proxy.type() == Proxy.Type.DIRECT) {
                return resolve(url.host(), url.port());
            }
            SocketAddress address = proxy.address();
            if (!(address instanceof InetSocketAddress)) {
                throw new ProtocolException("the HTTP proxy's address is not an InetSocketAddress");
            }
            InetSocketAddress proxyAddress = (InetSocketAddress) address;
            return proxyAddress.isUnresolved()
                    ? resolve(proxyAddress.getHostString(), proxyAddress.getPort())
                    : List.of(proxyAddress);
        }

        private List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            List<InetAddress> found = host.indexOf(':') >= 0 || IPV4_LITERAL.matcher(host).matches()
                    ? List.of(InetAddress.getByName(host))
                    : client.dns().lookup(host);
            if (found.isEmpty()) {
                throw new UnknownHostException("the OkHttpClient's DNS found no address for " + host);
            }
            List<InetSocketAddress> addresses = new ArrayList<>(found.size());
            for (InetAddress address : found) {
                addresses.add(new InetSocketAddress(address, port));
            }
            return addresses;
        }

        /** Tries each address in turn until one connects or the call's time is up. */
        private Socket connect(List<InetSocketAddress> addresses, Proxy proxy) throws IOException {
            IOException failure = null;
            for (InetSocketAddress address : addresses) {
                Socket candidate = track(proxy.type() == Proxy.Type.SOCKS
                        ? new Socket(proxy) : client.socketFactory().createSocket());
                try {
                    candidate.connect(address, deadline.millisFor(client.connectTimeoutMillis(), "connecting"));
                    return candidate;
                } catch (IOException e) {
                    closeQuietly(candidate);
                    openSockets.remove(candidate);
                    if (failure != null) {
                        e.addSuppressed(failure);
                    }
                    failure = e;
                    if (deadline.expired()) {
                        break;
                    }
                }
            }
            throw failure;
        }

        private Socket track(Socket candidate) throws SocketException {
            openSockets.add(candidate);
            if (closed) {
                closeQuietly(candidate);
                openSockets.remove(candidate);
                throw new SocketException("the transport is closed");
            }
            return candidate;
        }

        /** Asks the HTTP proxy for a tunnel to the origin; the request is not sent yet. */
        private void tunnel(HttpUrl url) throws IOException {
            String authority = authority(url);
            byte[] connect = ("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            deadline.millisFor(client.writeTimeoutMillis(), "the CONNECT request was written");
            OutputStream out = tcp.getOutputStream();
            out.write(connect);
            out.flush();
            int code = Http1Codec.readHead(new DeadlineInputStream(tcp, client.readTimeoutMillis(), deadline)).code();
            if (code != 200) {
                throw new ProtocolException("the HTTP proxy answered " + code + " to CONNECT " + authority
                        + (code == 407 ? " (proxy authentication is not supported)" : ""));
            }
        }

        private void startTls(SSLSocketFactory factory, HttpUrl url) throws IOException {
            SSLSocket tls = (SSLSocket) factory.createSocket(tcp, url.host(), url.port(), true);
            socket = tls;
            enableConnectionSpec(tls);
            tls.setSoTimeout(deadline.millisFor(client.readTimeoutMillis(), "the TLS handshake"));
            tls.startHandshake();
            SSLSession session = tls.getSession();
            if (!client.hostnameVerifier().verify(url.host(), session)) {
                throw new SSLPeerUnverifiedException("the server's certificate is not valid for " + url.host());
            }
            client.certificatePinner().check(url.host(), Arrays.asList(session.getPeerCertificates()));
        }

        private SSLSocketFactory sslSocketFactory() throws UnknownServiceException {
            try {
                return client.sslSocketFactory();
            } catch (IllegalStateException cleartextOnly) {
                throw new UnknownServiceException("the OkHttpClient's connection specs do not allow TLS");
            }
        }

        /** Limits the socket to the TLS versions and cipher suites of the first connection spec it can meet. */
        private void enableConnectionSpec(SSLSocket tls) throws UnknownServiceException {
            for (ConnectionSpec spec : client.connectionSpecs()) {
                if (spec.isCompatible(tls)) {
                    List<TlsVersion> versions = spec.tlsVersions();
                    if (versions != null) {
                        tls.setEnabledProtocols(intersect(tls.getEnabledProtocols(),
                                versions.stream().map(TlsVersion::javaName).toList(), false));
                    }
                    List<CipherSuite> suites = spec.cipherSuites();
                    if (suites != null) {
                        tls.setEnabledCipherSuites(intersect(tls.getEnabledCipherSuites(),
                                suites.stream().map(CipherSuite::javaName).toList(), true));
                    }
                    return;
                }
            }
            throw new UnknownServiceException("none of the OkHttpClient's TLS connection specs fits the TLS "
                    + "versions and cipher suites this JVM enables");
        }
    }

    /**
     * Keeps the names in {@code enabled} (in their order) that {@code wanted} lists; cipher suite names are
     * compared without their {@code TLS_}/{@code SSL_} prefix, which differs between OkHttp and some JVMs.
     */
    private static String[] intersect(String[] enabled, List<String> wanted, boolean cipherSuites) {
        Set<String> keys = new HashSet<>();
        for (String name : wanted) {
            keys.add(cipherSuites ? withoutPrefix(name) : name);
        }
        return Arrays.stream(enabled).filter(name -> keys.contains(cipherSuites ? withoutPrefix(name) : name))
                .toArray(String[]::new);
    }

    private static String withoutPrefix(String cipherSuite) {
        return cipherSuite.startsWith("TLS_") || cipherSuite.startsWith("SSL_") ? cipherSuite.substring(4)
                : cipherSuite;
    }
}
