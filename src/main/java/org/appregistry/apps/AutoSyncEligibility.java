package org.appregistry.apps;

/** Evaluates the autoSyncEligibility decision (processes/auto-sync-eligibility.dmn). */
public interface AutoSyncEligibility {

    AutoSyncVerdict evaluate(AutoSyncFacts facts);
}
