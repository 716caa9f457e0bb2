package org.appregistry.listings;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.DataUseQuestion;
import org.appregistry.apps.ImageSummary;
import org.appregistry.apps.ImageViews;
import org.appregistry.apps.ImageViews.Image;
import org.appregistry.apps.Listing;

/**
 * An app as Connection Hub shows it to anyone: the fields of its listing, the additional marketing
 * fields (which may change while it is listed), its images
 * at their public URLs, and the programme's statement that it vouches for neither the developer
 * nor the software. Client IDs, redirect URIs and other settings stay with the developers.
 */
public record ListingView(UUID appId, String name, String developer, String publicDocumentationUrl, String summary,
        String description, String audience, List<String> incomingApis,
        List<DataUseAnswer> dataUseQuestionnaire, Image thumbnail, List<Image> screenshots, Instant listedAt,
        MarketingFields marketing, String disclaimer) {

    /** The source document's sentence, for this programme. */
    public static final String DISCLAIMER = "The programme does not endorse, certify, or verify the integrity, "
            + "safety, performance, or practices of the developers who list their apps here or of their software.";

    /** An answered question of the Data Use Questionnaire, as patients read it. */
    public record DataUseAnswer(String question, String answer) {
    }

    static ListingView of(App app, String developer, List<ImageSummary> images, MarketingFields marketing) {
        Listing listing = app.listing();
        ImageViews pictures = ImageViews.of(images, "/api/listings/" + app.getId() + "/images/");
        return new ListingView(app.getId(), listing.name(), developer, listing.publicDocumentationUrl(),
                listing.summary(), listing.description(), listing.audience(), listing.incomingApis(),
                answers(listing.dataUseAnswers()), pictures.thumbnail(), pictures.screenshots(), app.getListedAt(),
                marketing, DISCLAIMER);
    }

    /** In the questionnaire's order; a question left unanswered is not shown. */
    private static List<DataUseAnswer> answers(Map<String, String> answers) {
        return Arrays.stream(DataUseQuestion.values())
                .filter(question -> answers.containsKey(question.key()))
                .map(question -> new DataUseAnswer(question.text(), answers.get(question.key())))
                .toList();
    }
}
