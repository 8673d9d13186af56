package io.pathwise.identity;

/** A credential just created, with its secret: the only time the secret is available. */
public record NewApiCredential(ApiCredentialView credential, String secret) {
}
