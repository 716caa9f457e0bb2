package org.appregistry.pages;

import java.util.Optional;

import org.appregistry.agreements.Agreement;
import org.appregistry.agreements.AgreementService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API Subscription Agreement in force, readable by anyone (a purchaser reads it before
 * signing, in Tasklist or here); a member also sees whether their organisation has signed it.
 */
@Controller
class AgreementPage {

    private final AgreementService agreements;
    private final Viewers viewers;

    AgreementPage(AgreementService agreements, Viewers viewers) {
        this.agreements = agreements;
        this.viewers = viewers;
    }

    @GetMapping("/agreement")
    String agreement(Model model) {
        model.addAttribute("version", AgreementService.CURRENT_VERSION);
        Optional<Agreement> signed = viewers.current().filter(SignedIn::member)
                .flatMap(me -> agreements.of(me.organizationId()));
        model.addAttribute("signature", signed.orElse(null));
        return "pages/agreement";
    }
}
