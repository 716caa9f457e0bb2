package org.appregistry.catalog;

/**
 * One API of the catalogue. {@code name} is what apps list in {@code incomingApis}; the SMART
 * scope is derived from the resource and the interaction.
 */
public record CatalogApi(String name, String resource, String interaction, String fhirVersion, boolean readOnly,
        boolean uscdi) {

    /** Read-only USCDI APIs are what an auto-sync app may use. */
    public boolean isReadOnlyUscdi() {
        return readOnly && uscdi;
    }

    /** The SMART v1 scope a token for this API carries, e.g. {@code system/Patient.read}. */
    public String scope() {
        return "system/" + resource + "." + (readOnly ? "read" : "write");
    }
}
