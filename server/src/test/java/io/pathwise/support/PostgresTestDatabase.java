package io.pathwise.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs a test class against a real PostgreSQL server: a fresh database is created for the Spring
 * context, so runs never see each other's data. The server is named by the environment variable
 * {@value #VARIABLE} (a JDBC URL of any existing database, with user and password as URL
 * parameters). Without it the tests are skipped with a message, except under {@code CI=true},
 * where a missing PostgreSQL fails the run.
 */
public final class PostgresTestDatabase implements ExecutionCondition,
        ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String VARIABLE = "PATHWISE_TEST_POSTGRES_URL";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(VARIABLE + " is not set, and CI=true requires the PostgreSQL tests to run "
                        + "(.ci/run sets it after starting PostgreSQL).");
            }
            return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: set " + VARIABLE
                    + "=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres to run them.");
        }
        return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "pathwise_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = create(database);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", url)));
        // Dropped when the context closes (Spring caches it until the test JVM ends), after every
        // bean: disposable beans go in the reverse order of their registration, and this one is the
        // first. A JVM shutdown hook of its own raced the context's closing: when it dropped the
        // database first, the Event Publication Registry's last query waited 30 s for a connection.
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean(
                "postgresTestDatabaseDrop", () -> drop(database));
    }

    /**
     * Creates an empty database of this name on the server of {@value #VARIABLE} and returns its
     * JDBC URL (with the server URL's parameters); {@link #drop(String)} removes it.
     */
    public static String create(String database) {
        String serverUrl = System.getenv(VARIABLE);
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + serverUrl + ": " + e.getMessage(), e);
        }
        String base = serverUrl.substring(0, serverUrl.indexOf('/', "jdbc:postgresql://".length()) + 1);
        String parameters = serverUrl.contains("?") ? serverUrl.substring(serverUrl.indexOf('?')) : "";
        return base + database + parameters;
    }

    /** Drops a database made by {@link #create(String)}, closing any connection still open to it. */
    public static void drop(String database) {
        String serverUrl = System.getenv(VARIABLE);
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop the test database " + database + ": " + e.getMessage());
        }
    }
}
