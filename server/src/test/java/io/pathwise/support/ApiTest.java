package io.pathwise.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of tests that talk to the running server over HTTP. Annotate the concrete class with
 * {@link IntegrationTest} or {@link PostgresIntegrationTest} (or nest it in one) to choose the
 * database; the test bodies are the same on both.
 */
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }
}
