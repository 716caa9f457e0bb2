package org.appregistry.apps.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appregistry.apps.DataUseQuestion;
import org.appregistry.apps.Listing;
import org.appregistry.apps.ListingChanges;
import org.appregistry.workflow.FormValues;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The listing as the forms create-an-app and finalize-app carry it: one field per listing field,
 * the APIs as a JSON list (a checklist), the redirect URIs as lines of text, one field per Data
 * Use question. /api starts appRegistration with the same fields.
 */
public final class ListingForm {

    static final String NAME = "name";
    static final String PUBLIC_DOCUMENTATION_URL = "publicDocumentationUrl";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String AUDIENCE = "audience";
    static final String USES_REFRESH_TOKENS = "usesRefreshTokens";
    static final String INCOMING_APIS = "incomingApis";
    static final String REDIRECT_URIS = "redirectUris";
    static final String TERMS_ACCEPTED = "termsAccepted";

    private ListingForm() {
    }

    static String dataUseField(DataUseQuestion question) {
        return "dataUse" + Character.toUpperCase(question.key().charAt(0)) + question.key().substring(1);
    }

    /** Every field of the listing; the finalize form adds the terms checkbox. */
    static List<String> fields() {
        List<String> names = new ArrayList<>(List.of(NAME, PUBLIC_DOCUMENTATION_URL, SUMMARY, DESCRIPTION,
                AUDIENCE, USES_REFRESH_TOKENS, INCOMING_APIS, REDIRECT_URIS));
        Arrays.stream(DataUseQuestion.values()).map(ListingForm::dataUseField).forEach(names::add);
        return names;
    }

    /** The start variables for a listing sent to /api: only the fields it sends. */
    static Map<String, Object> toVariables(ListingChanges listing) {
        Map<String, Object> variables = new LinkedHashMap<>();
        putIfSet(variables, NAME, listing.name());
        putIfSet(variables, PUBLIC_DOCUMENTATION_URL, listing.publicDocumentationUrl());
        putIfSet(variables, SUMMARY, listing.summary());
        putIfSet(variables, DESCRIPTION, listing.description());
        putIfSet(variables, AUDIENCE, listing.audience());
        putIfSet(variables, USES_REFRESH_TOKENS, listing.usesRefreshTokens());
        if (listing.incomingApis() != null) {
            variables.put(INCOMING_APIS, jsonList(listing.incomingApis()));
        }
        if (listing.redirectUris() != null) {
            variables.put(REDIRECT_URIS, String.join("\n", listing.redirectUris()));
        }
        if (listing.dataUseAnswers() != null) {
            listing.dataUseAnswers().forEach((key, answer) -> variables.put(
                    DataUseQuestion.byKey(key).map(ListingForm::dataUseField).orElse("dataUse." + key), answer));
        }
        return variables;
    }

    /** The one parser of the listing's fields; a field not sent stays unchanged (null). */
    static ListingChanges read(FormValues form) {
        Map<String, String> answers = new HashMap<>();
        for (DataUseQuestion question : DataUseQuestion.values()) {
            Object answer = form.raw(dataUseField(question));
            if (answer != null) {
                answers.put(question.key(), answer.toString());
            }
        }
        return new ListingChanges(
                plain(form, NAME),
                plain(form, PUBLIC_DOCUMENTATION_URL),
                plain(form, SUMMARY),
                plain(form, DESCRIPTION),
                form.text(AUDIENCE).orElse(null),
                form.flag(USES_REFRESH_TOKENS).orElse(null),
                form.list(INCOMING_APIS).orElse(null),
                form.lines(REDIRECT_URIS).orElse(null),
                answers.isEmpty() ? null : answers);
    }

    /** The form's values for a listing: how the finalize form opens. */
    static Map<String, Object> values(Listing listing) {
        Map<String, Object> values = new HashMap<>();
        values.put(NAME, listing.name());
        values.put(PUBLIC_DOCUMENTATION_URL, listing.publicDocumentationUrl());
        values.put(SUMMARY, listing.summary());
        values.put(DESCRIPTION, listing.description());
        values.put(AUDIENCE, listing.audience());
        values.put(USES_REFRESH_TOKENS, listing.usesRefreshTokens());
        values.put(INCOMING_APIS, jsonList(listing.incomingApis()));
        values.put(REDIRECT_URIS, String.join("\n", listing.redirectUris()));
        for (DataUseQuestion question : DataUseQuestion.values()) {
            values.put(dataUseField(question), listing.dataUseAnswers().get(question.key()));
        }
        return values;
    }

    /** An empty text field is an empty value, not "unchanged": the rules then say what is missing. */
    private static String plain(FormValues form, String key) {
        return Optional.ofNullable(form.raw(key)).map(Object::toString).orElse(null);
    }

    private static void putIfSet(Map<String, Object> variables, String key, Object value) {
        if (value != null) {
            variables.put(key, value);
        }
    }

    private static Object jsonList(List<String> values) {
        return SpinValues.jsonValue(Spin.JSON(values).toString()).create();
    }
}
