package io.pathwise.identity.security;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused without checking the password, because of too many recent failures. */
public class SignInPausedException extends LockedException {

    public SignInPausedException() {
        super("Too many failed sign-ins for this address; try again later.");
    }
}
