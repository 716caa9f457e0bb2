package org.appregistry.apps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.Texts;
import org.springframework.data.jpa.domain.Specification;

/**
 * A search of the apps listed on Connection Hub; a criterion left out matches every listed app.
 *
 * @param name     found anywhere in the app's name, in any case
 * @param audience the app's audience
 * @param api      the name of an API the app uses (one of its incomingApis), in any case
 */
public record ListingSearch(String name, Audience audience, String api) {

    /** The search as a caller wrote it; blank is left out, an unknown audience is refused. */
    public static ListingSearch of(String name, String audience, String api) {
        return new ListingSearch(Texts.blankToNull(name), audience(Texts.blankToNull(audience)), Texts.blankToNull(api));
    }

    Specification<App> specification() {
        return (app, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isNotNull(app.get("listedAt")));
            // a suspended app keeps its listing for when the suspension is lifted, but is not shown meanwhile
            where.add(cb.equal(app.get("status"), AppStatus.ACTIVE));
            if (name != null) {
                where.add(cb.like(cb.lower(app.get("name")), "%" + likeLiteral(lower(name)) + "%", '\\'));
            }
            if (audience != null) {
                where.add(cb.equal(app.get("audience"), audience));
            }
            if (api != null) {
                Subquery<UUID> uses = query.subquery(UUID.class);
                Root<App> same = uses.correlate(app);
                Join<App, String> apis = same.join("incomingApis");
                uses.select(same.get("id")).where(cb.equal(cb.lower(apis), lower(api)));
                where.add(cb.exists(uses));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Audience audience(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(Audience.values()).filter(a -> a.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("audience",
                        "must be PATIENTS, CLINICIANS or BACKEND_SYSTEMS"));
    }

    /** A name is searched for as written: % and _ are no wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String lower(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
