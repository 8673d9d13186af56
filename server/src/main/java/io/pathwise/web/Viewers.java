package io.pathwise.web;

import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.UserView;
import io.pathwise.shared.security.CurrentPrincipal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's time zone and language, from their account, for pages that show times
 * and language maps. The principal does not carry them, so they are read per request, which also
 * means a change to the account shows at once.
 */
@Component
class Viewers {

    private final IdentityApi identity;

    Viewers(IdentityApi identity) {
        this.identity = identity;
    }

    /**
     * @param times formats an instant as a date and time in {@code zone}, to the second
     */
    record Viewer(ZoneId zone, Locale locale, DateTimeFormatter times) {
    }

    Viewer current() {
        Optional<UserView> user = identity.user(CurrentPrincipal.get().userId());
        ZoneId zone = user.map(UserView::timeZone).map(Viewers::zone).orElse(ZoneOffset.UTC);
        Locale locale = user.map(UserView::locale).map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
        return new Viewer(zone, locale, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone));
    }

    /** An account's zone was checked when it was set; one the JDK no longer knows must not break a page. */
    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
