package org.appregistry.pages;

import java.util.Optional;

import org.appregistry.agreements.Agreement;
import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.agreements.Signing;
import org.appregistry.common.ForbiddenException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.identity.AccessPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The API Subscription Agreement in force, readable by anyone (a purchaser reads it before
 * signing, here or in Tasklist); a member also sees whether their organisation has signed it, and
 * a purchaser signs it here, through the same path as /api (Signing).
 */
@Controller
class AgreementPage {

    private final AgreementService agreements;
    private final Signing signing;
    private final AccessPolicy access;
    private final Viewers viewers;

    AgreementPage(AgreementService agreements, Signing signing, AccessPolicy access, Viewers viewers) {
        this.agreements = agreements;
        this.signing = signing;
        this.access = access;
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

    @PostMapping("/agreement")
    String sign(@RequestParam(defaultValue = "false") boolean accept,
            @RequestParam(required = false) String signerName, @RequestParam(required = false) String signerTitle,
            Model model, RedirectAttributes redirect) {
        SignedIn me = viewers.current().filter(SignedIn::purchaser).orElseThrow(() -> new ForbiddenException(
                "Only a member of an organisation with the \"Able to Purchase Apps\" right signs the agreement."));
        try {
            signing.sign(me.organizationId(), access.current().userId(), new Signature(accept, signerName,
                    signerTitle));
        } catch (InvalidInputException refused) {
            agreement(model);
            model.addAttribute("problems", refused.problems().stream().map(p -> label(p.field()) + " "
                    + p.message()).toList());
            model.addAttribute("signerName", signerName);
            model.addAttribute("signerTitle", signerTitle);
            return "pages/agreement";
        }
        redirect.addFlashAttribute("done", "Your organisation has signed the API Subscription Agreement: requests "
                + "that waited for it go on now.");
        return "redirect:/downloads#main";
    }

    private static String label(String field) {
        return switch (field) {
            case "signerName" -> "Your full name";
            case "signerTitle" -> "Your title";
            case "accept" -> "Accepting the agreement";
            default -> field;
        };
    }
}
