package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.pathwise.demo.DemoAccounts;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.UserView;
import io.pathwise.lrs.LrsApi;
import io.pathwise.lrs.StatementBrowser;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.TestOrganization;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The statement browser (/lrs/statements): tenant admins and instructors look through their
 * organization's xAPI statements, filter them and read each one's JSON. Every test works on
 * statements with IRIs of its own, sent to the demo organization's LRS with the demo credential,
 * so that statements other tests store never change what it finds.
 */
@IntegrationTest
class StatementBrowserTest extends BrowserTest {

    private static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";

    @Autowired
    IdentityApi identity;

    @Autowired
    LrsApi lrs;

    @Test
    void anInstructorFiltersByVerbAndReadsTheFullJsonOfAStatement() {
        String verb = XapiStatements.uniqueIri("verbs");
        String activity = XapiStatements.uniqueIri("activities");
        UUID mastered = UUID.randomUUID();
        postToDemo(List.of(
                XapiStatements.statement(mastered, XapiStatements.mbox("Ada Lovelace", "ada@example.org"), verb,
                        "mastered", activity, "Fractions quiz",
                        Map.of("score", Map.of("scaled", 0.85, "raw", 17, "max", 20), "success", true)),
                XapiStatements.statement(UUID.randomUUID(), XapiStatements.mbox("Ada Lovelace", "ada@example.org"),
                        ATTEMPTED, "attempted", activity, "Fractions quiz", null)));

        BrowserSupport.signIn(page, DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statements").setExact(true)).click();
        page.waitForURL("**/lrs/statements");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Statements").setLevel(1)))
                .isVisible();
        BrowserSupport.assertAccessible(page, "the statement browser, unfiltered");

        page.getByLabel("Verb IRI").fill(verb);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show statements")).click();
        page.waitForURL("**/lrs/statements?**");

        Locator rows = page.locator("#statements tbody.statement");
        assertThat(rows).hasCount(1);
        Locator row = rows.first();
        assertThat(row.locator("td.actor")).containsText("Ada Lovelace");
        assertThat(row.locator("td.actor")).containsText("mbox:mailto:ada@example.org");
        assertThat(row.locator("td.verb")).containsText("mastered");
        assertThat(row.locator("td.verb")).containsText(verb);
        assertThat(row.locator("td.object")).containsText("Fractions quiz");
        assertThat(row.locator("td.object")).containsText(activity);
        assertThat(row.locator("td.result")).containsText("17 / 20 (85%)");
        assertThat(row.locator("td.result")).containsText("Passed");
        assertThat(page.getByLabel("Verb IRI")).hasValue(verb);

        Locator json = row.locator("details pre");
        assertThat(json).isHidden();
        row.locator("summary").click();
        assertThat(json).isVisible();
        assertThat(json).containsText(mastered.toString());
        assertThat(json).containsText("\"stored\"");
        assertThat(json).containsText("\"authority\"");
        BrowserSupport.assertAccessible(page, "the statement browser filtered by verb, with a statement's JSON open");
    }

    @Test
    void aLearnersEmailFindsTheirStatementsUnderTheirMboxAndUnderTheirPathwiseAccount() {
        String activity = XapiStatements.uniqueIri("activities");
        UserView learner = identity.tenantBySlug(DemoAccounts.TENANT_SLUG)
                .flatMap(demo -> identity.userByEmail(demo.id(), DemoAccounts.LEARNER_EMAIL)).orElseThrow();
        // As Pathwise itself records a learner: under their account on this installation.
        UUID byAccount = UUID.randomUUID();
        ObjectNode recorded = Api.json().valueToTree(XapiStatements.statement(byAccount, Map.of(), ATTEMPTED,
                "attempted", activity, "Comparing fractions", null));
        recorded.set("actor", lrs.userAgent(learner.id(), null));
        lrs.record(learner.tenantId(), List.<JsonNode>of(recorded));
        // As outside xAPI content records them: by e-mail address.
        UUID byMbox = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        postToDemo(List.of(
                XapiStatements.statement(byMbox, XapiStatements.mbox("Demo learner", DemoAccounts.LEARNER_EMAIL),
                        ATTEMPTED, "attempted", activity, "Comparing fractions", null),
                XapiStatements.statement(someoneElse, XapiStatements.mbox("Someone else", "someone@example.org"),
                        ATTEMPTED, "attempted", activity, "Comparing fractions", null)));

        BrowserSupport.signIn(page, DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD);
        page.navigate("/lrs/statements");
        page.getByLabel("Learner e-mail or agent identifier").fill(DemoAccounts.LEARNER_EMAIL);
        page.getByLabel("Activity IRI").fill(activity);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show statements")).click();
        page.waitForURL("**/lrs/statements?**");

        assertThat(page.locator("#statements tbody.statement")).hasCount(2);
        assertThat(statementIds()).containsExactly(byMbox.toString(), byAccount.toString());
        // The account is shown as the person it names: their e-mail address, which the filter accepts.
        Locator accountRow = page.locator("#statements tbody.statement").nth(1);
        assertThat(accountRow.locator("td.actor")).containsText(learner.displayName());
        assertThat(accountRow.locator("td.actor")).containsText(DemoAccounts.LEARNER_EMAIL);
    }

    @Test
    void olderLinksPageThroughTheStatementsWithoutSkippingOrRepeatingAny() {
        String activity = XapiStatements.uniqueIri("activities");
        int total = StatementBrowser.PAGE_SIZE + 5;
        List<Map<String, Object>> batch = new ArrayList<>();
        Set<String> posted = new HashSet<>();
        for (int step = 1; step <= total; step++) {
            UUID id = UUID.randomUUID();
            posted.add(id.toString());
            batch.add(XapiStatements.statement(id, XapiStatements.mbox("Paging learner", "paging@example.org"),
                    ATTEMPTED, "attempted", activity, "Step " + step, null));
        }
        postToDemo(batch);

        BrowserSupport.signIn(page, DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD);
        page.navigate("/lrs/statements?activity=" + URLEncoder.encode(activity, StandardCharsets.UTF_8));
        Locator rows = page.locator("#statements tbody.statement");
        assertThat(rows).hasCount(StatementBrowser.PAGE_SIZE);
        assertThat(rows.first().locator("td.object")).containsText("Step " + total);
        assertThat(rows.last().locator("td.object")).containsText("Step 6");
        List<String> seen = new ArrayList<>(statementIds());

        // A statement stored meanwhile is newer than the pages being read: it must not shift them.
        postToDemo(List.of(XapiStatements.statement(UUID.randomUUID(),
                XapiStatements.mbox("Paging learner", "paging@example.org"), ATTEMPTED, "attempted", activity,
                "Step " + (total + 1), null)));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Older statements")).click();
        page.waitForURL("**/lrs/statements?**cursor=*");
        assertThat(rows).hasCount(5);
        assertThat(rows.first().locator("td.object")).containsText("Step 5");
        assertThat(rows.last().locator("td.object")).containsText("Step 1");
        assertThat(page.getByLabel("Activity IRI")).hasValue(activity);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Older statements"))).hasCount(0);
        seen.addAll(statementIds());
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(posted);
        BrowserSupport.assertAccessible(page, "an older page of statements");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the newest statements")).click();
        assertThat(rows.first().locator("td.object")).containsText("Step " + (total + 1));
    }

    @Test
    void anOrganizationWithoutStatementsSeesThatThereAreNone() {
        TestOrganization organization = TestOrganization.signUp(api);
        BrowserSupport.signIn(page, organization.adminEmail(), TestOrganization.PASSWORD);

        Response response = page.navigate("/lrs/statements");

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("#no-statements")).isVisible();
        BrowserSupport.assertAccessible(page, "the statement browser of an organization without statements");
    }

    @Test
    void learnersAreRefusedTheStatementBrowserAndSeeNoLinkToIt() {
        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statements").setExact(true)))
                .hasCount(0);

        Response response = page.navigate("/lrs/statements");

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("#statements")).hasCount(0);
    }

    @Test
    void statementsOfAnotherOrganizationAreNeverShown() {
        TestOrganization other = TestOrganization.signUp(api);
        Api.Response credential = api.post("/api/v1/credentials", other.adminToken(),
                Map.of("label", "Their quiz", "scopes", List.of("all")));
        assertThat(credential.status()).as("%s", credential).isEqualTo(201);
        String verb = XapiStatements.uniqueIri("verbs");
        // Even about a learner with the same e-mail address as one of the demo organization's.
        Api.Response stored = XapiStatements.post(api, credential.json().get("credential").get("key").asString(),
                credential.json().get("secret").asString(), List.of(XapiStatements.statement(UUID.randomUUID(),
                        XapiStatements.mbox("Their learner", DemoAccounts.LEARNER_EMAIL), verb, "their verb",
                        XapiStatements.uniqueIri("activities"), "Their activity", null)));
        assertThat(stored.status()).as("%s", stored).isEqualTo(200);

        // Their own admin sees it, so a leak would be visible below.
        BrowserSupport.signIn(page, other.adminEmail(), TestOrganization.PASSWORD);
        page.navigate("/lrs/statements?verb=" + URLEncoder.encode(verb, StandardCharsets.UTF_8));
        assertThat(page.locator("#statements tbody.statement")).hasCount(1);
        context.clearCookies();

        BrowserSupport.signIn(page, DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD);
        page.navigate("/lrs/statements?verb=" + URLEncoder.encode(verb, StandardCharsets.UTF_8));
        assertThat(page.locator("#no-statements")).isVisible();
        assertThat(page.locator("#statements")).hasCount(0);
        page.navigate("/lrs/statements?agent=" + URLEncoder.encode(DemoAccounts.LEARNER_EMAIL, StandardCharsets.UTF_8));
        assertThat(page.locator("main")).not().containsText("their verb");
        page.navigate("/lrs/statements");
        assertThat(page.locator("main")).not().containsText("their verb");
        assertThat(page.locator("main")).not().containsText(verb);
    }

    @Test
    void filterInputTheLrsCannotUseIsExplainedNextToItsField() {
        BrowserSupport.signIn(page, DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD);
        page.navigate("/lrs/statements");
        page.getByLabel("Verb IRI").fill("completed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show statements")).click();
        page.waitForURL("**/lrs/statements?**");

        assertThat(page.locator("#verb-error")).containsText("must be an absolute IRI");
        assertThat(page.getByLabel("Verb IRI")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Verb IRI")).hasValue("completed");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("No statements were searched");
        assertThat(page.locator("#statements")).hasCount(0);
        BrowserSupport.assertAccessible(page, "the statement browser with a bad filter");

        Response response = page.navigate("/lrs/statements?agent=nobody&activity=" + URLEncoder.encode("a b",
                StandardCharsets.UTF_8) + "&since=2025-02-30");
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("#agent-error")).containsText("e-mail address or an agent identifier");
        assertThat(page.locator("#activity-error")).containsText("must be an absolute IRI");
        assertThat(page.locator("#since-error")).containsText("must be a date");

        response = page.navigate("/lrs/statements?since=2025-03-10&until=2025-03-01");
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("#until-error")).containsText("must not be before the first day (2025-03-10)");

        response = page.navigate("/lrs/statements?agent=%7B%22mbox%22");
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("#agent-error")).containsText("not valid JSON");

        response = page.navigate("/lrs/statements?cursor=not-a-cursor");
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("not one this page gave");
    }

    @Test
    void theStatementBrowserFitsAPhoneWithAStatementOpen() {
        String activity = XapiStatements.uniqueIri("a-rather-long-activity-path/without-any-spaces-in-it");
        postToDemo(List.of(XapiStatements.statement(UUID.randomUUID(),
                XapiStatements.mbox("Phone learner", "a.learner.with.a.long.address@school.example.org"),
                ATTEMPTED, "attempted", activity, "Step 1", Map.of("score", Map.of("raw", 3), "completion", true))));
        BrowserContext phone = browser.newContext(api.baseUrl(), 360, 740);
        try {
            Page small = phone.newPage();
            BrowserSupport.signIn(small, DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD);
            small.navigate("/lrs/statements?activity=" + URLEncoder.encode(activity, StandardCharsets.UTF_8));
            Locator row = small.locator("#statements tbody.statement");
            assertThat(row).hasCount(1);
            row.locator("summary").click();
            assertThat(row.locator("details pre")).isVisible();

            assertThat(BrowserSupport.scrollWidth(small)).as("width of the statement browser at 360 px")
                    .isLessThanOrEqualTo(360);
            BrowserSupport.assertAccessible(small, "the statement browser on a phone");
        } finally {
            phone.close();
        }
    }

    private void postToDemo(List<? extends Map<String, ?>> statements) {
        Api.Response response = XapiStatements.post(api, DemoAccounts.XAPI_KEY, DemoAccounts.XAPI_SECRET, statements);
        assertThat(response.status()).as("storing statements: %s", response).isEqualTo(200);
    }

    /** The ids of the statements on the page, in the table's order (each row's summary names it). */
    private List<String> statementIds() {
        return page.locator("#statements tbody.statement summary .secondary-inline").allTextContents().stream()
                .map(String::trim).toList();
    }
}
