package io.pathwise.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: Chromium is launched once per test class, and each test gets a fresh browser
 * context (no cookies, no storage) with one page, against the application on its random port.
 */
@IntegrationTest
abstract class BrowserTest {

    protected static BrowserSupport browser;

    @LocalServerPort
    protected int port;

    protected Api api;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        browser = BrowserSupport.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void openContext() {
        api = new Api(port);
        context = newContext();
        page = context.newPage();
    }

    /** The context each test runs in; a test class overrides it for another viewport. */
    protected BrowserContext newContext() {
        return browser.newContext(api.baseUrl());
    }

    @AfterEach
    void closeContext() {
        context.close();
    }
}
