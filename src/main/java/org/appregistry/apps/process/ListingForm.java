package org.appregistry.apps.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.appregistry.apps.DataUseQuestion;
import org.appregistry.apps.Listing;
import org.appregistry.apps.ListingChanges;
import org.appregistry.workflow.ProcessVariable;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The listing as the forms create-an-app and finalize-app carry it: one variable per field,
 * the APIs as a JSON list (a checklist), the redirect URIs as lines of text, one field per
 * Data Use question. The same variables come from /api and /engine-rest starts.
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
    static final ProcessVariable<Boolean> TERMS_ACCEPTED = ProcessVariable.bool("termsAccepted");

    private ListingForm() {
    }

    static String dataUseField(DataUseQuestion question) {
        return "dataUse" + Character.toUpperCase(question.key().charAt(0)) + question.key().substring(1);
    }

    /** Every variable name of the form but the terms checkbox. */
    static List<String> fields() {
        List<String> names = new ArrayList<>(List.of(NAME, PUBLIC_DOCUMENTATION_URL, SUMMARY, DESCRIPTION, AUDIENCE,
                USES_REFRESH_TOKENS, INCOMING_APIS, REDIRECT_URIS));
        Arrays.stream(DataUseQuestion.values()).map(ListingForm::dataUseField).forEach(names::add);
        return names;
    }

    /** The start variables for a listing sent to /api. */
    public static Map<String, Object> toVariables(ListingChanges listing) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(NAME, listing.name());
        variables.put(PUBLIC_DOCUMENTATION_URL, listing.publicDocumentationUrl());
        variables.put(SUMMARY, listing.summary());
        variables.put(DESCRIPTION, listing.description());
        variables.put(AUDIENCE, listing.audience());
        variables.put(USES_REFRESH_TOKENS, listing.usesRefreshTokens());
        variables.put(INCOMING_APIS, listing.incomingApis() == null ? null : jsonList(listing.incomingApis()));
        variables.put(REDIRECT_URIS, listing.redirectUris() == null ? null : String.join("\n", listing.redirectUris()));
        if (listing.dataUseAnswers() != null) {
            listing.dataUseAnswers().forEach((key, answer) -> variables.put(
                    DataUseQuestion.byKey(key).map(ListingForm::dataUseField).orElse("dataUse." + key), answer));
        }
        return variables;
    }

    /** The listing fields found through {@code variable}; absent fields stay unchanged (null). */
    static ListingChanges read(Function<String, Object> variable) {
        Map<String, String> answers = new HashMap<>();
        for (DataUseQuestion question : DataUseQuestion.values()) {
            Object answer = variable.apply(dataUseField(question));
            if (answer != null) {
                answers.put(question.key(), answer.toString());
            }
        }
        Object refreshTokens = variable.apply(USES_REFRESH_TOKENS);
        return new ListingChanges(
                text(variable.apply(NAME)),
                text(variable.apply(PUBLIC_DOCUMENTATION_URL)),
                text(variable.apply(SUMMARY)),
                text(variable.apply(DESCRIPTION)),
                blankToNull(text(variable.apply(AUDIENCE))),
                refreshTokens == null ? null : Boolean.valueOf(refreshTokens.toString()),
                list(variable.apply(INCOMING_APIS)),
                lines(variable.apply(REDIRECT_URIS)),
                answers.isEmpty() ? null : answers);
    }

    /**
     * Opens the form's working copy of the listing while the finalize task is open: process
     * variables, so that Tasklist's submit-form and a plain /engine-rest complete both update
     * them. {@link #remove} takes them away again when the task is done.
     */
    static void fill(VariableScope scope, Listing listing) {
        scope.setVariables(variables(listing));
        TERMS_ACCEPTED.set(scope, false);
    }

    /** The form's variables for a listing. */
    static Map<String, Object> variables(Listing listing) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(NAME, listing.name());
        variables.put(PUBLIC_DOCUMENTATION_URL, listing.publicDocumentationUrl());
        variables.put(SUMMARY, listing.summary());
        variables.put(DESCRIPTION, listing.description());
        variables.put(AUDIENCE, listing.audience());
        variables.put(USES_REFRESH_TOKENS, listing.usesRefreshTokens());
        variables.put(INCOMING_APIS, jsonList(listing.incomingApis()));
        variables.put(REDIRECT_URIS, String.join("\n", listing.redirectUris()));
        for (DataUseQuestion question : DataUseQuestion.values()) {
            variables.put(dataUseField(question), listing.dataUseAnswers().get(question.key()));
        }
        return variables;
    }

    /** The process keeps ids, not the listing: the form's fields go once the record has them. */
    static void remove(VariableScope scope) {
        scope.removeVariables(fields());
        scope.removeVariable(TERMS_ACCEPTED.name());
    }

    private static Object jsonList(List<String> values) {
        return SpinValues.jsonValue(Spin.JSON(values).toString()).create();
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof SpinJsonNode json) {
            return json.isArray() ? json.elements().stream().map(SpinJsonNode::stringValue).toList() : List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        String text = value.toString().trim();
        if (text.startsWith("[")) {
            return list(Spin.JSON(text));
        }
        return Arrays.stream(text.split("[,\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lines(Object value) {
        if (value instanceof List<?> || value instanceof SpinJsonNode) {
            return list(value);
        }
        return value == null ? null
                : Arrays.stream(value.toString().split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
