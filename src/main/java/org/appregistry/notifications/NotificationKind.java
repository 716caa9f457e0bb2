package org.appregistry.notifications;

/** What a notification is about. */
public enum NotificationKind {
    AGREEMENT_AWAITING_SIGNATURE,
    AGREEMENT_REMINDER,
    REQUEST_AWAITING_CREDENTIALS,
    CREDENTIALS_REMINDER,
    REQUEST_SYNCED,
    KICKOFF_REMINDER,
    SYNC_FAILED,
    CERTIFICATE_EXPIRING,
    SIGNUP_RECEIVED,
    SIGNUP_APPROVED,
    /** An organisation removed an app; its client records are gone from the organisation's environments. */
    REQUEST_REMOVED,
    /** A client record could not be deleted from an environment after every retry. */
    REMOVAL_FAILED,
    APP_SUSPENDED,
    APP_RESTORED,
    /** A copy of an app the organisation uses became ACTIVE. */
    SUCCESSOR_AVAILABLE,
    /** The developer set the date from which the app is retired. */
    APP_RETIRING
}
