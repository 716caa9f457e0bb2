package org.appregistry.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Pushes as metrics (docs/operations.md, "Metrics"; the names are a contract): attempts per environment
 * code and outcome. Tagged by the code (PRD, TST, ...), which operators choose from a handful,
 * never by organisation, whose number has no bound.
 */
@Component
class SyncMetrics {

    static final String PUSHES = "registry.sync.pushes";

    private final MeterRegistry registry;

    SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A push reached its environment and was accepted, or was not. */
    void pushed(String environment, boolean accepted) {
        Counter.builder(PUSHES)
                .description("Pushes of client records to environments, by environment code and outcome")
                .tag("environment", environment)
                .tag("outcome", accepted ? "success" : "failure")
                .register(registry)
                .increment();
    }
}
