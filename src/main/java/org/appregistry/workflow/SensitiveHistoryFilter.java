package org.appregistry.workflow;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Replaces the engine's history handler with one that drops the variable and form-property
 * events of sensitive form fields. Removing such a variable is not enough: history would keep
 * a DELETED row with the value, plus the submitted form property; and a handler bean alone
 * would be added beside the default one and filter nothing. The handler it wraps also leaves out
 * the detail rows of multi-instance counters ({@link MultiInstanceCounterHistory}).
 */
@Component
public class SensitiveHistoryFilter extends AbstractProcessEnginePlugin {

    /** Asked for at the first history event: the beans that declare fields need the engine this plugin configures. */
    private final Supplier<Set<String>> sensitive;

    public SensitiveHistoryFilter(ObjectProvider<SensitiveVariables> sources) {
        this.sensitive = SingletonSupplier.of(() -> sources.orderedStream()
                .flatMap(source -> source.names().stream()).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filtering(new MultiInstanceCounterHistory(), sensitive));
    }

    static final class Filtering implements HistoryEventHandler {

        private final HistoryEventHandler next;
        private final Supplier<Set<String>> sensitive;

        Filtering(HistoryEventHandler next, Supplier<Set<String>> sensitive) {
            this.next = next;
            this.sensitive = sensitive;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isSensitive(event)) {
                next.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        private boolean isSensitive(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity update) {
                return sensitive.get().contains(update.getVariableName());
            }
            return event instanceof HistoricFormPropertyEventEntity property
                    && sensitive.get().contains(property.getPropertyId());
        }
    }
}
