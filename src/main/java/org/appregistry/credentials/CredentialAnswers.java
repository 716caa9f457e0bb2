package org.appregistry.credentials;

import java.util.UUID;

import org.appregistry.common.InvalidInputException;
import org.appregistry.common.TaskAnswers;
import org.appregistry.credentials.CredentialService.CredentialInput;
import org.appregistry.credentials.CredentialService.Provision;
import org.springframework.stereotype.Service;

/**
 * A developer answers a NOT_RESPONDED request: the one path of
 * {@code POST /api/apps/{appId}/downloads/{requestId}/credentials} and of the Review &amp; Manage
 * Downloads page, through the request's user task. For GENERATE the secrets are made here and
 * come back in the answer, the only place they ever appear. Callers have checked that the
 * request belongs to the developer's app.
 */
@Service
public class CredentialAnswers {

    private final CredentialService credentials;
    private final TaskAnswers tasks;

    public CredentialAnswers(CredentialService credentials, TaskAnswers tasks) {
        this.credentials = credentials;
        this.tasks = tasks;
    }

    public Provision provide(UUID requestId, CredentialMode mode, CredentialInput production,
            CredentialInput nonProduction, String developer) {
        Provision provision = mode == CredentialMode.GENERATE ? credentials.generatedSecrets()
                : new Provision(mode, production, nonProduction);
        tasks.answer(CredentialTasks.PROVIDE, requestId, developer, provision);
        return provision;
    }

    /** A mode as a client names it; null stays null (the task's rules then say it is required). */
    public static CredentialMode mode(String mode) {
        try {
            return mode == null ? null : CredentialMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mode", "must be GENERATE, SET, PUBLIC_KEY, JWKS_URL or NONE");
        }
    }
}
