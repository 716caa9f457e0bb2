package org.appregistry.agreements;

import org.appregistry.common.TaskKind;

/** The user task of the API Subscription Agreement, as the core knows it. */
public final class AgreementTasks {

    /** A purchaser signs for the whole organisation; the record is the organisation. */
    public static final TaskKind<Signature> SIGN = TaskKind.of("signAgreement", Signature.class);

    /** The answer: acceptance and who signs, by name and title. */
    public record Signature(Boolean accept, String signerName, String signerTitle) {
    }

    private AgreementTasks() {
    }
}
