package io.pathwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright for Java, for browser tests. A test class launches it once
 * ({@link #launch()} in a static {@code @BeforeAll}, {@link #close()} in {@code @AfterAll}) and
 * opens a fresh {@link BrowserContext} (own cookies, own session) per test.
 *
 * <p>Playwright never downloads a browser here: the driver comes from the jar and the browser is
 * the distribution's {@value #CHROMIUM}. Without it the browser tests are skipped with a message,
 * except under {@code CI=true}, where a missing browser fails the run. Everything the driver and the
 * browser write (the unpacked driver, profiles, caches, HOME) stays under {@code target/}.
 */
final class BrowserSupport implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";

    /** Every WCAG 2.0, 2.1 and 2.2 A and AA rule that axe-core knows. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts headless Chromium, or skips (fails under CI=true) the calling test class without it. */
    static BrowserSupport launch() {
        Path executable = Path.of(CHROMIUM);
        if (!Files.isExecutable(executable)) {
            String message = "Browser tests need " + CHROMIUM
                    + ": install Debian's chromium (apt-get install chromium) to run the browser tests";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (CI=true requires them to run)");
            }
            Assumptions.abort(message);
        }
        Path root = directory(Path.of("target", "browser").toAbsolutePath());
        Path home = directory(root.resolve("home"));
        Path tmp = directory(root.resolve("tmp"));
        // The Java side unpacks the Node driver here instead of java.io.tmpdir.
        System.setProperty("playwright.driver.tmpdir", directory(root.resolve("driver")).toString());
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                // The driver and the browser it starts inherit these: profiles, caches and
                // artifacts land under target/browser, not in the user's home or /tmp.
                "HOME", home.toString(),
                "TMPDIR", tmp.toString(),
                "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_CACHE_HOME", home.resolve(".cache").toString())));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new BrowserSupport(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile at a laptop's size, with relative URLs resolved against the server. */
    BrowserContext newContext(String baseUrl) {
        return newContext(baseUrl, 1280, 900);
    }

    /** A fresh browser profile with the given viewport. */
    BrowserContext newContext(String baseUrl, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(width, height)
                .setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        return context;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /** Signs in through the sign-in form, as a person would, and waits for the course list. */
    static void signIn(Page page, String email, String password) {
        page.navigate("/sign-in");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/courses");
    }

    /** Runs axe-core on the page as it is now and fails with a readable list of every violation. */
    static void assertAccessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        assertThat(results.isErrored()).as("axe-core failed on %s: %s", what, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe-core checked nothing on %s", what).isNotEmpty();
        assertThat(results.getViolations())
                .as("WCAG 2.2 AA violations on %s (%s):%n%s", what, page.url(), describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + " <" + rule.getHelpUrl() + ">\n" + rule.getNodes().stream()
                        .map(BrowserSupport::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", "\n      ");
        return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      " + summary;
    }

    /** The page's width as laid out, which exceeds the viewport when the page scrolls sideways. */
    static int scrollWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    /** Collects what the browser reports as errors: console errors (CSP refusals among them) and uncaught exceptions. */
    static final class BrowserErrors {

        private final List<String> messages = new CopyOnWriteArrayList<>();

        static BrowserErrors watch(Page page) {
            BrowserErrors errors = new BrowserErrors();
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    errors.messages.add(message.text());
                }
            });
            page.onPageError(error -> errors.messages.add("uncaught: " + error));
            return errors;
        }

        List<String> messages() {
            return List.copyOf(messages);
        }
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
