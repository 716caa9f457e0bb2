package org.appregistry.apps;

/** Who uses an app. Backend systems use backend OAuth 2.0 (SMART Backend Services). */
public enum Audience {
    PATIENTS,
    CLINICIANS,
    BACKEND_SYSTEMS
}
