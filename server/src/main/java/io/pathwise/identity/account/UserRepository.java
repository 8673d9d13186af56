package io.pathwise.identity.account;

import io.pathwise.identity.UserView;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.sql.InSlices;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    /** A user row with the password hash, which never leaves this module. */
    public record StoredUser(UserView view, String passwordHash) {
    }

    private static final String COLUMNS =
            "id, tenant_id, email, display_name, locale, time_zone, tenant_admin, status, password_hash";

    private static final RowMapper<StoredUser> USER = (rs, n) -> new StoredUser(
            new UserView(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("email"),
                    rs.getString("display_name"), rs.getString("locale"), rs.getString("time_zone"),
                    rs.getBoolean("tenant_admin"), "ACTIVE".equals(rs.getString("status"))),
            rs.getString("password_hash"));

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UserView user, String passwordHash) {
        jdbc.sql("INSERT INTO app_user (id, tenant_id, email, email_normalized, display_name, locale, time_zone, "
                        + "password_hash, tenant_admin, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(user.id(), user.tenantId(), user.email(), EmailAddress.normalize(user.email()),
                        user.displayName(), user.locale(), user.timeZone(), passwordHash, user.tenantAdmin(),
                        user.active() ? "ACTIVE" : "INVITED", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** The organization's account with this address (an address has one account per organization). */
    public Optional<StoredUser> findByEmail(UUID tenantId, String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE tenant_id = ? AND email_normalized = ?")
                .params(tenantId, EmailAddress.normalize(email)).query(USER).optional();
    }

    /**
     * Every account with this address, in any organization: only password sign-in looks across
     * organizations, to find the account the password opens.
     */
    public List<StoredUser> findAllByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE email_normalized = ? ORDER BY id")
                .param(EmailAddress.normalize(email)).query(USER).list();
    }

    public Optional<StoredUser> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?").param(id).query(USER).optional();
    }

    /**
     * The display names of the users that exist among {@code ids}, in one query per {@link InSlices#SIZE} ids
     * (lists such as a grade book name every learner; one look-up each was a query per row).
     */
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        InSlices.query(new HashSet<>(ids), slice -> jdbc.sql("SELECT id, display_name FROM app_user WHERE id IN (:ids)")
                        .param("ids", slice).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list())
                .forEach(name -> names.put(name.getKey(), name.getValue()));
        return names;
    }

    public List<UserView> listInTenant(UUID tenantId, PageRequest page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE tenant_id = ? AND id > ? ORDER BY id FETCH FIRST ? ROWS ONLY")
                .params(tenantId, page.afterOrStart(), page.limit() + 1)
                .query(USER).list().stream().map(StoredUser::view).toList();
    }

    public void activate(UUID userId, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, status = 'ACTIVE' WHERE id = ?")
                .params(passwordHash, userId).update();
    }
}
