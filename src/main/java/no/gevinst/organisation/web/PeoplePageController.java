package no.gevinst.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people who own benefits and answer for them: list, register, correct. */
@Controller
@RequestMapping("/people")
class PeoplePageController {

    private final People people;
    private final Organisations organisations;
    private final AccessPolicy access;

    PeoplePageController(People people, Organisations organisations, AccessPolicy access) {
        this.people = people;
        this.organisations = organisations;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        var all = people.all();
        model.addAttribute("people", all);
        model.addAttribute("organisations", organisationsById());
        // The page offers only what the user may do: coordinators keep the people of their own organisations.
        model.addAttribute("canAddPeople", access.holdsAnyRole(Role.GEVINSTKOORDINATOR));
        Set<PersonId> editable = all.stream()
                .filter(p -> mayKeepPeopleOf(p.organisation()))
                .map(Person::id)
                .collect(Collectors.toSet());
        model.addAttribute("editable", editable);
        return "organisation/people";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        access.requireAnyRole(Role.GEVINSTKOORDINATOR);
        return form(model, new PersonForm(), null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return new FormPost(binding, redirect, response)
                .save(
                        () -> people.create(form.toInput()),
                        Person::name,
                        created -> "/people",
                        "pages.refused.person.create",
                        () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable PersonId id, Model model) {
        Person person = existing(id);
        access.require(Role.GEVINSTKOORDINATOR, person.organisation());
        return form(model, PersonForm.of(person), id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable PersonId id,
            @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return new FormPost(binding, redirect, response)
                .save(
                        () -> people.update(id, form.toInput(), form.getVersion()),
                        Person::name,
                        updated -> "/people",
                        "pages.refused.person.update",
                        () -> form(model, form, id));
    }

    private String form(Model model, PersonForm form, PersonId id) {
        model.addAttribute("form", form);
        model.addAttribute("personId", id);
        // Only the organisations the user may keep people of, and the one the form names, whatever it is.
        model.addAttribute(
                "organisationList",
                organisations.all().stream()
                        .filter(o ->
                                mayKeepPeopleOf(o.id()) || o.id().toString().equals(form.getOrganisationId()))
                        .toList());
        return "organisation/person-form";
    }

    /** What the people service asks before it writes a person of the organisation. */
    private boolean mayKeepPeopleOf(OrganisationId organisation) {
        return access.may(Role.GEVINSTKOORDINATOR, organisation);
    }

    private Person existing(PersonId id) {
        return people.find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    private Map<OrganisationId, Organisation> organisationsById() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }
}
