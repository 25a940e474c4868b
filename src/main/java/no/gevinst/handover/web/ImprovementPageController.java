package no.gevinst.handover.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.gevinst.handover.Handovers;
import no.gevinst.handover.ImprovementItem;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's life after close: the benefits handed over to it, those of closed programmes without an accepted
 * line owner, its improvement backlog with the measures that need several organisations, and its handover document.
 */
@Controller
class ImprovementPageController {

    private final Handovers handovers;
    private final Organisations organisations;
    private final People people;

    ImprovementPageController(Handovers handovers, Organisations organisations, People people) {
        this.handovers = handovers;
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/organisations/{id}/improvement")
    String page(@PathVariable OrganisationId id, Model model) {
        return page(id, model, new AssignForm());
    }

    /** The page, with the coordinator form as given: a refused one shown again in its item's row. */
    private String page(OrganisationId id, Model model, AssignForm assign) {
        Organisation organisation = visible(id);
        List<ImprovementItem> backlog = handovers.backlog(id);
        var received = handovers.toOrganisation(id);
        Set<PersonId> persons = new HashSet<>();
        backlog.forEach(i -> {
            if (i.responsible() != null) {
                persons.add(i.responsible());
            }
            if (i.coordinator() != null) {
                persons.add(i.coordinator());
            }
        });
        received.forEach(h -> persons.add(h.receiver()));
        boolean canAssign = handovers.canAssign(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("backlog", backlog);
        model.addAttribute("handovers", received);
        model.addAttribute("warnings", handovers.withoutLineOwnerIn(id));
        model.addAttribute("names", people.findAll(persons));
        model.addAttribute("canAssign", canAssign);
        model.addAttribute("assign", assign);
        model.addAttribute(
                "coordinators",
                canAssign
                        ? people.inOrganisations(backlog.stream()
                                .flatMap(i -> i.organisations().stream())
                                .distinct()
                                .toList())
                        : List.of());
        return "handover/improvement";
    }

    @PostMapping("/organisations/{id}/improvement/assign")
    String assign(
            @PathVariable OrganisationId id,
            @ModelAttribute("assign") AssignForm assign,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        visible(id);
        // Rights before the input: a refused user learns nothing from what is wrong with the form.
        if (!handovers.canAssign(id)) {
            throw new AccessDeniedException("Requires the role REGIONAL_KOORDINATOR in the organisation's region");
        }
        return new FormPost(binding, redirect, response)
                .flashedAs("assigned")
                .fields(field -> "coordinatorId".equals(field) ? field : null)
                .save(
                        () -> {
                            UUID item = assign.itemId();
                            if (item == null || handovers.backlog(id).stream().noneMatch(i -> i.id().equals(item))) {
                                throw InvalidInputException.of("item", "backlog.item.unknown");
                            }
                            handovers.assign(item, assign.coordinator(), assign.expectedVersion());
                        },
                        true,
                        "/organisations/" + id + "/improvement",
                        null,
                        () -> page(id, model, assign));
    }

    @GetMapping("/organisations/{id}/handover.pdf")
    ResponseEntity<byte[]> document(@PathVariable OrganisationId id) {
        Organisation organisation = visible(id);
        byte[] pdf = handovers.document(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("overlevering-"
                                        + organisation.organisationNumber().value() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private Organisation visible(OrganisationId id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }
}
