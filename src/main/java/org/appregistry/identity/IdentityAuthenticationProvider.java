package org.appregistry.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HTTP Basic against Camunda's identity service, so that one login works for Tasklist, Cockpit,
 * /api and /engine-rest. The principal carries the user's groups; the authorities are the same
 * group ids.
 *
 * <p>A wrong password slows the account down and never locks it for good: the engine's
 * {@code checkPassword} refuses every attempt for a while after a wrong one (growing up to
 * {@code login-delay-max-time}), and {@code login-max-attempts} is set so high that its
 * permanent lock never comes (docs/security.md, "Hardening"). Technical accounts are checked
 * against their key-derived password and never reach the engine's lock-out.
 */
@Component
public class IdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final AccessPolicy accessPolicy;
    private final Map<String, TechnicalAccount> technicalAccounts;
    private final TransactionTemplate transactions;

    public IdentityAuthenticationProvider(IdentityService identityService, AccessPolicy accessPolicy,
            List<TechnicalAccount> technicalAccounts, TransactionTemplate transactions) {
        this.identityService = identityService;
        this.accessPolicy = accessPolicy;
        this.transactions = transactions;
        this.technicalAccounts = technicalAccounts.stream()
                .collect(Collectors.toUnmodifiableMap(TechnicalAccount::userId, Function.identity()));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        String password = credentials.toString();
        TechnicalAccount technical = technicalAccounts.get(userId);
        CurrentUser user;
        if (technical != null) {
            // a push signs in twice per request: the account's groups are the application's, no query needed
            user = MessageDigest.isEqual(technical.password().getBytes(StandardCharsets.UTF_8),
                    password.getBytes(StandardCharsets.UTF_8)) ? new CurrentUser(userId, technical.groupIds()) : null;
        } else {
            // the password check and the group look-up in one transaction, not one each: every request
            // signs in (docs/performance.md)
            user = transactions.execute(status -> identityService.checkPassword(userId, password)
                    ? accessPolicy.user(userId) : null);
        }
        if (user == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<SimpleGrantedAuthority> authorities = user.groupIds().stream().map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
