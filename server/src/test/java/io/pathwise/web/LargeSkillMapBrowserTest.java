package io.pathwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.catalog.JunyiGraph;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.TestOrganization;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The skill map at real size: the Junyi Academy graph (835 skills after merging its repeated rows)
 * draws every skill and edge, and the list below the map can be searched.
 */
@IntegrationTest
class LargeSkillMapBrowserTest extends BrowserTest {

    @Test
    void drawsEverySkillAndPrerequisiteOfTheJunyiGraphAndLetsTheLearnerSearchTheList() {
        TestOrganization organization = TestOrganization.signUp(api);
        Map<String, List<String>> graph = JunyiGraph.load().graph(true);
        int edges = graph.values().stream().mapToInt(List::size).sum();
        Api.Response imported = api.postZip("/api/v1/course-packages", organization.adminToken(),
                JunyiGraph.load().packageZip("junyi", graph));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);

        BrowserSupport.BrowserErrors errors = BrowserSupport.BrowserErrors.watch(page);
        BrowserSupport.signIn(page, organization.adminEmail(), TestOrganization.PASSWORD);
        page.navigate(api.baseUrl() + "/courses/junyi");
        page.waitForSelector("#skill-map[data-rendered-nodes]");

        assertThat(page.getAttribute("#skill-map", "data-rendered-nodes")).isEqualTo(String.valueOf(graph.size()));
        assertThat(page.getAttribute("#skill-map", "data-rendered-edges")).isEqualTo(String.valueOf(edges));
        assertThat(page.locator("#skill-list-items li").count()).isEqualTo(graph.size());
        page.locator("#skill-map").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/junyi-skill-map.png")));

        String firstSkill = page.locator("#skill-list-items li strong").first().textContent();
        page.fill("#skill-filter", firstSkill);
        int shown = page.locator("#skill-list-items li:not(.hidden)").count();
        assertThat(shown).isPositive().isLessThan(graph.size());
        assertThat(errors.messages()).isEmpty();
    }
}
