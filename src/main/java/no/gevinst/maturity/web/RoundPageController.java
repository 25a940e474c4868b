package no.gevinst.maturity.web;

import jakarta.servlet.http.HttpServletResponse;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.MaturityTemplate;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundId;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme's maturity rounds, and the form its coordinators write a round with. */
@Controller
@RequestMapping("/programmes/{id}/maturity")
class RoundPageController {

    private static final String FORM = "maturity/form";

    private final MaturityRounds rounds;
    private final Programmes programmes;
    private final GoLiveWaves waves;

    RoundPageController(MaturityRounds rounds, Programmes programmes, GoLiveWaves waves) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.waves = waves;
    }

    @GetMapping
    String list(@PathVariable ProgrammeId id, Model model) {
        model.addAttribute("programme", visible(id));
        model.addAttribute("rounds", rounds.rounds(id));
        model.addAttribute("canEdit", rounds.canCoordinate(id));
        return "maturity/rounds";
    }

    @GetMapping("/new")
    String newForm(@PathVariable ProgrammeId id, Model model) {
        rounds.requireCoordinator(id);
        return form(model, visible(id), new RoundForm(), null);
    }

    @PostMapping
    String create(
            @PathVariable ProgrammeId id,
            @ModelAttribute("form") RoundForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        rounds.requireCoordinator(id);
        String saved = FormErrors.saved(
                () -> {
                    Round created = rounds.create(id, form.toInput());
                    redirect.addFlashAttribute("saved", created.name());
                    return "redirect:/programmes/" + id + "/maturity/" + created.id();
                },
                binding,
                response,
                "maturity.refused");
        return saved != null ? saved : form(model, visible(id), form, null);
    }

    @GetMapping("/{round}/edit")
    String editForm(@PathVariable ProgrammeId id, @PathVariable RoundId round, Model model) {
        rounds.requireCoordinator(id);
        return form(model, visible(id), RoundForm.of(existing(id, round)), round);
    }

    @PostMapping("/{round}")
    String update(
            @PathVariable ProgrammeId id,
            @PathVariable RoundId round,
            @ModelAttribute("form") RoundForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        rounds.requireCoordinator(id);
        existing(id, round);
        String saved = FormErrors.saved(
                () -> {
                    Round updated = rounds.update(id, round, form.toInput(), form.getVersion());
                    redirect.addFlashAttribute("saved", updated.name());
                    return "redirect:/programmes/" + id + "/maturity/" + round;
                },
                binding,
                response,
                "maturity.refused");
        return saved != null ? saved : form(model, visible(id), form, round);
    }

    private String form(Model model, Programme programme, RoundForm form, RoundId round) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("roundId", round);
        model.addAttribute("templates", MaturityTemplate.all());
        model.addAttribute("units", rounds.eligibleUnits(programme.id()));
        model.addAttribute("waves", waves.waves(programme.id()));
        return FORM;
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private Round existing(ProgrammeId id, RoundId round) {
        return rounds.find(id, round).orElseThrow(() -> new NotFoundException("maturity-round", round));
    }
}
