package io.pathwise.identity;

import java.util.UUID;

/** An organization that runs Pathwise for its people; everything else belongs to one. */
public record TenantView(UUID id, String slug, String name) {
}
