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
    SIGNUP_APPROVED
}
