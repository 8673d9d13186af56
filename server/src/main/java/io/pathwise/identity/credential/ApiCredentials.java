package io.pathwise.identity.credential;

import io.pathwise.identity.ApiCredentialView;
import io.pathwise.identity.NewApiCredential;
import io.pathwise.identity.account.NameRule;
import io.pathwise.shared.Ids;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key-and-secret credentials that tenant admins create for machine clients (xAPI content, scripts).
 * Each carries xAPI scopes, which the Learning Record Store checks on every request.
 */
@Service
public class ApiCredentials {

    /** The xAPI 1.0.3 authorization scopes (xAPI Communication, 4.2). */
    public static final Set<String> SCOPES = Set.of("statements/write", "statements/read", "statements/read/mine",
            "state", "define", "profile", "all/read", "all");

    private static final String COLUMNS = "id, tenant_id, label, api_key, scopes, created_at, revoked_at";

    private final JdbcClient jdbc;

    ApiCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public NewApiCredential create(UUID tenantId, UUID createdBy, String label, List<String> scopes) {
        List<FieldProblem> problems = new ArrayList<>();
        NameRule.problem(label, 200).ifPresent(reason -> problems.add(new FieldProblem("label", reason)));
        if (scopes == null || scopes.isEmpty()) {
            problems.add(new FieldProblem("scopes", "must name at least one of " + SCOPES));
        } else {
            for (int i = 0; i < scopes.size(); i++) {
                // A null entry is checked first: Set.of(...).contains(null) throws.
                if (scopes.get(i) == null || !SCOPES.contains(scopes.get(i))) {
                    problems.add(new FieldProblem("scopes[" + i + "]", "must be one of " + SCOPES));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("The credential cannot be created.", problems);
        }
        return insert(tenantId, createdBy, label.trim(), List.copyOf(new LinkedHashSet<>(scopes)),
                "pw_" + SecretTokens.generate().substring(0, 24), SecretTokens.generate());
    }

    /**
     * Stores a credential with a given key and secret; the demo tenant uses it so that its
     * published credential is the same on every machine.
     */
    @Transactional
    public NewApiCredential insert(UUID tenantId, UUID createdBy, String label, List<String> scopes, String key,
            String secret) {
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO api_credential (id, tenant_id, label, api_key, secret_hash, scopes, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, tenantId, label, key, SecretTokens.sha256(secret), String.join(" ", scopes), createdBy, now)
                .update();
        return new NewApiCredential(new ApiCredentialView(id, tenantId, label, key, scopes, now.toInstant(), null), secret);
    }

    public List<ApiCredentialView> list(UUID tenantId, PageRequest page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_credential WHERE tenant_id = ? AND id > ? ORDER BY id FETCH FIRST ? ROWS ONLY")
                .params(tenantId, page.afterOrStart(), page.limit() + 1)
                .query((rs, n) -> view(rs)).list();
    }

    /** Revokes a credential of the tenant; false when the tenant has no credential with that id. */
    @Transactional
    public boolean revoke(UUID tenantId, UUID id) {
        return jdbc.sql("UPDATE api_credential SET revoked_at = COALESCE(revoked_at, ?) WHERE tenant_id = ? AND id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), tenantId, id).update() == 1;
    }

    /**
     * The live credential with this key whose secret matches, for HTTP Basic sign-in of machine
     * clients (the LRS). Revoked credentials never match; the hashes are compared in constant time.
     */
    public Optional<ApiCredentialView> authenticate(String key, String secret) {
        if (key == null || secret == null || key.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + ", secret_hash FROM api_credential WHERE api_key = ? AND revoked_at IS NULL")
                .param(key)
                .query((rs, n) -> MessageDigest.isEqual(
                        rs.getString("secret_hash").getBytes(StandardCharsets.US_ASCII),
                        SecretTokens.sha256(secret).getBytes(StandardCharsets.US_ASCII)) ? view(rs) : null)
                .list().stream().filter(Objects::nonNull).findFirst();
    }

    public boolean keyExists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM api_credential WHERE api_key = ?").param(key).query(Integer.class).single() > 0;
    }

    private static ApiCredentialView view(ResultSet rs) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new ApiCredentialView(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("label"), rs.getString("api_key"), Arrays.asList(rs.getString("scopes").split(" ")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
