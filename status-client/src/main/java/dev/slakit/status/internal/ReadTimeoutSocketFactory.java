package dev.slakit.status.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * Plain sockets that enforce the read timeout themselves with {@code SO_TIMEOUT}, so that the OkHttp client
 * the status client owns can run with OkHttp's own read timeout switched off.
 *
 * <p>Why: OkHttp enforces its read timeout with okio's {@code AsyncTimeout}, which puts every timed socket
 * read into a queue watched by one daemon thread and wakes that thread whenever the read becomes the
 * earliest deadline, that is, on practically every read. On a loaded two-core machine those wake-ups cost
 * more than the client's own work per call. {@code SO_TIMEOUT} is checked by the kernel's poll in the reading
 * thread itself and needs no other thread. The semantics are the same: each blocking read of a socket
 * (including the TLS handshake, which reads through this socket) fails with a
 * {@link java.net.SocketTimeoutException} after {@code readTimeoutMillis} without data.
 *
 * <p>OkHttp sets {@code SO_TIMEOUT} to its configured read timeout (0) on connect and on every exchange;
 * these sockets read that 0 as "the status client's read timeout". Any other value (such as the 1 ms of
 * OkHttp's idle-connection health check) is applied as given.
 */
final class ReadTimeoutSocketFactory extends SocketFactory {

    private final int readTimeoutMillis;

    /** @param readTimeoutMillis the read timeout of every socket, positive */
    ReadTimeoutSocketFactory(int readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
    }

    @Override
    public Socket createSocket() throws SocketException {
        ReadTimeoutSocket socket = new ReadTimeoutSocket(readTimeoutMillis);
        socket.setSoTimeout(0);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null, 0);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null, 0);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), localAddress, localPort);
    }

    private Socket connected(InetSocketAddress remote, InetAddress localAddress, int localPort) throws IOException {
        Socket socket = createSocket();
        try {
            if (localAddress != null || localPort != 0) {
                socket.bind(new InetSocketAddress(localAddress, localPort));
            }
            socket.connect(remote);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** A socket whose "no timeout" means the configured read timeout. */
    static final class ReadTimeoutSocket extends Socket {
        private final int readTimeoutMillis;

        ReadTimeoutSocket(int readTimeoutMillis) {
            this.readTimeoutMillis = readTimeoutMillis;
        }

        @Override
        public synchronized void setSoTimeout(int timeout) throws SocketException {
            super.setSoTimeout(timeout == 0 ? readTimeoutMillis : timeout);
        }
    }
}
