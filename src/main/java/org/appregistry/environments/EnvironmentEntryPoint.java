package org.appregistry.environments;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Who is not signed in: at an environment's authorization endpoint, its own login page (the
 * request is saved and resumed after the sign-in); anywhere else, a 401 in JSON.
 */
class EnvironmentEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<EnvironmentPath> environment = EnvironmentPath.ofPath(path);
        if (environment.isPresent() && path.endsWith("/oauth2/authorize")) {
            response.sendRedirect(request.getContextPath() + environment.get().path() + "/login");
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"invalid_client\",\"error_description\":\"authentication is required\"}");
    }
}
