package org.appregistry.environments;

import org.appregistry.organizations.OrganizationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: the patient {@code patient} (password {@code patient}) at General Hospital's PRD and
 * TST, who signs in to authorize apps there. Runs after the organisations' demo data.
 */
@Component
@Profile("demo")
@Order(3)
class DemoPatients implements ApplicationRunner {

    static final String ORGANIZATION = "General Hospital";
    static final String PATIENT_ID = "example-patient";

    private static final Logger log = LoggerFactory.getLogger(DemoPatients.class);

    private final OrganizationRepository organizations;
    private final EnvironmentAccounts accounts;

    DemoPatients(OrganizationRepository organizations, EnvironmentAccounts accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        organizations.findByName(ORGANIZATION).ifPresent(hospital -> {
            for (String environment : new String[] {"PRD", "TST"}) {
                accounts.ensure(hospital.getId(), environment, "patient", "patient", "Pat Example",
                        "Patient/" + PATIENT_ID);
            }
            log.info("Demo data: patient 'patient' (password 'patient', demo only) at {}'s PRD and TST", ORGANIZATION);
        });
    }
}
