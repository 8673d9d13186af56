package io.pathwise.identity.account;

import io.pathwise.identity.TenantView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TenantRepository {

    private static final RowMapper<TenantView> TENANT =
            (rs, n) -> new TenantView(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"));

    private final JdbcClient jdbc;

    TenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TenantView tenant) {
        jdbc.sql("INSERT INTO tenant (id, slug, name, created_at) VALUES (?, ?, ?, ?)")
                .params(tenant.id(), tenant.slug(), tenant.name(), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    public Optional<TenantView> find(UUID id) {
        return jdbc.sql("SELECT id, slug, name FROM tenant WHERE id = ?").param(id).query(TENANT).optional();
    }

    public Optional<TenantView> findBySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM tenant WHERE slug = ?").param(slug).query(TENANT).optional();
    }
}
