package no.gevinst.programme.web;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.Party;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The programme's overview page, drawn by its own request and again by a refused framework or objective form (issue
 * 21), which shows the page with the refused form's input and errors at its item or field.
 */
@Component
class ProgrammeOverview {

    static final String VIEW = "programme/overview";
    static final String OBJECTIVE_FORM = "objectiveForm";
    static final String ADD_FORM = "frameworkAddForm";

    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;

    ProgrammeOverview(Programmes programmes, Organisations organisations, People people) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.people = people;
    }

    /** The page, with the framework form as given: empty, or a refused one shown again at its item. */
    String page(Programme programme, FrameworkItemForm frameworkForm, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("objectives", programmes.objectives(programme.id()));
        model.addAttribute("organisations", organisationsById());
        model.addAttribute(
                "people",
                people.findAll(programme.parties().stream()
                        .map(Party::benefitResponsible)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toCollection(() -> new HashSet<PersonId>(programme.steeringGroup())))));
        model.addAttribute("phases", Phase.values());
        model.addAttribute("canCoordinate", programmes.canCoordinate(programme.id()));
        model.addAttribute("frameworkForm", frameworkForm);
        // A refused objective or new item is in the model already, with what was typed.
        if (!model.containsAttribute(OBJECTIVE_FORM)) {
            model.addAttribute(OBJECTIVE_FORM, new ObjectiveForm());
        }
        if (!model.containsAttribute(ADD_FORM)) {
            model.addAttribute(ADD_FORM, new FrameworkAddForm());
        }
        return VIEW;
    }

    Map<OrganisationId, Organisation> organisationsById() {
        return organisations.all().stream()
                .sorted(Comparator.comparing(Organisation::name))
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }
}
