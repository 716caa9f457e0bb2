package org.appregistry.workflow;

import org.appregistry.common.DomainException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refusal by the domain's rules raised inside an engine command (a start, a task listener, a
 * delegate), carried out of the engine as a "bad user request": the engine then neither logs it
 * as an error nor answers it as a 500, and the doors turn it back into the domain's problem.
 */
public class RuleRefusal extends BadUserRequestException {

    private final transient DomainException refusal;

    RuleRefusal(DomainException refusal) {
        super(refusal.getMessage(), refusal);
        this.refusal = refusal;
    }

    public DomainException refusal() {
        return refusal;
    }
}
