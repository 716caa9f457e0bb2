package org.appregistry.listings;

import java.util.List;

/**
 * Connection Hub's additional marketing fields, each optional: up to three {@link ListingCategory}
 * codes, a support email and an https support URL, a {@link PricingModel} code, and a longer
 * marketing text in plain text (at most {@link MarketingRules#MAX_TEXT} characters). Sent whole:
 * a field left out is cleared.
 */
public record MarketingFields(List<String> categories, String supportEmail, String supportUrl,
        String pricingModel, String marketingText) {

    public static final MarketingFields NONE = new MarketingFields(List.of(), null, null, null, null);

    public MarketingFields {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
