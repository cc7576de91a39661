package dev.slakit.testing.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on a raw {@link ServerSocket}: persistent connections, Content-Length and chunked
 * request bodies, and byte-level control of the reply (needed to disconnect or truncate on purpose). The JDK's
 * {@code com.sun.net.httpserver} cannot send a short body or drop a connection on demand, hence this class.
 * Internal; not part of the API. Thread-safe.
 */
public final class MiniHttpServer implements Closeable {

    /** Handles one request; must not throw. */
    public interface Handler {
        /**
         * @param request the parsed request
         * @return the reply to write
         */
        RawHttpReply handle(RawHttpRequest request);
    }

    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 200;
    private static final int MAX_BODY = 1024 * 1024;
    private static final int IDLE_TIMEOUT_MILLIS = 10_000;
    private static final AtomicInteger SERVER_IDS = new AtomicInteger();

    private final ServerSocket serverSocket;
    private final Handler handler;
    private final ThreadPoolExecutor workers;
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    /**
     * Binds and starts accepting.
     *
     * @param address the address to bind
     * @param port the port, 0 for a free one
     * @param maxThreads the most connections served at once
     * @param handler the request handler
     * @throws IOException if the port cannot be bound
     */
    public MiniHttpServer(InetAddress address, int port, int maxThreads, Handler handler) throws IOException {
        this.handler = handler;
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(address, port), 128);
        final int serverId = SERVER_IDS.incrementAndGet();
        final AtomicInteger threadIds = new AtomicInteger();
        ThreadFactory factory = new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "fake-status-server-" + serverId + "-worker-" + threadIds.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        };
        // No queue: a connection beyond maxThreads is refused at once rather than left hanging.
        this.workers = new ThreadPoolExecutor(0, maxThreads, 30, TimeUnit.SECONDS,
                new SynchronousQueue<Runnable>(), factory);
        this.acceptor = new Thread(new Runnable() {
            @Override
            public void run() {
                acceptLoop();
            }
        }, "fake-status-server-" + serverId + "-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the bound port */
    public int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            final Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            openSockets.add(socket);
            try {
                workers.execute(new Runnable() {
                    @Override
                    public void run() {
                        serve(socket);
                    }
                });
            } catch (RejectedExecutionException e) {
                closeQuietly(socket);
            }
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (!closed) {
                RawHttpRequest request;
                try {
                    request = readRequest(in, out);
                } catch (BadRequestException e) {
                    writeSimple(out, 400, "Bad Request");
                    return;
                }
                if (request == null) {
                    return;
                }
                RawHttpReply reply = handler.handle(request);
                if (!write(reply, request, out)) {
                    return;
                }
            }
        } catch (SocketTimeoutException | SocketException e) {
            // Idle keep-alive connection timed out, or the client or close() dropped it.
        } catch (IOException e) {
            // A client went away mid-request; nothing to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            openSockets.remove(socket);
            closeQuietly(socket);
        }
    }

    /** @return true to keep the connection open for another request */
    private boolean write(RawHttpReply reply, RawHttpRequest request, OutputStream out)
            throws IOException, InterruptedException {
        if (reply.delayMillis() > 0) {
            Thread.sleep(reply.delayMillis());
        }
        if (reply.mode() == RawHttpReply.Mode.DISCONNECT) {
            return false;
        }
        boolean keepAlive = reply.mode() == RawHttpReply.Mode.NORMAL && wantsKeepAlive(request);
        byte[] body = reply.body();
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(reply.status()).append(' ').append(reason(reply.status())).append("\r\n");
        for (String[] header : reply.headers()) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (reply.mode() == RawHttpReply.Mode.TRUNCATE) {
            out.write(body, 0, body.length / 2);
            out.flush();
            return false;
        }
        if (!"HEAD".equals(request.method())) {
            out.write(body); // a reply to HEAD announces the length but carries no body (RFC 9110 9.3.2)
        }
        out.flush();
        return keepAlive;
    }

    private static boolean wantsKeepAlive(RawHttpRequest request) {
        String connection = request.header("Connection");
        String tokens = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
        if ("HTTP/1.0".equals(request.version())) {
            return tokens.contains("keep-alive"); // HTTP/1.0 closes unless asked otherwise
        }
        return !tokens.contains("close");
    }

    private RawHttpRequest readRequest(InputStream in, OutputStream out) throws IOException {
        String requestLine = readLine(in);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = readLine(in); // tolerate stray CRLF between requests (RFC 7230 3.5)
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new BadRequestException();
        }
        Map<String, List<String>> headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        for (int count = 0; ; count++) {
            String line = readLine(in);
            if (line == null) {
                throw new BadRequestException();
            }
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || count >= MAX_HEADERS) {
                throw new BadRequestException();
            }
            String name = line.substring(0, colon).trim();
            List<String> values = headers.get(name);
            if (values == null) {
                values = new ArrayList<String>(1);
                headers.put(name, values);
            }
            values.add(line.substring(colon + 1).trim());
        }
        if ("100-continue".equalsIgnoreCase(first(headers, "Expect"))) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        byte[] body;
        String transferEncoding = first(headers, "Transfer-Encoding");
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = readChunked(in);
        } else {
            String length = first(headers, "Content-Length");
            int n = 0;
            if (length != null) {
                try {
                    n = Integer.parseInt(length.trim());
                } catch (NumberFormatException e) {
                    throw new BadRequestException();
                }
            }
            if (n < 0 || n > MAX_BODY) {
                throw new BadRequestException();
            }
            body = readFully(in, n);
        }
        return new RawHttpRequest(parts[0], parts[1], parts[2], headers, body);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new BadRequestException();
            }
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new BadRequestException();
            }
            if (size < 0 || body.size() + size > MAX_BODY) {
                throw new BadRequestException();
            }
            if (size == 0) {
                String trailer;
                do {
                    trailer = readLine(in);
                } while (trailer != null && !trailer.isEmpty());
                return body.toByteArray();
            }
            body.write(readFully(in, size));
            readLine(in); // the CRLF after the chunk data
        }
    }

    private static byte[] readFully(InputStream in, int n) throws IOException {
        byte[] data = new byte[n];
        int read = 0;
        while (read < n) {
            int r = in.read(data, read, n - read);
            if (r < 0) {
                throw new BadRequestException();
            }
            read += r;
        }
        return data;
    }

    /** Reads a CRLF- (or LF-) terminated ISO-8859-1 line; null at end of stream before any byte. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.length() == 0) {
                    return null;
                }
                throw new BadRequestException();
            }
            if (b == '\n') {
                int len = line.length();
                if (len > 0 && line.charAt(len - 1) == '\r') {
                    line.setLength(len - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new BadRequestException();
            }
            line.append((char) b);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void writeSimple(OutputStream out, int status, String text) {
        try {
            out.write(("HTTP/1.1 " + status + " " + text + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException ignored) {
            // The client is gone; nothing more to do.
        }
    }

    static String reason(int status) {
        switch (status) {
            case 200:
                return "OK";
            case 400:
                return "Bad Request";
            case 403:
                return "Forbidden";
            case 404:
                return "Not Found";
            case 429:
                return "Too Many Requests";
            case 500:
                return "Internal Server Error";
            case 502:
                return "Bad Gateway";
            case 503:
                return "Service Unavailable";
            case 504:
                return "Gateway Timeout";
            default:
                return "Status " + status;
        }
    }

    /** Stops accepting, drops every open connection and stops the workers (interrupting slow replies). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(serverSocket);
        for (Socket socket : openSockets) {
            closeQuietly(socket);
        }
        workers.shutdownNow();
        try {
            acceptor.join(2000);
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
    }

    /** A request the server cannot parse: answered with a bare 400 and the connection closed. */
    private static final class BadRequestException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
