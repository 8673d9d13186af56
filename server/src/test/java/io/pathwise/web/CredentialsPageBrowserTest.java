package io.pathwise.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.pathwise.demo.DemoAccounts;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.TestOrganization;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API credentials page (/admin/credentials): a tenant admin lists, creates and revokes the
 * key-and-secret credentials of machine clients, and the LRS honours what the page did. Each test
 * works in an organization of its own, so the lists it reads hold only its credentials.
 */
@IntegrationTest
class CredentialsPageBrowserTest extends BrowserTest {

    @Test
    void aTenantAdminCreatesACredentialAndSeesItsSecretOnlyOnce() {
        TestOrganization organization = TestOrganization.signUp(api);
        BrowserSupport.signIn(page, organization.adminEmail(), TestOrganization.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API credentials")).click();
        page.waitForURL("**/admin/credentials");
        assertThat(page.locator("#no-credentials")).isVisible();
        BrowserSupport.assertAccessible(page, "the credentials page with no credentials");

        page.getByLabel("Label").fill("Quiz widget");
        assertThat(scope("statements/write")).isChecked();
        assertThat(scope("statements/read/mine")).isChecked();
        scope("state").check();
        Response created = page.waitForResponse(
                response -> response.request().method().equals("POST") && response.url().endsWith("/admin/credentials"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create credential")).click());

        assertThat(created.headerValue("cache-control")).contains("no-store");
        assertThat(page.locator("#created-credential")).containsText("it will not be shown again");
        String key = page.locator("#new-key").textContent().trim();
        String secret = page.locator("#new-secret").textContent().trim();
        assertThat(key).isNotBlank();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(key);
        Locator row = credentialRow(key);
        assertThat(row.locator("td.label")).hasText("Quiz widget");
        assertThat(row.locator("td.scopes")).hasText("statements/write, statements/read/mine, state");
        assertThat(row.locator("td.status")).hasText("Active");
        BrowserSupport.assertAccessible(page, "the credentials page showing a new secret");

        assertThat(storeStatement(key, secret).status()).as("the new credential on the LRS").isEqualTo(200);

        page.navigate("/admin/credentials");
        assertThat(credentialRow(key)).isVisible();
        assertThat(page.locator("#new-secret")).hasCount(0);
        assertThat(page.content()).doesNotContain(secret);
    }

    @Test
    void revokingACredentialMakesTheLrsRefuseItWith401() {
        TestOrganization organization = TestOrganization.signUp(api);
        JsonNode credential = createThroughApi(organization, "Old quiz");
        String key = credential.get("credential").get("key").asString();
        String secret = credential.get("secret").asString();
        assertThat(storeStatement(key, secret).status()).as("before revocation").isEqualTo(200);

        BrowserSupport.signIn(page, organization.adminEmail(), TestOrganization.PASSWORD);
        page.navigate("/admin/credentials");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke Old quiz")).click();
        page.waitForURL("**/admin/credentials");

        assertThat(page.locator("#revoked-credential")).containsText("Revoked Old quiz");
        assertThat(credentialRow(key).locator("td.status")).containsText("Revoked");
        assertThat(credentialRow(key).getByRole(AriaRole.BUTTON)).hasCount(0);
        BrowserSupport.assertAccessible(page, "the credentials page after a revocation");

        assertThat(storeStatement(key, secret).status()).as("after revocation").isEqualTo(401);
    }

    @Test
    void problemsWithTheFormAreShownNextToTheirFields() {
        TestOrganization organization = TestOrganization.signUp(api);
        BrowserSupport.signIn(page, organization.adminEmail(), TestOrganization.PASSWORD);
        page.navigate("/admin/credentials");

        page.getByLabel("Label").fill("   ");
        scope("statements/write").uncheck();
        scope("statements/read/mine").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create credential")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The credential was not created");
        assertThat(page.locator("#label-error")).hasText("Label: must be 1 to 200 characters");
        assertThat(page.getByLabel("Label")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#scopes-error")).hasText("Scopes: choose at least one");
        assertThat(page.locator("#created-credential")).hasCount(0);
        assertThat(page.locator("#no-credentials")).isVisible();
        BrowserSupport.assertAccessible(page, "the credentials page with problems in the form");

        page.getByLabel("Label").fill("Reporting script");
        scope("all/read").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create credential")).click();
        assertThat(page.locator("#created-credential")).containsText("Reporting script");
        assertThat(page.locator("#scopes-error")).hasCount(0);
    }

    @Test
    void onlyTenantAdminsMayOpenTheCredentialsPage() {
        BrowserSupport.signIn(page, DemoAccounts.INSTRUCTOR_EMAIL, DemoAccounts.INSTRUCTOR_PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statements").setExact(true)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API credentials"))).hasCount(0);
        // The error page has no form, so the session's token is read here first.
        String csrf = csrfToken();
        assertThat(page.navigate("/admin/credentials").status()).isEqualTo(403);
        APIResponse create = page.request().post(api.baseUrl() + "/admin/credentials", RequestOptions.create()
                .setForm(FormData.create().set("_csrf", csrf).set("label", "Sneaky").set("scopes", "all"))
                .setMaxRedirects(0));
        assertThat(create.status()).as("an instructor creating a credential").isEqualTo(403);
        context.clearCookies();

        BrowserSupport.signIn(page, DemoAccounts.LEARNER_EMAIL, DemoAccounts.LEARNER_PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API credentials"))).hasCount(0);
        assertThat(page.navigate("/admin/credentials").status()).isEqualTo(403);
        context.clearCookies();

        BrowserSupport.signIn(page, DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API credentials"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statements").setExact(true)))
                .isVisible();
        assertThat(page.navigate("/admin/credentials").status()).isEqualTo(200);
        assertThat(credentialRow(DemoAccounts.XAPI_KEY)).isVisible();
    }

    @Test
    void aCredentialOfAnotherOrganizationCannotBeRevokedAndRevokingNeedsTheCsrfToken() {
        TestOrganization ours = TestOrganization.signUp(api);
        TestOrganization theirs = TestOrganization.signUp(api);
        JsonNode their = createThroughApi(theirs, "Their quiz");
        String theirId = their.get("credential").get("id").asString();
        BrowserSupport.signIn(page, ours.adminEmail(), TestOrganization.PASSWORD);
        page.navigate("/admin/credentials");
        String revoke = api.baseUrl() + "/admin/credentials/" + theirId + "/revoke";

        APIResponse withoutToken = page.request().post(revoke, RequestOptions.create().setMaxRedirects(0));
        APIResponse otherOrganization = page.request().post(revoke, RequestOptions.create()
                .setForm(FormData.create().set("_csrf", csrfToken())).setMaxRedirects(0));
        APIResponse unknown = page.request().post(api.baseUrl() + "/admin/credentials/" + UUID.randomUUID() + "/revoke",
                RequestOptions.create().setForm(FormData.create().set("_csrf", csrfToken())).setMaxRedirects(0));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(otherOrganization.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(storeStatement(their.get("credential").get("key").asString(), their.get("secret").asString())
                .status()).as("their credential still works").isEqualTo(200);
    }

    @Test
    void theCredentialsPageFitsAPhone() {
        TestOrganization organization = TestOrganization.signUp(api);
        createThroughApi(organization, "A client with a rather long label that has to wrap on a phone");
        BrowserContext phone = browser.newContext(api.baseUrl(), 360, 740);
        try {
            Page small = phone.newPage();
            BrowserSupport.signIn(small, organization.adminEmail(), TestOrganization.PASSWORD);
            small.navigate("/admin/credentials");
            small.getByLabel("Label").fill("Phone client");
            small.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create credential")).click();
            assertThat(small.locator("#created-credential")).isVisible();

            assertThat(BrowserSupport.scrollWidth(small)).as("width of the credentials page at 360 px")
                    .isLessThanOrEqualTo(360);
            BrowserSupport.assertAccessible(small, "the credentials page on a phone");
        } finally {
            phone.close();
        }
    }

    private Locator scope(String scope) {
        return page.locator("input[name=scopes][value='" + scope + "']");
    }

    private Locator credentialRow(String key) {
        return page.locator("#credentials tr.credential[data-key='" + key + "']");
    }

    /** The CSRF token of the signed-in session, from a form of the page (the sign-out form is on every page). */
    private String csrfToken() {
        return page.locator("input[name=_csrf]").first().inputValue();
    }

    private JsonNode createThroughApi(TestOrganization organization, String label) {
        Api.Response created = api.post("/api/v1/credentials", organization.adminToken(),
                Map.of("label", label, "scopes", List.of("statements/write")));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json();
    }

    private Api.Response storeStatement(String key, String secret) {
        return XapiStatements.post(api, key, secret, List.of(XapiStatements.statement(UUID.randomUUID(),
                XapiStatements.mbox("A learner", "learner@example.org"), "http://adlnet.gov/expapi/verbs/attempted",
                "attempted", XapiStatements.uniqueIri("activities"), "Credential check", null)));
    }
}
