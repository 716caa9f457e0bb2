package org.appregistry.apps;

import org.appregistry.common.TaskKind;

/** The user tasks of an app's registration, as the core knows them. */
public final class AppTasks {

    /** "Finalize details and mark ready": the developer's last changes and the Terms and Conditions box. */
    public static final TaskKind<Finalization> FINALIZE = TaskKind.of("finalizeAndMarkReady", Finalization.class);

    /** The answer to {@link #FINALIZE}: listing changes (null fields unchanged) and whether the terms are accepted. */
    public record Finalization(ListingChanges changes, boolean termsAccepted) {
    }

    private AppTasks() {
    }
}
