package no.gevinst.benefit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Ids;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;

/**
 * Which programme a new benefit goes into. Its form depends on the programme (objectives, areas, parties, owners), so
 * the programme is settled before the form is shown: given by the link, taken when the user may create benefits in
 * one programme only, and otherwise asked for, never picked silently.
 *
 * @param choices the programmes the user may create benefits in, as the access module answers for each
 */
record ProgrammeChooser(List<Programme> choices) {

    static final String PAGE = "benefit/choose-programme";

    static ProgrammeChooser of(Programmes programmes) {
        List<Programme> choices = programmes.visible().stream()
                .filter(p -> programmes.canCoordinate(p.id()))
                .toList();
        if (choices.isEmpty()) {
            throw new AccessDeniedException("Coordinates no programme");
        }
        return new ProgrammeChooser(choices);
    }

    /** The programme named, when the user may create in it; the only one, when nothing is named. */
    Optional<Programme> chosen(String text) {
        if (text == null || text.isBlank()) {
            return choices.size() == 1 ? Optional.of(choices.getFirst()) : Optional.empty();
        }
        Optional<ProgrammeId> id = Ids.parse(text, ProgrammeId::new);
        return choices.stream()
                .filter(p -> id.isPresent() && p.id().equals(id.get()))
                .findFirst();
    }

    /**
     * The page asking for the programme. A value given that is not one of the choices, or none given when the user
     * chose on this page, is named on the field with 400.
     */
    String ask(String given, boolean chosenOnPage, Model model, HttpServletResponse response) {
        String error = null;
        if (given != null && !given.isBlank()) {
            error = "benefit.choose.unknown";
        } else if (chosenOnPage) {
            error = "benefit.choose.required";
        }
        if (error != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("choices", choices);
        model.addAttribute("programmeError", error);
        model.addAttribute("programmeGiven", given == null ? "" : given.strip());
        return PAGE;
    }
}
