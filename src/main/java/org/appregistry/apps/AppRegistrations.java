package org.appregistry.apps;

import java.util.UUID;

/**
 * Starting appRegistration, as the developer: the same start Tasklist makes, whose first step
 * creates the app record. Implemented by the process adapter; the id of the new app comes back.
 */
public interface AppRegistrations {

    UUID register(String developer, ListingChanges listing);

    /** A new app record from one of the developer's vendor's apps: its listing, settings and images. */
    UUID copy(String developer, App original);
}
