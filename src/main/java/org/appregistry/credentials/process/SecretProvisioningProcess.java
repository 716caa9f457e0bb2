package org.appregistry.credentials.process;

import java.util.Set;
import java.util.UUID;

import org.appregistry.workflow.ProcessVariable;
import org.appregistry.workflow.SensitiveVariables;
import org.springframework.stereotype.Component;

/** Key, elements and variables of secretProvisioning (processes/secret-provisioning.bpmn). */
@Component
public class SecretProvisioningProcess implements SensitiveVariables {

    public static final String KEY = "secretProvisioning";
    public static final String TASK_PROVIDE = "Task_ProvideCredentials";

    public static final ProcessVariable<UUID> REQUEST_ID = ProcessVariable.id("requestId");
    public static final ProcessVariable<UUID> APP_ID = ProcessVariable.id("appId");
    public static final ProcessVariable<UUID> VENDOR_ID = ProcessVariable.id("vendorId");
    public static final ProcessVariable<UUID> ORGANIZATION_ID = ProcessVariable.id("organizationId");

    /** The form provide-credentials. */
    static final ProcessVariable<String> MODE = ProcessVariable.string("credentialMode");
    static final String PRODUCTION_SECRET = "productionSecret";
    static final String NON_PRODUCTION_SECRET = "nonProductionSecret";
    static final String PRODUCTION_CERTIFICATE = "productionCertificate";
    static final String NON_PRODUCTION_CERTIFICATE = "nonProductionCertificate";
    static final String PRODUCTION_JWKS_URL = "productionJwksUrl";
    static final String NON_PRODUCTION_JWKS_URL = "nonProductionJwksUrl";
    /** Shown on the form only: task variables. */
    static final ProcessVariable<String> ORGANIZATION_NAME = ProcessVariable.string("organizationName");
    static final ProcessVariable<String> APP_NAME = ProcessVariable.string("appName");

    /** Typed secrets, and pasted certificates that may hold a private key by mistake: never persisted. */
    static final Set<String> CREDENTIAL_FIELDS = Set.of(PRODUCTION_SECRET, NON_PRODUCTION_SECRET,
            PRODUCTION_CERTIFICATE, NON_PRODUCTION_CERTIFICATE, PRODUCTION_JWKS_URL, NON_PRODUCTION_JWKS_URL);

    @Override
    public Set<String> names() {
        return CREDENTIAL_FIELDS;
    }
}
