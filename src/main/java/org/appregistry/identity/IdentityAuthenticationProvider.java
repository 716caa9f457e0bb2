package org.appregistry.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against Camunda's identity service, so that one login works for Tasklist, Cockpit,
 * /api and /engine-rest. The principal carries the user's groups; the authorities are the same
 * group ids.
 */
@Component
public class IdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final AccessPolicy accessPolicy;

    public IdentityAuthenticationProvider(IdentityService identityService, AccessPolicy accessPolicy) {
        this.identityService = identityService;
        this.accessPolicy = accessPolicy;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        CurrentUser user = accessPolicy.user(userId);
        List<SimpleGrantedAuthority> authorities = user.groupIds().stream().map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
