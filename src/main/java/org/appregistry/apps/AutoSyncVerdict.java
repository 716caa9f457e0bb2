package org.appregistry.apps;

import java.util.List;
import java.util.Map;

/** Whether an app auto-syncs, and why (or why not), as the autoSyncEligibility decision says. */
public record AutoSyncVerdict(boolean eligible, List<String> reasons) {

    public AutoSyncVerdict {
        reasons = List.copyOf(reasons);
    }

    /**
     * Reads the rows of the decision (hit policy COLLECT, outputs {@code eligible} and
     * {@code reason}): eligible when some rule matched and every matched rule says so.
     */
    public static AutoSyncVerdict fromRules(List<Map<String, Object>> rows) {
        boolean eligible = !rows.isEmpty() && rows.stream().allMatch(row -> Boolean.TRUE.equals(row.get("eligible")));
        return new AutoSyncVerdict(eligible, rows.stream().map(row -> String.valueOf(row.get("reason"))).toList());
    }
}
