package no.gevinst.programme.web;

import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.FrameworkKind;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programmes a user may see, and each programme's overview: phases, parties, framework and objectives. */
@Controller
class ProgrammePageController {

    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;

    ProgrammePageController(Programmes programmes, Organisations organisations, People people) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", programmes.visible());
        model.addAttribute("organisations", organisationsById());
        return "programme/list";
    }

    @GetMapping("/programmes/{id}")
    String overview(@PathVariable ProgrammeId id, Model model) {
        Programme programme = programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
        model.addAttribute("programme", programme);
        model.addAttribute("objectives", programmes.objectives(id));
        model.addAttribute("organisations", organisationsById());
        model.addAttribute(
                "people",
                people.findAll(programme.parties().stream()
                        .map(p -> p.benefitResponsible())
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toCollection(
                                () -> new java.util.HashSet<PersonId>(programme.steeringGroup())))));
        model.addAttribute("phases", Phase.values());
        model.addAttribute("canCoordinate", programmes.canCoordinate(id));
        return "programme/overview";
    }

    @PostMapping("/programmes/{id}/objectives")
    String addObjective(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "number", required = false) String number,
            @RequestParam(name = "description", required = false) String description,
            RedirectAttributes redirect) {
        try {
            programmes.addObjective(id, new ObjectiveInput(number, description));
            redirect.addFlashAttribute("saved", number);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "objectiveErrors",
                    e.violations().stream().map(FieldViolation::messageKey).toList());
            redirect.addFlashAttribute("objectiveNumber", number);
            redirect.addFlashAttribute("objectiveDescription", description);
        }
        return "redirect:/programmes/" + id + "#objectives";
    }

    @PostMapping("/programmes/{id}/framework")
    String addFrameworkItem(
            @PathVariable ProgrammeId id,
            @RequestParam("kind") FrameworkKind kind,
            @RequestParam(name = "name", required = false) String name,
            RedirectAttributes redirect) {
        try {
            programmes.addFrameworkItem(id, kind, name);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "frameworkErrors",
                    e.violations().stream().map(FieldViolation::messageKey).toList());
        }
        return "redirect:/programmes/" + id + "#framework";
    }

    private java.util.Map<no.gevinst.shared.OrganisationId, Organisation> organisationsById() {
        return organisations.all().stream()
                .sorted(Comparator.comparing(Organisation::name))
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }
}
