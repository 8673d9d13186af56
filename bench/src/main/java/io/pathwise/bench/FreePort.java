package io.pathwise.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port in 18000-18999 that nothing listens on right now. That range is reserved for benchmarks
 * so they never collide with a developer's server on 8080 or with tests using random ports; the
 * random starting point keeps back-to-back runs off ports still in TIME_WAIT.
 */
final class FreePort {

    static final int FIRST = 18000;
    static final int LAST = 18999;

    private FreePort() {
    }

    static int pick() {
        int span = LAST - FIRST + 1;
        int offset = ThreadLocalRandom.current().nextInt(span);
        for (int i = 0; i < span; i++) {
            int port = FIRST + (offset + i) % span;
            // Bind on the wildcard address, as Tomcat does, so a port taken on any interface is skipped.
            try (ServerSocket probe = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port in " + FIRST + "-" + LAST);
    }
}
