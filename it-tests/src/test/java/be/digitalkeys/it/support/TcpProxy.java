package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay in front of a real server (here PostgreSQL), so a test can take the
 * server "down" for Keycloak without stopping it: {@link #refuse()} closes every connection and
 * the port (connection refused), {@link #blackhole()} accepts connections and never answers
 * (a network that swallows packets), {@link #restore()} relays again on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    private enum Mode { RELAY, BLACKHOLE }

    private final int port;
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.RELAY;
    private volatile ServerSocket server;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = first.getLocalPort();
        listen(first);
    }

    public int port() {
        return port;
    }

    public synchronized void refuse() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        dropAll();
    }

    public synchronized void blackhole() throws IOException {
        mode = Mode.BLACKHOLE;
        dropAll();
        if (server == null) {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listen(again);
        }
    }

    public synchronized void restore() throws IOException {
        mode = Mode.RELAY;
        dropAll();
        if (server == null) {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listen(again);
        }
    }

    private void listen(ServerSocket socket) {
        server = socket;
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    open.add(client);
                    if (mode == Mode.RELAY) {
                        relay(client);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "tcp-proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void relay(Socket client) {
        try {
            Socket upstream = new Socket();
            upstream.connect(target, 2000);
            open.add(upstream);
            pump(client, upstream);
            pump(upstream, client);
        } catch (IOException e) {
            close(client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // connection ended
            } finally {
                close(from);
                close(to);
            }
        }, "tcp-proxy-pump-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private void dropAll() {
        for (Socket socket : open) {
            close(socket);
        }
        open.clear();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public synchronized void close() throws IOException {
        refuse();
    }
}
