package org.appregistry.apps;

import static org.appregistry.apps.Finding.Severity.ERROR;
import static org.appregistry.apps.Finding.Severity.WARNING;
import static org.appregistry.apps.ListingBuilder.KNOWN_API;
import static org.appregistry.apps.ListingBuilder.OTHER_KNOWN_API;
import static org.appregistry.apps.ListingBuilder.aValidListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.appregistry.apps.ListingRules.ReadinessFacts;
import org.appregistry.common.FieldProblem;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The listing rules (docs/contract.md, "Listing rules"), each with its boundaries. */
class ListingRulesTest {

    private static final Set<String> CATALOGUE = Set.of(KNOWN_API, OTHER_KNOWN_API, "Patient.Create (R4)");
    private static final ImageInfo THUMBNAIL = new ImageInfo("image/png", 500, 300);
    private static final ImageInfo SCREENSHOT = new ImageInfo("image/png", 1920, 1080);
    private static final ReadinessFacts READY = new ReadinessFacts(true, Optional.of(THUMBNAIL), List.of(SCREENSHOT));

    private final ListingRules rules = new ListingRules(new ProtectedMarks(List.of("Epic", "MyChart")),
            CATALOGUE::contains);

    /** Text of exactly {@code length} characters, every sixth a space (spaces count). */
    private static String text(int length) {
        return "word ".repeat(length / 5 + 1).substring(0, length);
    }

    private ListAssert<FieldProblem> problemsOf(ListingBuilder listing) {
        return assertThat(rules.check(listing.build()));
    }

    private static ListAssert<String> fieldsOf(List<FieldProblem> problems) {
        return assertThat(problems.stream().map(FieldProblem::field).toList());
    }

    @Nested
    class Check {

        @Test
        void aCompleteListingHasNoProblems() {
            problemsOf(aValidListing()).isEmpty();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void nameIsRequired(String name) {
            problemsOf(aValidListing().name(name)).containsExactly(new FieldProblem("name", "is required"));
        }

        @Test
        void nameHasAtMost100Characters() {
            problemsOf(aValidListing().name(text(100))).isEmpty();
            problemsOf(aValidListing().name(text(101)))
                    .containsExactly(new FieldProblem("name", "must be at most 100 characters (is 101)"));
        }

        @Test
        void nameMustNotContainAProtectedMark() {
            List<FieldProblem> problems = rules.check(aValidListing().name("EpicCare Diary").build());

            fieldsOf(problems).containsExactly("name");
            assertThat(problems.get(0).message()).contains("\"Epic\"");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void summaryIsRequired(String summary) {
            problemsOf(aValidListing().summary(summary)).containsExactly(new FieldProblem("summary", "is required"));
        }

        @Test
        void summaryHasAtMost500CharactersIncludingSpaces() {
            assertThat(text(500)).contains(" ");
            problemsOf(aValidListing().summary(text(500))).isEmpty();
            problemsOf(aValidListing().summary(text(501)))
                    .containsExactly(new FieldProblem("summary", "must be at most 500 characters (is 501)"));
        }

        @Test
        void descriptionIsOptionalWhileEditing() {
            problemsOf(aValidListing().description(null)).isEmpty();
            problemsOf(aValidListing().description("")).isEmpty();
        }

        @Test
        void descriptionHasAtMost1998CharactersIncludingSpaces() {
            problemsOf(aValidListing().description(text(1998))).isEmpty();
            problemsOf(aValidListing().description(text(1999)))
                    .containsExactly(new FieldProblem("description", "must be at most 1998 characters (is 1999)"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" "})
        void publicDocumentationUrlIsRequired(String url) {
            problemsOf(aValidListing().publicDocumentationUrl(url))
                    .containsExactly(new FieldProblem("publicDocumentationUrl", "is required"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://docs.pulse.example", "https://docs.pulse.example:8443/app?lang=en#setup"})
        void publicDocumentationUrlMayBeAnyAbsoluteHttpsUrl(String url) {
            problemsOf(aValidListing().publicDocumentationUrl(url)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://docs.pulse.example/app", "ftp://docs.pulse.example/app", "/docs/app",
                "docs.pulse.example/app", "https://", "https:///app", "ht tps://docs", "not a url at all", "https:docs"})
        void publicDocumentationUrlMustBeAnAbsoluteHttpsUrl(String url) {
            problemsOf(aValidListing().publicDocumentationUrl(url)).containsExactly(
                    new FieldProblem("publicDocumentationUrl", "must be an absolute https URL"));
        }

        @Test
        void audienceIsOptionalWhileEditing() {
            problemsOf(aValidListing().audience((String) null)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(Audience.class)
        void audienceMayBeAnyOfTheThree(Audience audience) {
            problemsOf(aValidListing().audience(audience)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "patients", "EVERYONE", "PATIENTS "})
        void audienceMustBeOneOfTheThree(String audience) {
            problemsOf(aValidListing().audience(audience)).containsExactly(
                    new FieldProblem("audience", "must be PATIENTS, CLINICIANS or BACKEND_SYSTEMS"));
        }

        @Test
        void incomingApisMustBeApisOfTheCatalogue() {
            List<FieldProblem> problems = rules.check(
                    aValidListing().incomingApis(KNOWN_API, "Patient.Delete (R4)").build());

            assertThat(problems).containsExactly(new FieldProblem("incomingApis[1]",
                    "'Patient.Delete (R4)' is not an API of the catalogue"));
        }

        @Test
        void incomingApisMustNotRepeatAnApi() {
            List<FieldProblem> problems = rules.check(
                    aValidListing().incomingApis(KNOWN_API, OTHER_KNOWN_API, KNOWN_API).build());

            assertThat(problems).containsExactly(new FieldProblem("incomingApis[2]",
                    "'" + KNOWN_API + "' is listed twice"));
        }

        @Test
        void incomingApisMayBeEmptyWhileEditing() {
            problemsOf(aValidListing().incomingApis()).isEmpty();
        }

        @Test
        void redirectUrisMayBeSeveralHttpsUrls() {
            problemsOf(aValidListing().redirectUris("https://pulse.example/callback",
                    "https://pulse.example:8443/oauth/return?app=diary")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://pulse.example/callback", "/callback", "pulse://callback", "https://"})
        void redirectUrisMustBeHttps(String uri) {
            problemsOf(aValidListing().redirectUris("https://pulse.example/callback", uri))
                    .containsExactly(new FieldProblem("redirectUris[1]", "must be an absolute https URL"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://pulse.example/callback#done", "https://pulse.example/callback#"})
        void redirectUrisMustNotHaveAFragment(String uri) {
            problemsOf(aValidListing().redirectUris(uri))
                    .containsExactly(new FieldProblem("redirectUris[0]", "must not contain a fragment (#)"));
        }

        @Test
        void dataUseAnswersAreOptional() {
            problemsOf(aValidListing().dataUseAnswers(Map.of())).isEmpty();
        }

        @Test
        void dataUseAnswersMustAnswerQuestionsOfTheQuestionnaire() {
            problemsOf(aValidListing().dataUseAnswers(Map.of("favouriteColour", "blue"))).containsExactly(
                    new FieldProblem("dataUseAnswers.favouriteColour",
                            "is not a question of the Data Use Questionnaire"));
        }

        @Test
        void dataUseAnswersHaveAtMost1000Characters() {
            String key = DataUseQuestion.RETENTION.key();

            problemsOf(aValidListing().dataUseAnswers(Map.of(key, text(1000)))).isEmpty();
            problemsOf(aValidListing().dataUseAnswers(Map.of(key, text(1001)))).containsExactly(
                    new FieldProblem("dataUseAnswers.retention", "must be at most 1000 characters"));
        }

        @Test
        void reportsEveryBrokenRuleAtOnce() {
            List<FieldProblem> problems = rules.check(aValidListing()
                    .name(null)
                    .publicDocumentationUrl("http://docs.pulse.example")
                    .summary(text(501))
                    .audience("EVERYONE")
                    .incomingApis("Nope")
                    .redirectUris("https://pulse.example/#x")
                    .build());

            fieldsOf(problems).containsExactlyInAnyOrder("name", "publicDocumentationUrl", "summary", "audience",
                    "incomingApis[0]", "redirectUris[0]");
        }
    }

    @Nested
    class Review {

        private List<Finding> review(ListingBuilder listing) {
            return review(listing, READY);
        }

        private List<Finding> review(ListingBuilder listing, ReadinessFacts facts) {
            return rules.review(listing.build(), facts);
        }

        @Test
        void aCompleteCompliantListingHasNoFindings() {
            assertThat(review(aValidListing())).isEmpty();
        }

        @Test
        void aCompleteListingWithoutImagesHasNoErrors() {
            ReadinessFacts noImages = new ReadinessFacts(true, Optional.empty(), List.of());

            assertThat(review(aValidListing(), noImages)).noneMatch(Finding::isError);
        }

        @Test
        void everyBrokenRuleOfCheckIsAnError() {
            assertThat(review(aValidListing().name(text(101)).publicDocumentationUrl("http://docs.pulse.example")))
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("name", ERROR), tuple("publicDocumentationUrl", ERROR));
        }

        @Test
        void theTermsMustBeAccepted() {
            ReadinessFacts notAccepted = new ReadinessFacts(false, Optional.of(THUMBNAIL), List.of(SCREENSHOT));

            assertThat(review(aValidListing(), notAccepted))
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("termsAccepted", ERROR));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void descriptionIsRequired(String description) {
            assertThat(review(aValidListing().description(description)))
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("description", ERROR));
        }

        @Test
        void audienceIsRequired() {
            assertThat(review(aValidListing().audience((String) null)))
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("audience", ERROR));
        }

        @Test
        void atLeastOneApiIsRequired() {
            assertThat(review(aValidListing().incomingApis()))
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("incomingApis", ERROR));
        }

        @ParameterizedTest
        @EnumSource(value = Audience.class, names = {"PATIENTS", "CLINICIANS"})
        void appsPeopleSignInToNeedARedirectUri(Audience audience) {
            assertThat(review(aValidListing().audience(audience).redirectUris()))
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("redirectUris", ERROR));
        }

        @Test
        void backendSystemsNeedNoRedirectUri() {
            assertThat(review(aValidListing().audience(Audience.BACKEND_SYSTEMS).redirectUris())).isEmpty();
        }

        @Test
        void aPatientFacingAppWithAnUnansweredQuestionIsWarned() {
            Map<String, String> answers = ListingBuilder.dataUseAnswersWithout(DataUseQuestion.STORAGE);

            assertThat(review(aValidListing().dataUseAnswers(answers)))
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("dataUseAnswers", WARNING));
        }

        @Test
        void aBlankAnswerCountsAsUnanswered() {
            Map<String, String> answers = new HashMap<>(ListingBuilder.allDataUseAnswers());
            answers.put(DataUseQuestion.SELLS_DATA.key(), "   ");

            assertThat(review(aValidListing().dataUseAnswers(answers)))
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("dataUseAnswers", WARNING));
        }

        @Test
        void aPatientFacingAppWithEveryAnswerIsNotWarned() {
            assertThat(review(aValidListing().audience(Audience.PATIENTS)))
                    .extracting(Finding::field)
                    .doesNotContain("dataUseAnswers");
        }

        @ParameterizedTest
        @EnumSource(value = Audience.class, names = {"CLINICIANS", "BACKEND_SYSTEMS"})
        void otherAppsNeedNoAnswers(Audience audience) {
            assertThat(review(aValidListing().audience(audience).dataUseAnswers(Map.of()))).isEmpty();
        }

        @Test
        void aThumbnailOf500By300IsRight() {
            ReadinessFacts facts = new ReadinessFacts(true, Optional.of(new ImageInfo("image/jpeg", 500, 300)),
                    List.of(SCREENSHOT));

            assertThat(review(aValidListing(), facts)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {400, 499, 501})
        void aThumbnailOfAnotherWidthIsOnlyAWarning(int width) {
            ReadinessFacts facts = new ReadinessFacts(true, Optional.of(new ImageInfo("image/png", width, 300)),
                    List.of(SCREENSHOT));

            assertThat(review(aValidListing(), facts))
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("thumbnail", WARNING));
        }

        @Test
        void aThumbnailOfAnotherHeightIsOnlyAWarning() {
            ReadinessFacts facts = new ReadinessFacts(true, Optional.of(new ImageInfo("image/png", 500, 301)),
                    List.of(SCREENSHOT));

            assertThat(review(aValidListing(), facts))
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("thumbnail", WARNING));
        }

        @Test
        void aScreenshotOtherThan1920WideIsOnlyAWarningNamingIt() {
            ReadinessFacts facts = new ReadinessFacts(true, Optional.of(THUMBNAIL),
                    List.of(SCREENSHOT, new ImageInfo("image/png", 1280, 1080), SCREENSHOT));

            List<Finding> findings = review(aValidListing(), facts);

            assertThat(findings)
                    .extracting(Finding::field, Finding::severity)
                    .containsExactly(tuple("screenshots[1]", WARNING));
            assertThat(findings.get(0).message()).contains("1280 x 1080").contains("1920 x 1080");
        }
    }

    @Nested
    class CheckScreenshot {

        private static final ImageInfo FULL_HD = new ImageInfo("image/png", 1920, 1080);

        @Test
        void aNinthScreenshotCanBeAddedAsTheTenth() {
            assertThat(rules.checkScreenshot(9, FULL_HD, "Your week at a glance")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {10, 11})
        void anAppHasAtMostTenScreenshots(int existing) {
            fieldsOf(rules.checkScreenshot(existing, FULL_HD, null)).containsExactly("screenshots");
        }

        @Test
        void aScreenshotOf1280By1080IsAcceptedAndOnlyWarnedAtReview() {
            assertThat(rules.checkScreenshot(0, new ImageInfo("image/jpeg", 1280, 1080), null)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {1079, 1081, 720})
        void aScreenshotIs1080PixelsHigh(int height) {
            assertThat(rules.checkScreenshot(0, new ImageInfo("image/png", 1920, height), null)).containsExactly(
                    new FieldProblem("file", "a screenshot must be 1080 pixels high (is " + height + ")"));
        }

        @Test
        void theCaptionIsOptional() {
            assertThat(rules.checkScreenshot(0, FULL_HD, null)).isEmpty();
            assertThat(rules.checkScreenshot(0, FULL_HD, "")).isEmpty();
        }

        @Test
        void theCaptionHasAtMost300Characters() {
            assertThat(rules.checkScreenshot(0, FULL_HD, text(300))).isEmpty();
            assertThat(rules.checkScreenshot(0, FULL_HD, text(301)))
                    .containsExactly(new FieldProblem("caption", "must be at most 300 characters"));
        }

        @Test
        void reportsEveryBrokenRuleAtOnce() {
            fieldsOf(rules.checkScreenshot(10, new ImageInfo("image/png", 1920, 1000), text(301)))
                    .containsExactly("screenshots", "file", "caption");
        }
    }
}
