package org.appregistry.listings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.appregistry.common.FieldProblem;

/** The rules of the marketing fields, every broken one named by its field. Plain Java. */
public final class MarketingRules {

    public static final int MAX_CATEGORIES = 3;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_URL = 500;

    /** Something@host.tld, without spaces: the form, not whether the mailbox exists. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** Opening of an HTML tag: the text is shown as plain text, so markup would show as typed. */
    private static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]");

    private MarketingRules() {
    }

    public static List<FieldProblem> check(MarketingFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> categories = fields.categories();
        if (categories.size() > MAX_CATEGORIES) {
            problems.add(new FieldProblem("categories", "at most " + MAX_CATEGORIES + " categories"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String code = categories.get(i);
            if (!isCode(ListingCategory.class, code)) {
                problems.add(new FieldProblem("categories[" + i + "]", "must be one of " + codes(ListingCategory.class)));
            } else if (!seen.add(code)) {
                problems.add(new FieldProblem("categories[" + i + "]", "is named twice"));
            }
        }
        String email = fields.supportEmail();
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("supportEmail", "must be an email address of at most " + MAX_EMAIL
                    + " characters"));
        }
        String url = fields.supportUrl();
        if (url != null && (url.length() > MAX_URL || !isHttps(url))) {
            problems.add(new FieldProblem("supportUrl", "must be an absolute https URL of at most " + MAX_URL
                    + " characters"));
        }
        if (fields.pricingModel() != null && !isCode(PricingModel.class, fields.pricingModel())) {
            problems.add(new FieldProblem("pricingModel", "must be one of " + codes(PricingModel.class)));
        }
        String text = fields.marketingText();
        if (text != null) {
            if (text.length() > MAX_TEXT) {
                problems.add(new FieldProblem("marketingText", "must be at most " + MAX_TEXT + " characters"));
            } else if (MARKUP.matcher(text).find()) {
                problems.add(new FieldProblem("marketingText", "must be plain text, without HTML tags"));
            }
        }
        return problems;
    }

    private static <E extends Enum<E>> boolean isCode(Class<E> type, String code) {
        return code != null && Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(code));
    }

    private static <E extends Enum<E>> String codes(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
