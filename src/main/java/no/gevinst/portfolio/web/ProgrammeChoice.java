package no.gevinst.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Ids;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The programme a portfolio page is filtered on, as its form or a link gives it. Blank ("Alle programmer") is every
 * programme. A value that names no programme the user sees is not a dead end either: the page shows every programme,
 * says beside the choice what was wrong, and answers 400.
 *
 * @param id the programme chosen, or null for every programme
 * @param violations what was wrong with the value given, empty when nothing was
 */
record ProgrammeChoice(ProgrammeId id, List<FieldViolation> violations) {

    static final String FIELD = "programme";

    static ProgrammeChoice of(String text, Programmes programmes) {
        if (text == null || text.isBlank()) {
            return new ProgrammeChoice(null, List.of());
        }
        return Ids.parse(text, ProgrammeId::new)
                .flatMap(programmes::find)
                .map(p -> new ProgrammeChoice(p.id(), List.of()))
                .orElseGet(() -> new ProgrammeChoice(null, List.of(unknown(text))));
    }

    static FieldViolation unknown(String text) {
        return FieldViolation.of(FIELD, "portfolio.parameter.programme.unknown", text.strip());
    }

    /** As {@link #show(List, Model, HttpServletResponse)}, for a page filtered on a programme and an organisation. */
    static void show(
            ProgrammeChoice programme, OrganisationChoice organisation, Model model, HttpServletResponse response) {
        List<FieldViolation> violations = new ArrayList<>(programme.violations());
        violations.addAll(organisation.violations());
        show(violations, model, response);
    }

    /** Puts what was wrong on the page, where the page shows it beside its form, and answers 400 when anything was. */
    static void show(List<FieldViolation> violations, Model model, HttpServletResponse response) {
        // Nothing wrong leaves what a redirect brought back (a flash attribute of the same name) to be shown.
        if (!violations.isEmpty()) {
            model.addAttribute("parameterErrors", violations);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
    }
}
