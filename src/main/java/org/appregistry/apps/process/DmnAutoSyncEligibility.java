package org.appregistry.apps.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.appregistry.apps.AutoSyncEligibility;
import org.appregistry.apps.AutoSyncFacts;
import org.appregistry.apps.AutoSyncVerdict;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The autoSyncEligibility decision for an app that changes in development, so that the
 * developer sees the verdict at once. Uses the same DMN file the process deploys, evaluated by
 * a standalone DMN engine: a verdict on every edit is not worth a history entry. At
 * activation the process evaluates the deployed decision, which Cockpit then shows.
 */
@Component
class DmnAutoSyncEligibility implements AutoSyncEligibility {

    static final String DECISION_FILE = "processes/auto-sync-eligibility.dmn";
    static final String DECISION_KEY = "autoSyncEligibility";

    private final DmnEngine dmnEngine;
    private final DmnDecision decision;

    DmnAutoSyncEligibility() {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = new ClassPathResource(DECISION_FILE).getInputStream()) {
            decision = dmnEngine.parseDecision(DECISION_KEY, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DECISION_FILE, e);
        }
    }

    @Override
    public AutoSyncVerdict evaluate(AutoSyncFacts facts) {
        return AutoSyncVerdict.fromRules(dmnEngine.evaluateDecisionTable(decision, facts.asVariables()).getResultList());
    }
}
