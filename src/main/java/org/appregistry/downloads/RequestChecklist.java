package org.appregistry.downloads;

import java.util.ArrayList;
import java.util.List;

/**
 * What the source document asks a community member to do before requesting an app, as the
 * requester acknowledged it. A missing acknowledgement is a warning recorded on the request,
 * never a refusal: the programme advises the diligence, it does not police it. Every way of
 * requesting (Tasklist, /api, /engine-rest, the sweep) passes through {@link #warnings()}.
 */
public record RequestChecklist(boolean workedWithTechnicalCoordinator, boolean productsAndInterfacesInPlace,
        boolean costsEvaluated) {

    /** The auto-sync sweep asks nobody: such a request carries every warning. */
    public static final RequestChecklist NOTHING_ACKNOWLEDGED = new RequestChecklist(false, false, false);

    /** One warning per acknowledgement not given, in the order of the source document. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (!workedWithTechnicalCoordinator) {
            warnings.add("Not acknowledged: the organisation worked with the programme's technical coordinator "
                    + "to research the available integrations.");
        }
        if (!productsAndInterfacesInPlace) {
            warnings.add("Not acknowledged: the products and interfaces needed to install the app are in place.");
        }
        if (!costsEvaluated) {
            warnings.add("Not acknowledged: the app's costs were evaluated up front (developer fees, third-party "
                    + "software, hardware, content, new interfaces, additional licences or subscription volume).");
        }
        return warnings;
    }
}
