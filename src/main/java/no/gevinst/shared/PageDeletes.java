package no.gevinst.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.LongConsumer;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A delete confirmed on a page, the same in every module: the form sends the version the page showed; the record is
 * deleted (the owning service checks the rights and audits it) and the user is sent on, told what was deleted. A
 * record changed since the page was read is kept, and the user told so on a page with 409; a version that is no
 * number is a 400 page naming {@code version} (an InvalidInputException, as any other bad field).
 */
public final class PageDeletes {

    /** The view that tells why nothing was deleted. */
    public static final String REFUSED = "fragments/delete-refused";

    private PageDeletes() {}

    /**
     * What was deleted, and where the user goes: {@code after} when it is gone, {@code back} (the record's page) when
     * it was kept.
     */
    public record Deletion(String name, String after, String back) {}

    public static String delete(
            String version,
            LongConsumer delete,
            Deletion deletion,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        long expected = parsed(version);
        try {
            delete.accept(expected);
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("deletion", deletion);
            return REFUSED;
        }
        redirect.addFlashAttribute("deletedRecord", deletion.name());
        return "redirect:" + deletion.after();
    }

    private static long parsed(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "version.invalid");
        }
    }
}
