package no.gevinst.maturity.web;

import jakarta.servlet.http.HttpServletRequest;
import no.gevinst.maturity.MaturityRounds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The menu's link to the rounds to answer, for every page of someone who has one open today. */
@ControllerAdvice(annotations = Controller.class)
class RespondentLink {

    private final MaturityRounds rounds;

    RespondentLink(MaturityRounds rounds) {
        this.rounds = rounds;
    }

    @ModelAttribute
    void respondent(Model model, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/api/")) {
            model.addAttribute("mayAnswerMaturity", rounds.hasRoundToAnswer());
        }
    }
}
