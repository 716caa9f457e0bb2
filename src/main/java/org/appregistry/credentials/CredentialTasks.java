package org.appregistry.credentials;

import org.appregistry.common.TaskKind;
import org.appregistry.credentials.CredentialService.Provision;

/** The user task of Review & Manage Downloads, as the core knows it. */
public final class CredentialTasks {

    /** The vendor's developers provide credentials for one organisation's request (the record). */
    public static final TaskKind<Provision> PROVIDE = TaskKind.of("provideCredentials", Provision.class);

    private CredentialTasks() {
    }
}
