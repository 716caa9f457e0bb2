package org.appregistry.identity;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CSRF defence of /api, /engine-rest and the built-in environments, whose clients sign in
 * with HTTP Basic on every request: a browser that has such credentials cached (after Swagger UI,
 * say) sends them along with another site's form post too. A request that may change something
 * (anything but GET, HEAD, OPTIONS, TRACE) is refused before anyone is signed in when the browser
 * says another site sent it: {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none},
 * or an {@code Origin} other than this server's own (scheme, host and port, as the request
 * arrived; {@code null} included). Browsers send {@code Origin} with every cross-site POST, PUT,
 * PATCH and DELETE, forms and multipart uploads included; curl and other systems send neither
 * header and are not affected. docs/security.md, "Hardening".
 */
final class CrossSiteRequests extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    private final ObjectMapper objectMapper;

    CrossSiteRequests(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            SecurityConfiguration.write(response, objectMapper, HttpStatus.FORBIDDEN,
                    "A request that changes something may not come from another site's page.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite)) {
            return true;
        }
        if (request.getHeader(HttpHeaders.ORIGIN) == null) {
            return false;
        }
        try {
            return CorsUtils.isCorsRequest(request);
        } catch (IllegalArgumentException unreadableOrigin) {
            return true;
        }
    }
}
