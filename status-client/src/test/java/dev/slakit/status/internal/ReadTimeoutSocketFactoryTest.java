package dev.slakit.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadTimeoutSocketFactoryTest {

    private static final int READ_TIMEOUT = 150;

    private ServerSocket server;
    private final List<Socket> accepted = new ArrayList<>();
    private final ReadTimeoutSocketFactory factory = new ReadTimeoutSocketFactory(READ_TIMEOUT);

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws IOException {
        server.close();
        for (Socket s : accepted) {
            s.close();
        }
    }

    @Test
    void noTimeoutMeansTheReadTimeoutAndOtherValuesApplyAsGiven() throws IOException {
        try (Socket socket = factory.createSocket()) {
            assertThat(socket.getSoTimeout()).isEqualTo(READ_TIMEOUT);
            socket.setSoTimeout(0);
            assertThat(socket.getSoTimeout()).as("OkHttp's 0 becomes the read timeout").isEqualTo(READ_TIMEOUT);
            socket.setSoTimeout(1);
            assertThat(socket.getSoTimeout()).as("a health check's 1 ms stays").isEqualTo(1);
        }
    }

    @Test
    void aSilentPeerFailsTheReadAfterTheReadTimeout() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        int port = server.getLocalPort();
        List<Socket> sockets = new ArrayList<>();
        sockets.add(factory.createSocket(loopback.getHostAddress(), port));
        sockets.add(factory.createSocket(loopback.getHostAddress(), port, loopback, 0));
        sockets.add(factory.createSocket(loopback, port));
        sockets.add(factory.createSocket(loopback, port, loopback, 0));
        try {
            for (Socket socket : sockets) {
                accepted.add(server.accept());
                assertThat(socket.isConnected()).isTrue();
                assertThat(socket.getSoTimeout()).isEqualTo(READ_TIMEOUT);
                long start = System.nanoTime();
                assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
                long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
                assertThat(elapsedMillis).isBetween((long) READ_TIMEOUT - 20, 5_000L);
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void aTlsSocketLayeredOnItKeepsTheReadTimeoutThroughTheHandshake() throws IOException {
        try (Socket raw = factory.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                        .createSocket(raw, "localhost", server.getLocalPort(), true)) {
            accepted.add(server.accept());
            // What OkHttp does with its read timeout switched off.
            tls.setSoTimeout(0);
            assertThat(raw.getSoTimeout()).isEqualTo(READ_TIMEOUT);
            long start = System.nanoTime();
            assertThatThrownBy(tls::startHandshake).isInstanceOf(SocketTimeoutException.class);
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(elapsedMillis).as("the silent peer is given up after the read timeout")
                    .isBetween((long) READ_TIMEOUT - 20, 5_000L);
        }
    }

    @Test
    void aRefusedConnectionClosesTheSocketAndThrows() throws IOException {
        int port = server.getLocalPort();
        server.close();
        assertThatThrownBy(() -> factory.createSocket(InetAddress.getLoopbackAddress(), port))
                .isInstanceOf(IOException.class);
    }
}
