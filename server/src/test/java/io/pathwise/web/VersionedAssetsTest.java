package io.pathwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.DigestUtils;

/**
 * Over plain HTTP: pages link the site's stylesheet by a URL carrying a digest of its content, so a
 * release that changes the file changes the link; that URL may be kept by browsers for a year,
 * while the plain URL, which pages cached before a release still name, keeps working and is not
 * kept. A URL with a version that is not the file's is not served.
 */
@IntegrationTest
class VersionedAssetsTest {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPageLinksTheStylesheetByTheDigestOfItsContentAndThatUrlIsKeptForAYear() throws Exception {
        byte[] css = classpath("static/css/pathwise.css");
        String page = get("/sign-in").body();

        Matcher link = STYLESHEET.matcher(page);
        assertThat(link.find()).as(page).isTrue();
        assertThat(link.group(1)).isEqualTo("/assets/css/pathwise-" + DigestUtils.md5DigestAsHex(css) + ".css");

        HttpResponse<byte[]> versioned = getBytes(link.group(1));
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.body()).isEqualTo(css);
        assertThat(versioned.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(versioned.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    @Test
    void thePlainUrlStillServesTheStylesheetButIsNotKept() throws Exception {
        HttpResponse<byte[]> plain = getBytes("/assets/css/pathwise.css");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).isEqualTo(classpath("static/css/pathwise.css"));
        assertThat(plain.headers().firstValue("Cache-Control").orElseThrow()).doesNotContain("max-age=31536000")
                .contains("no-cache");
    }

    @Test
    void aVersionThatIsNotTheFilesIsNotServedNorKept() throws Exception {
        HttpResponse<byte[]> stale = getBytes("/assets/css/pathwise-" + "0".repeat(32) + ".css");

        assertThat(stale.statusCode()).isEqualTo(404);
        assertThat(stale.headers().firstValue("Cache-Control").orElse("")).doesNotContain("max-age=31536000");
    }

    @Test
    void scriptsPagesLinkAreVersionedAndTheModulesTheyImportKeepTheirPlainUrls() throws Exception {
        String player = "/assets/js/quiz-player-" + DigestUtils.md5DigestAsHex(classpath("static/js/quiz-player.js")) + ".js";
        HttpResponse<byte[]> versioned = getBytes(player);
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.headers().firstValue("Cache-Control")).hasValue(VersionedAssetCaching.LONG_LIVED);
        // quiz-player.js imports './quiz-items.js': from the versioned URL that is the plain one.
        assertThat(new String(versioned.body())).contains("from './quiz-items.js'");
        assertThat(getBytes("/assets/js/quiz-items.js").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] classpath(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
