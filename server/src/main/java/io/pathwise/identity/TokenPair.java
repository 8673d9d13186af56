package io.pathwise.identity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code POST /api/v1/auth/token} returns: a short-lived signed bearer token and a refresh
 * token (OAuth 2.0 token response field names).
 */
public record TokenPair(@JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken) {
}
