package org.appregistry.environments;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps a sign-in to one environment in the session under that environment's own key: a patient
 * signed in at one organisation's environment is not signed in at another's (nor at the other
 * environment of the same organisation), so no app of another environment gets a code for them.
 */
class EnvironmentSecurityContexts implements SecurityContextRepository {

    private static final String KEY = "APP_REGISTRY_ENVIRONMENT_SIGN_IN:";

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        Optional<EnvironmentPath> environment = environment(request);
        if (environment.isEmpty()) {
            return new Empty();
        }
        return repository(environment.get()).loadDeferredContext(request);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    /** The sign-in of one environment, for a page outside its paths (the consent page). */
    SecurityContext load(EnvironmentPath environment, HttpServletRequest request) {
        return repository(environment).loadDeferredContext(request).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        environment(request).ifPresent(environment -> repository(environment).saveContext(context, request, response));
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return environment(request).map(environment -> repository(environment).containsContext(request)).orElse(false);
    }

    private static Optional<EnvironmentPath> environment(HttpServletRequest request) {
        return EnvironmentPath.ofPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static HttpSessionSecurityContextRepository repository(EnvironmentPath environment) {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(KEY + environment.path());
        return repository;
    }

    private static final class Empty implements DeferredSecurityContext {
        @Override
        public SecurityContext get() {
            return SecurityContextHolder.createEmptyContext();
        }

        @Override
        public boolean isGenerated() {
            return true;
        }
    }
}
