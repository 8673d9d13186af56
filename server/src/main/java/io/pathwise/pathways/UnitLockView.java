package io.pathwise.pathways;

import java.time.Instant;

/**
 * A unit that a rule unlocks, as it stands for one learner: locked until one of the rules that
 * unlock it fires for them.
 *
 * @param unlockedBy the id of the rule that unlocked it; null while locked
 * @param unlockedAt when; null while locked
 */
public record UnitLockView(String unitKey, String unitTitle, boolean locked, String unlockedBy, Instant unlockedAt) {
}
