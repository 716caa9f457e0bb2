package org.appregistry.listings;

/** How the vendor charges for the app, as Connection Hub tells organisations. */
public enum PricingModel {
    FREE,
    FREEMIUM,
    SUBSCRIPTION,
    PER_USER,
    PER_TRANSACTION,
    CONTACT_VENDOR
}
