package org.appregistry.onboarding;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.common.ConflictException;
import org.appregistry.common.ForbiddenException;
import org.appregistry.common.NotFoundException;
import org.appregistry.common.Problems;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.Groups;
import org.appregistry.identity.UserAccounts;
import org.appregistry.identity.UserAccounts.NewUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Developer sign-up: the applicant's account is made at once but in no group, so it signs in and
 * can do nothing but ask who it is; an operator's decision (the vendorOnboarding task, through
 * whichever door) either makes the vendor with the account as its first developer, or refuses,
 * leaving the account in no group with the reason to read at GET /api/me.
 */
@Service
@Transactional
public class SignupService {

    static final int MAX_VENDOR_NAME = 200;

    private final SignupRepository signups;
    private final UserAccounts accounts;
    private final NewVendors vendors;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final VendorSignups onboarding;
    private final Clock clock;

    public SignupService(SignupRepository signups, UserAccounts accounts, NewVendors vendors,
            AccessPolicy access, ApplicationEventPublisher events, VendorSignups onboarding, Clock clock) {
        this.signups = signups;
        this.accounts = accounts;
        this.vendors = vendors;
        this.access = access;
        this.events = events;
        this.onboarding = onboarding;
        this.clock = clock;
    }

    /**
     * The sign-up, its account (in no group) and its vendorOnboarding process, all or nothing:
     * 422 with every broken rule, 409 when the user id or the vendor's name is taken.
     */
    public Signup apply(String vendorName, NewUser applicant) {
        Problems problems = new Problems().requireText("vendorName", vendorName, MAX_VENDOR_NAME);
        accounts.createSelfServed(applicant, List.of(), problems);
        String name = vendorName.trim();
        if (vendors.exists(name) || signups.existsByVendorNameIgnoreCaseAndStatus(name, SignupStatus.PENDING)) {
            throw new ConflictException("A vendor named '" + name + "' exists or has applied already.");
        }
        Signup signup = signups.save(new Signup(name, applicant.userId(), clock.instant()));
        onboarding.startOnboarding(signup.getId());
        events.publishEvent(new SignupReceived(name));
        return signup;
    }

    /** Read by the first step of vendorOnboarding, which makes the sign-up its business key. */
    @Transactional(readOnly = true)
    public Signup get(UUID signupId) {
        return signups.findById(signupId).orElseThrow(() -> new NotFoundException("sign-up not found"));
    }

    /** The applicant's own sign-up, for GET /api/me. */
    @Transactional(readOnly = true)
    public Optional<Signup> of(String userId) {
        return signups.findByUserId(userId);
    }

    /**
     * The task's use case: only an operator decides, once. Approving makes the vendor (409 when
     * its name was taken meanwhile: refuse instead) and puts the account in its developers' groups.
     */
    public void decide(UUID signupId, String userId, SignupDecision decision) {
        if (!access.user(userId).isOperator()) {
            throw new ForbiddenException("Only an operator may approve or refuse a sign-up.");
        }
        decision.check();
        Signup signup = get(signupId);
        if (decision.approve()) {
            UUID vendorId = vendors.create(signup.getVendorName());
            signup.approve(vendorId, userId, clock.instant());
            accounts.join(signup.getUserId(), List.of(Groups.vendorDevelopers(vendorId), Groups.DEVELOPERS));
            events.publishEvent(new SignupApproved(vendorId, signup.getVendorName()));
        } else {
            signup.refuse(decision.refusalReason().trim(), userId, clock.instant());
        }
    }
}
