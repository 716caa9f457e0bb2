package org.appregistry.environments;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;

/**
 * Signs a person in at the environment whose login page they used (the form's authentication
 * details name it, as the path of the environment). The principal is a plain {@link User} named
 * {@code {org}/{env}/{username}}: Spring Authorization Server stores it with the authorization, and the name
 * keeps consents and authorizations of one environment apart from another's.
 */
class EnvironmentSignIn implements AuthenticationProvider {

    private final EnvironmentAccounts accounts;
    private final FailureThrottle throttle;

    EnvironmentSignIn(EnvironmentAccounts accounts, FailureThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication.getDetails() instanceof String path) || EnvironmentPath.ofPath(path).isEmpty()) {
            return null;
        }
        // the username is tried per environment: the same name elsewhere is another account
        String tried = path + "/" + authentication.getName();
        String address = SecretClientAuthentication.remoteAddress();
        if (throttle.waitFor(address, tried).isPresent()) {
            throw new BadCredentialsException("too many failed sign-ins from this address");
        }
        EnvironmentAccount account = accounts.signIn(EnvironmentPath.ofPath(path).get(), authentication.getName(),
                        String.valueOf(authentication.getCredentials()))
                .orElseThrow(() -> {
                    throttle.failed(address, tried);
                    return new BadCredentialsException("wrong username or password");
                });
        User user = new User(account.principalName(), "", List.of());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
