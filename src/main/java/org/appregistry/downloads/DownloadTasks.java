package org.appregistry.downloads;

import org.appregistry.common.TaskKind;

/** The user task of a synced download request, as the core knows it. */
public final class DownloadTasks {

    /** The organisation's purchasers record the kickoff call, or say none will be recorded; the record is the request. */
    public static final TaskKind<KickoffReport> RECORD_KICKOFF = TaskKind.of("recordKickoff", KickoffReport.class);

    /** A purchaser who typed a client ID into Tasklist confirms the app behind it; the record is the request. */
    public static final TaskKind<AppConfirmation> CONFIRM_APP = TaskKind.of("confirmApp", AppConfirmation.class);

    private DownloadTasks() {
    }
}
