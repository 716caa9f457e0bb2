package org.appregistry.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.appregistry.common.FieldProblem;
import org.junit.jupiter.api.Test;

class MarketingRulesTest {

    @Test
    void everyFieldIsOptional() {
        assertThat(MarketingRules.check(MarketingFields.NONE)).isEmpty();
        assertThat(MarketingRules.check(new MarketingFields(null, null, null, null, null))).isEmpty();
    }

    @Test
    void completeFieldsPass() {
        assertThat(MarketingRules.check(new MarketingFields(List.of("TELEHEALTH", "REMOTE_MONITORING"),
                "support@pulse.example.com", "https://pulse.example.com/help", "SUBSCRIPTION",
                "Pulse Diary helps patients keep a diary of their pulse.\nIt shares it with their care team."))).isEmpty();
    }

    @Test
    void categoriesComeFromTheListAtMostThreeAndEachOnce() {
        assertThat(fields(MarketingRules.check(new MarketingFields(List.of("TELEHEALTH", "Games", "TELEHEALTH"),
                null, null, null, null)))).containsExactly("categories[1]", "categories[2]");
        assertThat(fields(MarketingRules.check(new MarketingFields(List.of("TELEHEALTH", "RESEARCH", "ANALYTICS",
                "ADMINISTRATION"), null, null, null, null)))).containsExactly("categories");
        assertThat(MarketingRules.check(new MarketingFields(List.of("telehealth"), null, null, null, null)).get(0)
                .message()).contains("CARE_COORDINATION", "TELEHEALTH");
    }

    @Test
    void supportContactsAreAnEmailAddressAndAnHttpsUrl() {
        assertThat(fields(MarketingRules.check(new MarketingFields(List.of(), "not an address",
                "http://pulse.example.com/help", null, null)))).containsExactly("supportEmail", "supportUrl");
        assertThat(fields(MarketingRules.check(new MarketingFields(List.of(), "a@b.c", "https:///nohost", null,
                null)))).containsExactly("supportUrl");
        assertThat(fields(MarketingRules.check(new MarketingFields(List.of(), "x".repeat(250) + "@b.co", null, null,
                null)))).containsExactly("supportEmail");
    }

    @Test
    void thePricingModelIsACodeAndTheTextPlainAndBounded() {
        assertThat(fields(MarketingRules.check(new MarketingFields(List.of(), null, null, "CHEAP", null))))
                .containsExactly("pricingModel");
        assertThat(fields(MarketingRules.check(new MarketingFields(List.of(), null, null, null,
                "x".repeat(MarketingRules.MAX_TEXT + 1))))).containsExactly("marketingText");
        assertThat(MarketingRules.check(new MarketingFields(List.of(), null, null, null, "x".repeat(
                MarketingRules.MAX_TEXT)))).isEmpty();
        assertThat(fields(MarketingRules.check(new MarketingFields(List.of(), null, null, null,
                "Great <script>alert(1)</script>")))).containsExactly("marketingText");
        assertThat(MarketingRules.check(new MarketingFields(List.of(), null, null, null, "Heart rate < 60 bpm")))
                .as("a lone < is text").isEmpty();
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
