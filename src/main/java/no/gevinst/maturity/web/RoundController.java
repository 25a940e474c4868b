package no.gevinst.maturity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.Results;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundId;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One round: its facts, sending and closing it, its results as a heat map once closed, and the measures started from
 * them.
 */
@Controller
@RequestMapping("/programmes/{id}/maturity/{round}")
class RoundController {

    private final MaturityRounds rounds;
    private final Programmes programmes;
    private final People people;

    RoundController(MaturityRounds rounds, Programmes programmes, People people) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.people = people;
    }

    @GetMapping
    String page(
            @PathVariable ProgrammeId id,
            @PathVariable RoundId round,
            @RequestParam(name = "dimension", required = false) String dimension,
            @RequestParam(name = "unit", required = false) String unit,
            Model model) {
        MeasureForm form = new MeasureForm();
        form.setDimension(dimension);
        form.setUnitId(unit);
        return page(id, round, form, model);
    }

    @PostMapping("/send")
    String send(
            @PathVariable ProgrammeId id,
            @PathVariable RoundId round,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return move(id, round, version, model, redirect, response, true);
    }

    @PostMapping("/close")
    String close(
            @PathVariable ProgrammeId id,
            @PathVariable RoundId round,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return move(id, round, version, model, redirect, response, false);
    }

    @PostMapping("/measures")
    String addMeasure(
            @PathVariable ProgrammeId id,
            @PathVariable RoundId round,
            @ModelAttribute("measureForm") MeasureForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        rounds.requireCoordinator(id);
        existing(id, round);
        String saved = FormErrors.saved(
                () -> {
                    rounds.addMeasure(id, round, form.toInput());
                    redirect.addFlashAttribute("measureSaved", form.getAction());
                    return "redirect:/programmes/" + id + "/maturity/" + round + "#measures";
                },
                binding,
                response);
        return saved != null ? saved : page(id, round, form, model);
    }

    @PostMapping("/measures/{maturityMeasure}/done")
    String markDone(
            @PathVariable ProgrammeId id,
            @PathVariable RoundId round,
            @PathVariable("maturityMeasure") UUID measure,
            @RequestParam(name = "done", required = false) String done,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            HttpServletResponse response) {
        rounds.requireCoordinator(id);
        existing(id, round);
        return onRoundPage(id, round, model, response, () -> {
            rounds.markDone(id, round, measure, !"false".equals(done), FormVersion.parse(version));
            return "redirect:/programmes/" + id + "/maturity/" + round + "#measures";
        });
    }

    private String move(
            ProgrammeId id,
            RoundId round,
            String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            boolean send) {
        rounds.requireCoordinator(id);
        existing(id, round);
        return onRoundPage(id, round, model, response, () -> {
            long expected = FormVersion.parse(version);
            Round moved = send ? rounds.send(id, round, expected) : rounds.close(id, round, expected);
            redirect.addFlashAttribute(send ? "sent" : "closed", moved.name());
            return "redirect:/programmes/" + id + "/maturity/" + round;
        });
    }

    /**
     * Writes and answers its redirect; refused, the round's page again saying why in its summary: changed since it was
     * read (409), or a version that is no number (422), for sending, closing and marking a measure done alike.
     */
    private String onRoundPage(
            ProgrammeId id, RoundId round, Model model, HttpServletResponse response, Supplier<String> write) {
        try {
            return write.get();
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("roundErrors", List.of("version.conflict"));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute(
                    "roundErrors",
                    e.violations().stream().map(v -> v.messageKey()).toList());
        }
        return page(id, round, new MeasureForm(), model);
    }

    private String page(ProgrammeId id, RoundId roundId, MeasureForm form, Model model) {
        Programme programme = visible(id);
        Round round = existing(id, roundId);
        boolean canEdit = rounds.canCoordinate(id);
        model.addAttribute("programme", programme);
        model.addAttribute("round", round);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("threshold", Results.THRESHOLD);
        rounds.results(id, roundId).ifPresent(r -> {
            model.addAttribute("results", r);
            model.addAttribute("heatMap", HeatMap.of(r, LocaleContextHolder.getLocale()));
        });
        List<Person> owners = canEdit
                ? people.inOrganisations(programme.organisations()).stream()
                        .sorted(Comparator.comparing(Person::name))
                        .toList()
                : List.of();
        Map<PersonId, Person> named = people.findAll(
                rounds.measures(id, roundId).stream().map(m -> m.owner()).collect(Collectors.toSet()));
        model.addAttribute("measures", MeasureRow.of(rounds.measures(id, roundId), round, named));
        model.addAttribute("owners", owners);
        if (!model.containsAttribute("measureForm")) {
            model.addAttribute("measureForm", form);
        }
        return "maturity/round";
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private Round existing(ProgrammeId id, RoundId round) {
        return rounds.find(id, round).orElseThrow(() -> new NotFoundException("maturity-round", round));
    }
}
