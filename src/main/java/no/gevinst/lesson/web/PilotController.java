package no.gevinst.lesson.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.UUID;
import no.gevinst.lesson.Lessons;
import no.gevinst.lesson.Pilot;
import no.gevinst.lesson.RollOut;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PageDeletes;
import no.gevinst.shared.ProgrammeId;
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

/** Recording a programme's pilots, their outcome and the decision to roll out; they are listed on the lessons page. */
@Controller
@RequestMapping("/programmes/{id}/pilots")
class PilotController {

    private static final String FORM = "lesson/pilot-form";

    private final Lessons lessons;
    private final Programmes programmes;
    private final People people;

    PilotController(Lessons lessons, Programmes programmes, People people) {
        this.lessons = lessons;
        this.programmes = programmes;
        this.people = people;
    }

    @GetMapping("/new")
    String newForm(@PathVariable ProgrammeId id, Model model) {
        lessons.requireWriter(id);
        return form(model, visible(id), new PilotForm(), null);
    }

    @PostMapping
    String create(
            @PathVariable ProgrammeId id,
            @ModelAttribute("form") PilotForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        lessons.requireWriter(id);
        return new FormPost(binding, redirect, response)
                .flashedAs("pilotSaved")
                .save(
                        () -> lessons.createPilot(id, form.toInput()),
                        Pilot::what,
                        created -> "/lessons?programme=" + id + "#pilots",
                        "lesson.refused",
                        () -> form(model, visible(id), form, null));
    }

    @GetMapping("/{pilot}/edit")
    String editForm(@PathVariable ProgrammeId id, @PathVariable UUID pilot, Model model) {
        lessons.requireWriter(id);
        return form(model, visible(id), PilotForm.of(existing(id, pilot)), pilot);
    }

    @PostMapping("/{pilot}")
    String update(
            @PathVariable ProgrammeId id,
            @PathVariable UUID pilot,
            @ModelAttribute("form") PilotForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        lessons.requireWriter(id);
        existing(id, pilot);
        return new FormPost(binding, redirect, response)
                .flashedAs("pilotSaved")
                .save(
                        () -> lessons.updatePilot(id, pilot, form.toInput(), form.expectedVersion()),
                        Pilot::what,
                        updated -> "/lessons?programme=" + id + "#pilots",
                        "lesson.refused",
                        () -> form(model, visible(id), form, pilot));
    }

    private String form(Model model, Programme programme, PilotForm form, UUID pilot) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("pilotId", pilot);
        model.addAttribute("decisions", RollOut.values());
        model.addAttribute("units", lessons.pilotUnits(programme.id()));
        model.addAttribute(
                "deciders",
                people.inOrganisations(programme.organisations()).stream()
                        .sorted(Comparator.comparing(Person::name))
                        .toList());
        return FORM;
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private Pilot existing(ProgrammeId id, UUID pilot) {
        return lessons.findPilot(id, pilot).orElseThrow(() -> new NotFoundException("pilot", pilot));
    }

    @PostMapping("/{pilot}/delete")
    String delete(
            @PathVariable ProgrammeId id,
            @PathVariable UUID pilot,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        lessons.requireWriter(id);
        Pilot found = existing(id, pilot);
        return PageDeletes.delete(
                version,
                v -> lessons.deletePilot(id, pilot, v),
                new PageDeletes.Deletion(
                        found.what(),
                        "/lessons?programme=" + id + "#pilots",
                        "/programmes/" + id + "/pilots/" + pilot + "/edit"),
                model,
                redirect,
                response);
    }
}
