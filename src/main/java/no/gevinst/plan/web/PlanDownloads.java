package no.gevinst.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.Plans;
import no.gevinst.shared.Attachments;

/** The plan's documents as downloads, the same for the pages and the API. */
final class PlanDownloads {

    static final String XLSX = Attachments.XLSX_VALUE;

    private PlanDownloads() {}

    static void workbook(Plans plans, PlanId plan, int number, HttpServletResponse response) throws IOException {
        // Asked first so that an unknown version is a 404 before any of the file is written.
        plans.version(plan, number);
        Attachments.start(response, XLSX, "gevinstrealiseringsplan-v" + number + ".xlsx");
        plans.workbook(plan, number, response.getOutputStream());
    }

    /**
     * A version number named in a query ({@code from}, {@code to}), read only after the plan was found: a missing
     * or malformed one is refused naming the parameter.
     */
    static int versionNumber(String text, String parameter) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw no.gevinst.shared.InvalidInputException.of(parameter, "value.invalid");
        }
    }
}
