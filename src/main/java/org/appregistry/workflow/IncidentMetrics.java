package org.appregistry.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.appregistry.common.Cached;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Open incidents as a metric (docs/operations.md, "Metrics"), so that an alert can fire before anyone opens
 * Cockpit. Counted by the engine behind {@link Cached#GAUGE_TTL}; a scrape signs nobody in to
 * the engine, so the count is of every incident.
 */
@Component
class IncidentMetrics implements MeterBinder {

    static final String OPEN = "registry.incidents.open";

    private final Cached<Long> open;

    IncidentMetrics(RuntimeService runtime) {
        this.open = new Cached<>(Cached.GAUGE_TTL, () -> runtime.createIncidentQuery().count());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(OPEN, open, count -> count.get())
                .description("Open incidents of the workflow engine, e.g. pushes whose retries ran out "
                        + "(read at most every " + Cached.GAUGE_TTL.toSeconds() + " s)")
                .strongReference(true)
                .register(registry);
    }
}
