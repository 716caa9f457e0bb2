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

    /**
     * The SMART v2 permission of this API's interaction: read {@code r}, search {@code s}, create
     * {@code c}, update {@code u}, delete {@code d}. An operation such as {@code Appointment.$book}
     * creates what it names, so it is authorized as create.
     */
    public String permission() {
        return switch (interaction) {
            case "read" -> "r";
            case "search" -> "s";
            case "create", "operation" -> "c";
            case "update" -> "u";
            case "delete" -> "d";
            default -> throw new IllegalStateException("no SMART permission for the interaction " + interaction);
        };
    }

    /** The SMART v2 scope a backend token for this API carries, e.g. {@code system/Patient.r}. */
    public String scope() {
        return "system/" + resource + "." + permission();
    }
}
