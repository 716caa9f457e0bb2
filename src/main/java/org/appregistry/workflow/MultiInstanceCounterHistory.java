package org.appregistry.workflow;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's database history less one kind of row: the ACT_HI_DETAIL row for each change of
 * the counters a multi-instance activity keeps for itself. Those variables stay in ACT_HI_VARINST
 * with their last value, and every activity instance stays in ACT_HI_ACTINST; what is left out is
 * the engine's own bookkeeping, one row per count, which no person decided. It was 9 of the 22
 * detail rows of a download request synced to two environments (docs/performance.md). Every
 * other variable keeps its full detail history.
 */
class MultiInstanceCounterHistory extends DbHistoryEventHandler {

    static final Set<String> COUNTERS = Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances",
            "loopCounter");

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return !COUNTERS.contains(event.getVariableName()) && super.shouldWriteHistoricDetail(event);
    }
}
