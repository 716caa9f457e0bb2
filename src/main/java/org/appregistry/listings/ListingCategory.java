package org.appregistry.listings;

/** What an app is for, from a fixed list, so that Connection Hub can group apps; a listing names up to three. */
public enum ListingCategory {
    CARE_COORDINATION,
    CLINICAL_DECISION_SUPPORT,
    CLINICAL_DOCUMENTATION,
    PATIENT_ENGAGEMENT,
    REMOTE_MONITORING,
    TELEHEALTH,
    MEDICATION_MANAGEMENT,
    POPULATION_HEALTH,
    ANALYTICS,
    RESEARCH,
    REVENUE_CYCLE,
    ADMINISTRATION
}
