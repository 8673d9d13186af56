package io.pathwise.identity.token;

import io.pathwise.identity.TokenPair;
import io.pathwise.identity.UserView;
import io.pathwise.identity.account.UserRepository;
import io.pathwise.identity.security.IdentityProperties;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.SecretTokens;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues bearer tokens (HS256 JWTs naming the user and tenant) and rotating refresh tokens. A
 * refresh token works once; presenting a used one again means it was stolen or replayed, so all
 * of that user's refresh tokens are revoked.
 */
@Service
public class TokenService {

    public static final String TENANT_CLAIM = "tid";
    public static final String ADMIN_CLAIM = "adm";
    public static final String NAME_CLAIM = "name";
    public static final String EMAIL_CLAIM = "email";

    private final JwtEncoder encoder;
    private final JdbcClient jdbc;
    private final UserRepository users;
    private final IdentityProperties properties;

    TokenService(JwtEncoder encoder, JdbcClient jdbc, UserRepository users, IdentityProperties properties) {
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.users = users;
        this.properties = properties;
    }

    @Transactional
    public TokenPair issue(UserView user) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("pathwise")
                .subject(user.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .claim(TENANT_CLAIM, user.tenantId().toString())
                .claim(ADMIN_CLAIM, user.tenantAdmin())
                .claim(NAME_CLAIM, user.displayName())
                .claim(EMAIL_CLAIM, user.email())
                .build();
        String access = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        String refresh = SecretTokens.generate();
        jdbc.sql("INSERT INTO refresh_token (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
                .params(SecretTokens.sha256(refresh), user.id(),
                        OffsetDateTime.ofInstant(now.plus(properties.refreshTokenTtl()), ZoneOffset.UTC))
                .update();
        return new TokenPair(access, "Bearer", properties.accessTokenTtl().toSeconds(), refresh);
    }

    /** Trades a refresh token for a new pair; the old refresh token stops working. */
    @Transactional(noRollbackFor = ApiException.class)
    public TokenPair refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 100) {
            throw ApiException.badField("refresh_token", "is missing");
        }
        String hash = SecretTokens.sha256(refreshToken);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StoredRefreshToken stored = jdbc.sql("SELECT user_id, used_at FROM refresh_token WHERE token_hash = ?").param(hash)
                .query((rs, n) -> new StoredRefreshToken(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class)))
                .optional()
                .orElseThrow(TokenService::invalid);
        UUID userId = stored.userId();
        if (stored.usedAt() != null) {
            // A used token presented again was stolen or replayed: end every session of this user.
            jdbc.sql("UPDATE refresh_token SET used_at = ? WHERE user_id = ? AND used_at IS NULL").params(now, userId).update();
            throw invalid();
        }
        int claimed = jdbc.sql("UPDATE refresh_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(now, hash, now).update();
        if (claimed == 0) {
            throw invalid(); // expired, or used by a concurrent refresh a moment ago
        }
        UserView user = users.find(userId).map(UserRepository.StoredUser::view).filter(UserView::active)
                .orElseThrow(TokenService::invalid);
        return issue(user);
    }

    private record StoredRefreshToken(UUID userId, OffsetDateTime usedAt) {
    }

    private static ApiException invalid() {
        return new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, "Invalid refresh token",
                "refresh_token: is unknown, expired or already used; sign in again");
    }
}
