package io.pathwise.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Catalog settings.
 *
 * @param maxPackageBytes largest course package upload (zip), and the most its files may unpack to
 * @param activityIriBase start of every activity's xAPI IRI; empty means
 *        {@code <pathwise.public-url>/activities}. An IRI is fixed when its activity is created, so
 *        changing this later affects only new activities.
 */
@ConfigurationProperties("pathwise.catalog")
public record CatalogProperties(@DefaultValue("20MB") DataSize maxPackageBytes,
        @DefaultValue("") String activityIriBase) {
}
