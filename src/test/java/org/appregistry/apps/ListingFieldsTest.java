package org.appregistry.apps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListingFieldsTest {

    @Test
    void fieldsAreNamedAsTheFormLabelsThem() {
        assertThat(ListingFields.label("publicDocumentationUrl")).isEqualTo("Public documentation URL");
        assertThat(ListingFields.label("incomingApis")).isEqualTo("Incoming APIs");
        assertThat(ListingFields.label("redirectUris[0]")).isEqualTo("Redirect URI 1");
        assertThat(ListingFields.label("screenshots[2]")).isEqualTo("Screenshot 3");
        assertThat(ListingFields.label("dataUseAnswers.sellsData"))
                .isEqualTo("Data Use Questionnaire: Does the app sell or license patient data?");
        assertThat(ListingFields.label("dataUseAnswers")).isEqualTo("Data Use Questionnaire");
    }

    @Test
    void aFieldWithoutLabelKeepsItsName() {
        assertThat(ListingFields.label("somethingNew")).isEqualTo("somethingNew");
        assertThat(ListingFields.label("dataUseAnswers.unknown")).isEqualTo("Data Use Questionnaire");
    }

    @Test
    void aFindingReadsAsASentenceAndAWarningSaysItDoesNotBlock() {
        assertThat(ListingFields.describe(Finding.error("incomingApis", "choose at least one API from the catalogue")))
                .isEqualTo("Incoming APIs: choose at least one API from the catalogue");
        assertThat(ListingFields.describe(Finding.warning("thumbnail", "is 400 x 300")))
                .startsWith("Thumbnail: is 400 x 300").contains("warning");
    }
}
