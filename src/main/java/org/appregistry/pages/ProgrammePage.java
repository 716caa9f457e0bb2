package org.appregistry.pages;

import org.appregistry.downloads.ProgrammeOverview;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The programme overview for operators (PagesSecurityConfiguration lets only them in): requests
 * by status, environments that fail to receive their client records, requests waiting longest
 * for a person, and the finished ones, which Community Cockpit does not show.
 */
@Controller
class ProgrammePage {

    private final ProgrammeOverview overview;

    ProgrammePage(ProgrammeOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/programme")
    String overview(Model model) {
        model.addAttribute("counts", overview.countsByStatus());
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("sources", RequestSource.values());
        model.addAttribute("failing", overview.failing());
        model.addAttribute("waiting", overview.waitingLongest());
        model.addAttribute("finished", overview.finished());
        return "pages/programme";
    }
}
