package io.pathwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.GitProperties;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an operator and an API client find at the well-known addresses. */
@IntegrationTest
class OperationsTest {

    @LocalServerPort
    int port;

    @Autowired
    ObjectProvider<GitProperties> gitProperties;

    @Test
    void reportsLivenessAndReadinessForOrchestrators() {
        Api api = new Api(port);
        assertThat(api.get("/actuator/health/liveness", null).json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness", null).json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetricsIncludingHttpRequests() {
        Api api = new Api(port);
        api.get("/actuator/health", null);
        Api.Response metrics = api.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds");
    }

    @Test
    void theInfoEndpointDoesNotTellAnonymousCallersWhichCommitRuns() {
        GitProperties git = gitProperties.getIfAvailable();
        // Built from a git checkout, the application carries its commit (git.properties, see
        // server/pom.xml); built from a source tree without .git it has nothing to withhold.
        assumeTrue(git != null && git.getShortCommitId() != null, "built without git.properties");

        Api.Response info = new Api(port).get("/actuator/info", null);

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.body()).doesNotContain(git.getShortCommitId()).doesNotContain("\"git\"")
                .doesNotContain("\"build\"");
    }

    @Test
    void publishesTheOpenApiDescriptionOfTheRestApi() {
        Api api = new Api(port);
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains("/api/v1/courses", "/api/v1/auth/token", "/api/v1/course-packages", "/api/v1/courses/{courseId}/members");
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void pagesCarryStrictSecurityHeaders() {
        Api.Response page = new Api(port).get("/sign-in", null);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }
}
