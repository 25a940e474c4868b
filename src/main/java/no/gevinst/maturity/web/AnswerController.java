package no.gevinst.maturity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import no.gevinst.maturity.AnswerInput;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.MyAnswer;
import no.gevinst.maturity.RoundId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The respondent's pages: the rounds waiting for their answer, and the form they answer one with. Outside the
 * programme's pages, since a respondent in a unit need not see the programme itself.
 */
@Controller
class AnswerController {

    private final MaturityRounds rounds;

    AnswerController(MaturityRounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping("/maturity")
    String mine(Model model) {
        model.addAttribute("rounds", rounds.toAnswer());
        return "maturity/mine";
    }

    @GetMapping("/maturity/{round}/answer")
    String form(@PathVariable RoundId round, Model model) {
        MyAnswer mine = rounds.myAnswer(round);
        Map<String, String> typed = new LinkedHashMap<>();
        mine.scores().forEach((k, v) -> typed.put(k, String.valueOf(v)));
        return form(model, mine, mine.unit() == null ? "" : mine.unit().toString(), typed, Map.of());
    }

    @PostMapping("/maturity/{round}/answer")
    String answer(
            @PathVariable RoundId round,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        MyAnswer mine = rounds.myAnswer(round);
        Map<String, String> scores = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("scores[") && k.endsWith("]")) {
                scores.put(k.substring(7, k.length() - 1), v);
            }
        });
        String unit = params.getOrDefault("unitId", "");
        try {
            rounds.answer(round, new AnswerInput(unit, scores), FormVersion.parse(params.get("version")));
            redirect.addFlashAttribute("answered", mine.round().name());
            return "redirect:/maturity";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldViolation v : e.violations()) {
                errors.putIfAbsent(v.field(), v.messageKey());
            }
            return form(model, mine, unit, scores, errors);
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, rounds.myAnswer(round), unit, scores, Map.of("version", "version.conflict"));
        }
    }

    private static String form(
            Model model, MyAnswer mine, String unit, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("mine", mine);
        model.addAttribute("round", mine.round());
        model.addAttribute("template", mine.round().asks());
        model.addAttribute("unit", unit);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "maturity/answer";
    }
}
