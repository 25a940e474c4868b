package no.gevinst.report.web;

import no.gevinst.shared.Attachments;
import no.gevinst.shared.Ids;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document as a download, and the request parameters every document route reads alike, for pages and the API. */
final class Downloads {

    static final String PLAN = "gevinstrealiseringsplan-v%d.pdf";
    static final String ANNUAL_STATUS = "arlig-status-%d.pdf";
    static final String STEERING_REPORT = "styringsgrupperapport.pdf";
    static final String BOARD_SUMMARY = "styresak-gevinstrealisering.pdf";
    static final String BENEFIT_MAP = "gevinstkart.pdf";

    private Downloads() {}

    static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
        return Attachments.of(pdf, MediaType.APPLICATION_PDF, filename);
    }

    /**
     * The year as typed on the page. What is not a whole number becomes 0, which no report year is, so that the
     * annual status refuses it on the field with the same message as a year out of range, after the plan was found.
     */
    static int year(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Blank means every programme; a value that is no programme id is a programme that is not there. */
    static ProgrammeId programme(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Ids.parse(text, ProgrammeId::new).orElseThrow(() -> new NotFoundException("programme", text));
    }
}
