package org.appregistry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CachedTest {

    final AtomicLong now = new AtomicLong();
    final AtomicInteger reads = new AtomicInteger();
    final Cached<Integer> cached = new Cached<>(Duration.ofSeconds(5), reads::incrementAndGet, now::get);

    @Test
    void readsTheSourceOncePerTimeToLive() {
        assertThat(cached.get()).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(cached.get()).isEqualTo(1);

        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(cached.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }
}
