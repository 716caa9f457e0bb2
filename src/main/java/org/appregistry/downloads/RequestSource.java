package org.appregistry.downloads;

/** A purchaser asked (MANUAL), or the auto-sync sweep did (AUTO_SYNC). */
public enum RequestSource {
    MANUAL,
    AUTO_SYNC
}
