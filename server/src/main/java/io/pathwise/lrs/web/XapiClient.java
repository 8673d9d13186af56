package io.pathwise.lrs.web;

import java.util.Set;
import java.util.UUID;

/**
 * The caller of an xAPI request: an API credential of one tenant and its xAPI scopes
 * (xAPI Communication 4.2). Every LRS query is scoped to {@code tenantId}.
 */
public record XapiClient(UUID credentialId, UUID tenantId, String key, String label, Set<String> scopes) {

    public boolean canWriteStatements() {
        return has("statements/write") || has("all");
    }

    /** May read every statement of the tenant, not only its own. */
    public boolean canReadAllStatements() {
        return has("statements/read") || has("all/read") || has("all");
    }

    /** May read at least the statements it sent itself. */
    public boolean canReadStatements() {
        return canReadAllStatements() || has("statements/read/mine");
    }

    public boolean canUseState() {
        return has("state") || has("all");
    }

    public boolean canUseProfiles() {
        return has("profile") || has("all");
    }

    /** May read documents (state, profiles) and the Activities and Agents resources. */
    public boolean canReadDocuments(boolean state) {
        return has("all/read") || (state ? canUseState() : canUseProfiles());
    }

    /** May (re)define activities: its statements update the canonical activity definitions. */
    public boolean canDefine() {
        return has("define") || has("all");
    }

    private boolean has(String scope) {
        return scopes.contains(scope);
    }
}
