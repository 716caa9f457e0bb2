package org.appregistry.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's failedJob incident handler with one that still creates (and resolves)
 * the incident as before, then tells the {@link RetriesExhausted} of the failing job's process.
 * Whatever goes wrong while telling is logged and never undoes the incident: the incident is
 * what lets an operator retry, the telling is a courtesy.
 */
@Component
public class FailedJobIncidents extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(FailedJobIncidents.class);

    /** Looked up at each incident: the listeners' services need the engine that this plugin configures. */
    private final ObjectProvider<RetriesExhausted> listeners;

    public FailedJobIncidents(ObjectProvider<RetriesExhausted> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<IncidentHandler> handlers = new ArrayList<>();
        if (configuration.getCustomIncidentHandlers() != null) {
            handlers.addAll(configuration.getCustomIncidentHandlers());
        }
        handlers.add(new Handler());
        configuration.setCustomIncidentHandlers(handlers);
    }

    private final class Handler extends DefaultIncidentHandler {

        Handler() {
            super(Incident.FAILED_JOB_HANDLER_TYPE);
        }

        @Override
        public Incident handleIncident(IncidentContext context, String message) {
            Incident incident = super.handleIncident(context, message);
            try {
                tell(context);
            } catch (RuntimeException e) {
                log.warn("Incident {} of {} is created; telling its process's listener failed", incident.getId(),
                        context.getProcessDefinitionId(), e);
            }
            return incident;
        }
    }

    private void tell(IncidentContext context) {
        if (context.getExecutionId() == null) {
            // a job without an execution (e.g. a timer that starts a process) concerns no instance
            return;
        }
        ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
                .findExecutionById(context.getExecutionId());
        String processKey = execution.getProcessDefinition().getKey();
        List<RetriesExhausted> concerned = listeners.orderedStream()
                .filter(listener -> listener.processKey().equals(processKey))
                .toList();
        if (concerned.isEmpty()) {
            return;
        }
        RetriesExhausted.FailedJob job = new RetriesExhausted.FailedJob(context.getActivityId(),
                execution.getProcessBusinessKey(), execution.getVariables());
        concerned.forEach(listener -> listener.retriesExhausted(job));
    }
}
