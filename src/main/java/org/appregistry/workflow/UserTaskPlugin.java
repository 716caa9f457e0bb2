package org.appregistry.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link UserTaskListener} on every user task of every model the engine parses, so that no
 * model can forget it and no door can skip it. The models therefore name no task listener.
 */
@Component
public class UserTaskPlugin extends AbstractProcessEnginePlugin {

    /** Looked up when the first task event fires: the adapters' services need the engine this plugin configures. */
    private final ObjectProvider<UserTaskRegistry> adapters;
    private final ProcessContract contract;

    public UserTaskPlugin(ObjectProvider<UserTaskRegistry> adapters, ProcessContract contract) {
        this.adapters = adapters;
        this.contract = contract;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        TaskListener listener = new UserTaskListener(adapters, contract);
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
