package org.appregistry.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security checks what it posts against Camunda's identity service. */
@Controller
class SignInPage {

    /** @param failed present after a wrong user name or password */
    @GetMapping(PagesSecurityConfiguration.SIGN_IN)
    String signIn(@RequestParam(required = false) String failed, Model model) {
        model.addAttribute("failed", failed != null);
        return "pages/sign-in";
    }
}
