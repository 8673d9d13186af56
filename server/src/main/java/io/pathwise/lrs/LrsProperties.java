package io.pathwise.lrs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Learning Record Store.
 *
 * @param homePage this installation's address: the {@code homePage} of the accounts that name
 *        Pathwise users and API credentials in statements (keep it stable: statements keep it)
 * @param pageSize most statements in one page of a query ({@code limit=0} or above this gets this)
 * @param maxBodyBytes largest xAPI request body, attachments included; larger ones get 413
 */
@ConfigurationProperties("pathwise.lrs")
public record LrsProperties(@DefaultValue("http://localhost:8080") String homePage,
        @DefaultValue("500") int pageSize, @DefaultValue("16MB") DataSize maxBodyBytes) {
}
