package org.appregistry.listings;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The marketing fields of one app's listing; written only through {@link MarketingRules}. */
@Entity
@Table(name = "listing_marketing")
public class Marketing {

    @Id
    private UUID appId;
    private String categories;
    private String supportEmail;
    private String supportUrl;
    private String pricingModel;
    private String marketingText;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private int version;

    protected Marketing() {
    }

    Marketing(UUID appId) {
        this.appId = appId;
    }

    void replace(MarketingFields fields, String by, Instant at) {
        categories = fields.categories().isEmpty() ? null : String.join(",", fields.categories());
        supportEmail = blankToNull(fields.supportEmail());
        supportUrl = blankToNull(fields.supportUrl());
        pricingModel = fields.pricingModel();
        marketingText = blankToNull(fields.marketingText());
        updatedBy = by;
        updatedAt = at;
    }

    public MarketingFields fields() {
        List<String> codes = categories == null ? List.of() : Arrays.asList(categories.split(","));
        return new MarketingFields(codes, supportEmail, supportUrl, pricingModel, marketingText);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
