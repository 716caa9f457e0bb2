package org.appregistry.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pre-request checklist of the source document: a warning per acknowledgement not given, never a refusal. */
class RequestChecklistTest {

    @Test
    void everyAcknowledgementGivenWarnsOfNothing() {
        assertThat(new RequestChecklist(true, true, true).warnings()).isEmpty();
    }

    @Test
    void eachAcknowledgementNotGivenIsOneWarningInTheDocumentsOrder() {
        assertThat(new RequestChecklist(false, true, true).warnings()).singleElement().asString()
                .contains("technical coordinator");
        assertThat(new RequestChecklist(true, false, true).warnings()).singleElement().asString()
                .contains("products and interfaces");
        assertThat(new RequestChecklist(true, true, false).warnings()).singleElement().asString()
                .contains("developer fees", "third-party software", "hardware", "content", "interfaces", "licences");
        assertThat(RequestChecklist.NOTHING_ACKNOWLEDGED.warnings()).hasSize(3)
                .satisfiesExactly(w -> assertThat(w).contains("technical coordinator"),
                        w -> assertThat(w).contains("products and interfaces"),
                        w -> assertThat(w).contains("costs"));
    }

    @Test
    void warningsFitTheirColumnAndItsLineSeparator() {
        assertThat(String.join("\n", RequestChecklist.NOTHING_ACKNOWLEDGED.warnings())).hasSizeLessThanOrEqualTo(1000)
                .doesNotContain("\n\n");
        assertThat(RequestChecklist.NOTHING_ACKNOWLEDGED.warnings()).noneMatch(w -> w.contains("\n"));
    }
}
