package org.appregistry.apps;

/**
 * An app is changed while IN_DEVELOPMENT; once ACTIVE (ready for production) it never changes.
 * After go-live the programme may SUSPEND it (its client records refused everywhere until
 * restored to ACTIVE) and its developer may RETIRE it (removed everywhere, for good).
 */
public enum AppStatus {
    IN_DEVELOPMENT,
    ACTIVE,
    SUSPENDED,
    RETIRED
}
