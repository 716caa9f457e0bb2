package org.appregistry.apps;

/** An app is changed while IN_DEVELOPMENT; once ACTIVE (ready for production) it never changes. */
public enum AppStatus {
    IN_DEVELOPMENT,
    ACTIVE
}
