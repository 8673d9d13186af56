package io.pathwise.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pauses password sign-in for an e-mail address after repeated failures, to slow down password
 * guessing. Counts live in this process (one node); a scale-out deployment shares them through
 * Redis, which is not built yet (see README status).
 */
@Component
public class LoginThrottle {

    /** Attempts since the first one of the current window (a success ends the window). */
    private record Failures(int count, Instant firstAt) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final IdentityProperties properties;
    private final Clock clock;

    @Autowired
    LoginThrottle(IdentityProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(IdentityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public boolean isPaused(String email) {
        Failures current = failures.get(key(email));
        return current != null && current.count() >= properties.signInMaxFailures() && !expired(current);
    }

    /** How long sign-in for the address stays paused (zero when it is not paused). */
    public Duration pausedFor(String email) {
        Failures current = failures.get(key(email));
        if (current == null || !isPaused(email)) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), current.firstAt().plus(properties.signInLockout()));
    }

    /**
     * Counts a sign-in attempt before its password is checked and says whether it may go ahead.
     * Counting first, in one atomic step, means that guesses sent in parallel cannot all slip in
     * while the first ones are still being checked; a success clears the count.
     */
    public boolean tryAttempt(String email) {
        Failures counted = failures.compute(key(email), (k, current) -> current == null || expired(current)
                ? new Failures(1, clock.instant())
                : new Failures(current.count() + 1, current.firstAt()));
        return counted.count() <= properties.signInMaxFailures();
    }

    public void succeeded(String email) {
        failures.remove(key(email));
    }

    @Scheduled(fixedDelayString = "PT5M")
    void forgetExpired() {
        failures.values().removeIf(this::expired);
    }

    private boolean expired(Failures f) {
        return f.firstAt().plus(properties.signInLockout()).isBefore(clock.instant());
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
