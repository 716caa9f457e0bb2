package org.appregistry.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key in fixed windows, for the throttles of the doors that answer without a
 * login: a key that reached its limit waits until its window ends. Per node, in memory.
 */
public final class WindowCounter {

    /** Beyond this many windows, expired ones are dropped: the map cannot grow without bound. */
    private static final int MAX_WINDOWS = 10_000;

    private final Duration length;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {
    }

    public WindowCounter(Duration length, Clock clock) {
        this.length = length;
        this.clock = clock;
    }

    public void count(String key) {
        Instant now = clock.instant();
        if (windows.size() > MAX_WINDOWS) {
            windows.values().removeIf(window -> !now.isBefore(end(window)));
        }
        windows.compute(key, (k, current) -> current == null || !now.isBefore(end(current))
                ? new Window(now, 1)
                : new Window(current.start(), current.count() + 1));
    }

    /** How long the key must wait before its next event; zero when it is under the limit. */
    public Duration remaining(String key, int limit) {
        Instant now = clock.instant();
        Window window = windows.get(key);
        if (window == null || window.count() < limit || !now.isBefore(end(window))) {
            return Duration.ZERO;
        }
        return Duration.between(now, end(window));
    }

    private Instant end(Window window) {
        return window.start().plus(length);
    }
}
