package org.appregistry.credentials;

import java.time.Instant;

import org.appregistry.downloads.RequestParties;
import org.appregistry.organizations.EnvironmentKind;

/** A provisioned certificate expires within the warning period; raised once per certificate. */
public record CertificateExpiring(RequestParties request, EnvironmentKind environmentKind, Instant notAfter) {
}
