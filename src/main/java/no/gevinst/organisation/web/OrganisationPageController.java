package no.gevinst.organisation.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.access.AccessPolicy;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationType;
import no.gevinst.organisation.Organisations;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
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

@Controller
@RequestMapping("/organisations")
class OrganisationPageController {

    private static final String FORM = "organisation/form";

    private final Organisations organisations;
    private final AccessPolicy access;

    OrganisationPageController(Organisations organisations, AccessPolicy access) {
        this.organisations = organisations;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String query, HtmxRequest htmx, Model model) {
        var found = organisations.search(query);
        model.addAttribute("organisations", found);
        model.addAttribute("names", namesById());
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("canEdit", access.isAdministrator());
        // htmx asks only for the table when the search field changes; without JavaScript the whole page comes.
        return htmx.isHtmxRequest() ? "organisation/list :: results" : "organisation/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        access.requireAdministrator();
        return form(model, new OrganisationForm(), null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") OrganisationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return new FormPost(binding, redirect, response)
                .save(
                        () -> organisations.create(form.toInput()),
                        Organisation::name,
                        created -> "/organisations",
                        "pages.refused.organisation.create",
                        () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable OrganisationId id, Model model) {
        access.requireAdministrator();
        return form(model, OrganisationForm.of(existing(id)), id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable OrganisationId id,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return new FormPost(binding, redirect, response)
                .save(
                        () -> organisations.update(id, form.toInput(), form.getVersion()),
                        Organisation::name,
                        updated -> "/organisations",
                        "pages.refused.organisation.update",
                        () -> form(model, form, id));
    }

    private String form(Model model, OrganisationForm form, OrganisationId id) {
        model.addAttribute("form", form);
        model.addAttribute("organisationId", id);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute(
                "parents",
                organisations.all().stream().filter(o -> !o.id().equals(id)).toList());
        return FORM;
    }

    private Organisation existing(OrganisationId id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private Map<OrganisationId, String> namesById() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }
}
