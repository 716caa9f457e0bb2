package org.appregistry.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where everyone starts: what the programme's pages are, and for a signed-in person, their own. */
@Controller
class HomePage {

    @GetMapping("/")
    String home(@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
        model.addAttribute("signedOut", signedOut != null);
        return "pages/home";
    }
}
