package org.appregistry.credentials.process;

import static org.appregistry.credentials.process.CertificateExpiryWatchProcess.CERTIFICATES_MARKED_EXPIRED;
import static org.appregistry.credentials.process.CertificateExpiryWatchProcess.CERTIFICATES_WARNED;

import org.appregistry.credentials.CertificateExpiryService;
import org.appregistry.credentials.CertificateExpiryService.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckCertificateExpiry: one run of the watch; the counts stay in the instance's history. */
@Component
public class CheckCertificateExpiryDelegate implements JavaDelegate {

    private final CertificateExpiryService expiry;

    public CheckCertificateExpiryDelegate(CertificateExpiryService expiry) {
        this.expiry = expiry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outcome outcome = expiry.watch();
        CERTIFICATES_WARNED.set(execution, outcome.warned());
        CERTIFICATES_MARKED_EXPIRED.set(execution, outcome.markedExpired());
    }
}
