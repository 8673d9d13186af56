package io.pathwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.demo.DemoAccounts;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CourseListTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoLearnerSeesThePublishedFractionsCourse() {
        Api api = new Api(port);
        String token = api.signIn(DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        Api.Response response = api.get("/api/v1/courses", token);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items")).hasSize(1);
        assertThat(response.json().get("items").get(0).get("title").asString()).isEqualTo("Fractions");
    }
}
