package org.appregistry.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's history handler with one that drops the variable and form-property
 * events of sensitive form fields. Removing such a variable is not enough: history would keep
 * a DELETED row with the value, plus the submitted form property (STACK-NOTES 18); and a
 * handler bean alone would be added beside the default one and filter nothing.
 */
@Component
public class SensitiveHistoryFilter extends AbstractProcessEnginePlugin {

    private final Set<String> sensitive = new HashSet<>();

    public SensitiveHistoryFilter(List<SensitiveVariables> sources) {
        sources.forEach(source -> sensitive.addAll(source.names()));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filtering(new DbHistoryEventHandler(), sensitive));
    }

    static final class Filtering implements HistoryEventHandler {

        private final HistoryEventHandler next;
        private final Set<String> sensitive;

        Filtering(HistoryEventHandler next, Set<String> sensitive) {
            this.next = next;
            this.sensitive = Set.copyOf(sensitive);
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
                return sensitive.contains(update.getVariableName());
            }
            return event instanceof HistoricFormPropertyEventEntity property
                    && sensitive.contains(property.getPropertyId());
        }
    }
}
