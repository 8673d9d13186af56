package io.pathwise.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptPerRevisionTest {

    private final KeptPerRevision<String> kept = new KeptPerRevision<>();
    private final AtomicInteger derived = new AtomicInteger();

    @Test
    void derivesOncePerCourseRevisionAndAgainForAnotherRevision() {
        UUID course = UUID.randomUUID();

        assertThat(kept.get(course, 1, () -> "r1-" + derived.incrementAndGet())).isEqualTo("r1-1");
        assertThat(kept.get(course, 1, () -> "r1-" + derived.incrementAndGet())).isEqualTo("r1-1");
        assertThat(kept.get(course, 2, () -> "r2-" + derived.incrementAndGet())).isEqualTo("r2-2");
        assertThat(derived).hasValue(2);
    }

    @Test
    void keepsEachCourseApart() {
        UUID one = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        kept.get(one, 1, () -> "one");

        assertThat(kept.get(other, 1, () -> "other")).isEqualTo("other");
        assertThat(kept.get(one, 1, () -> "not derived again")).isEqualTo("one");
    }
}
