package org.appregistry.pages;

import java.util.List;

import org.appregistry.common.ConflictException;
import org.appregistry.common.DomainException;
import org.appregistry.common.ForbiddenException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page shows: who is signed in (for the navigation), and a refusal of the domain's
 * rules as a page with the right status, before /api's problem responses would answer it as JSON.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageModel {

    static final String TASKLIST = "/camunda/app/tasklist/default/";

    private final Viewers viewers;

    PageModel(Viewers viewers) {
        this.viewers = viewers;
    }

    /** Null when nobody is signed in (the public pages). */
    @ModelAttribute("me")
    SignedIn me() {
        return viewers.current().orElse(null);
    }

    @ModelAttribute("tasklist")
    String tasklist() {
        return TASKLIST;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof ForbiddenException ? HttpStatus.FORBIDDEN
                : e instanceof ConflictException ? HttpStatus.CONFLICT
                : e instanceof InvalidInputException ? HttpStatus.UNPROCESSABLE_ENTITY
                : HttpStatus.BAD_REQUEST;
        ModelAndView page = new ModelAndView("pages/refused", status);
        page.addObject("status", status.value());
        page.addObject("title", status.getReasonPhrase());
        page.addObject("message", e instanceof InvalidInputException ? "The input breaks a rule; nothing was changed."
                : e.getMessage());
        page.addObject("problems", e instanceof InvalidInputException invalid ? invalid.problems() : List.of());
        page.addObject("me", me());
        return page;
    }
}
