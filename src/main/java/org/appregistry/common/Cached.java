package org.appregistry.common;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read from its source at most once per time-to-live. Gauges read from the database
 * use it, so that a metrics scrape (which reads every gauge, often from several scrapers) costs
 * at most one query per interval.
 */
public final class Cached<T> {

    /** How stale a gauge read from the database may be. */
    public static final Duration GAUGE_TTL = Duration.ofSeconds(5);

    private final Duration ttl;
    private final Supplier<T> source;
    private final LongSupplier nanoClock;
    private T value;
    private long readAt;

    public Cached(Duration ttl, Supplier<T> source) {
        this(ttl, source, System::nanoTime);
    }

    Cached(Duration ttl, Supplier<T> source, LongSupplier nanoClock) {
        this.ttl = ttl;
        this.source = source;
        this.nanoClock = nanoClock;
    }

    /** Synchronized: readers that arrive together wait for one read instead of each making their own. */
    public synchronized T get() {
        long now = nanoClock.getAsLong();
        if (value == null || now - readAt >= ttl.toNanos()) {
            value = source.get();
            readAt = now;
        }
        return value;
    }
}
