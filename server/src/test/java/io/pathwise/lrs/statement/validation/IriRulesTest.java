package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.quoted;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IRIs and IRLs (xAPI Data 2.2.s4.b1.b4, b8; 3.1; 4.3): best-effort syntax validation that
 * rejects values without a scheme and characters an IRI cannot contain.
 */
class IriRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "http://example.com", "https://example.com/path?query=1#fragment", "urn:isbn:0451450523", "mailto:ana@example.com",
            "file:///srv/activities/1", "tag:example.com,2024:activity", "http://example.com/%20space", "HTTP://EXAMPLE.COM",
            "http://[2001:db8::1]/a", "http://example.com/über/ß", "https://w3id.org/xapi/cmi5/context/categories/cmi5",
            "http://example.com/path/../other", "x-custom+scheme.v1:thing"})
    @DisplayName("Absolute IRIs of any scheme are accepted, including non-ASCII characters (Data 4.3)")
    void absoluteIrisAreAccepted(String iri) {
        assertThat(IriCheck.isAbsoluteIri(iri)).as(iri).isTrue();
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set(minimal(), "object.id", quoted(iri)), version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "example.com", "/relative/path", "#fragment", "ab=c://should.fail.com", "1http://example.com", "http:",
            "http://", "https:///path", "http://example.com/a b", "http://example.com/<tag>", "http://example.com/%",
            "http://example.com/%4", "http://example.com/%zz", "http://example.com/a#b#c", "http://example.com/\ttab",
            ":no-scheme", "http://example.com/{template}", "C:\\meetings\\minutes"})
    @DisplayName("\"The LRS MUST reject Statements containing IRL or IRI values without a scheme\", and malformed IRIs "
            + "(Data 2.2.s4.b1.b4, b8; XAPI-00011)")
    void malformedIrisAreRejected(String iri) {
        assertThat(IriCheck.isAbsoluteIri(iri)).as(iri).isFalse();
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "object.id", quoted(iri)), version, "object.id", "absolute IRI");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:ana@example.com", "mailto:first.last+tag@sub.example.co.uk", "mailto:user@localhost"})
    @DisplayName("mbox is \"mailto:email address\" (Data 2.4.2.3)")
    void mailtoIrisWithOneAddressAreAccepted(String mbox) {
        assertThat(IriCheck.isMailtoIri(mbox)).as(mbox).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:", "mailto:@example.com", "mailto:ana@", "mailto:ana", "MAILTO:ana@example.com",
            "mailto:ana@example.com,bob@example.com", "mailto:ana@example.com?subject=hi", "mailto:a@b@example.com",
            "ana@example.com", "http://ana@example.com"})
    @DisplayName("An mbox that is not \"mailto:\" followed by one e-mail address is rejected (Data 2.4.2.3; XAPI-00038)")
    void otherMailtoValuesAreRejected(String mbox) {
        assertThat(IriCheck.isMailtoIri(mbox)).as(mbox).isFalse();
    }
}
