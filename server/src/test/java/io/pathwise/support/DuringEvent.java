package io.pathwise.support;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Runs an action once, in the publisher's thread and transaction, when the application publishes
 * a matching event: the way a test makes two requests meet at an exact point (one request's work
 * done but not yet committed while the other runs), without sleeping and hoping. Close it to stop
 * listening.
 */
public final class DuringEvent implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final ApplicationListener<PayloadApplicationEvent<?>> listener;

    private DuringEvent(ConfigurableApplicationContext context, ApplicationListener<PayloadApplicationEvent<?>> listener) {
        this.context = context;
        this.listener = listener;
    }

    public static <T> DuringEvent once(ConfigurableApplicationContext context, Class<T> type, Predicate<T> matches,
            Consumer<T> action) {
        AtomicBoolean done = new AtomicBoolean();
        ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
            if (type.isInstance(event.getPayload()) && matches.test(type.cast(event.getPayload())) && done.compareAndSet(false, true)) {
                action.accept(type.cast(event.getPayload()));
            }
        };
        context.addApplicationListener(listener);
        return new DuringEvent(context, listener);
    }

    @Override
    public void close() {
        context.removeApplicationListener(listener);
    }
}
