package no.gevinst.decision.web;

import no.gevinst.decision.Decisions;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.Ids;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An organisation's appendix to the oppdragsdokument for a year, as PDF and as workbook. */
@Controller
class BoardDecisionDownloads {

    private final Decisions decisions;

    BoardDecisionDownloads(Decisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/programmes/{id}/decisions/{number}/appendix.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "year", required = false) String year) {
        return appendix(id, number, organisation, year, decisions::appendixPdf, MediaType.APPLICATION_PDF, "pdf");
    }

    @GetMapping("/programmes/{id}/decisions/{number}/appendix.xlsx")
    ResponseEntity<byte[]> workbook(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "year", required = false) String year) {
        return appendix(id, number, organisation, year, decisions::appendixWorkbook, Attachments.XLSX, "xlsx");
    }

    /** How the decisions write an organisation's appendix for a year, in one format. */
    private interface Writer {
        byte[] write(ProgrammeId programme, int number, OrganisationId organisation, int year);
    }

    private ResponseEntity<byte[]> appendix(
            ProgrammeId id,
            int number,
            String organisation,
            String year,
            Writer writer,
            MediaType type,
            String extension) {
        // The decision first: an unknown one is a 404 before the parameters are judged.
        decisions.find(id, number);
        int y = year(year);
        return Attachments.of(
                writer.write(id, number, organisation(organisation), y),
                type,
                "oppdragsdokument-vedlegg-" + y + "." + extension);
    }

    private static OrganisationId organisation(String text) {
        return Ids.parse(text, OrganisationId::new)
                .orElseThrow(() -> InvalidInputException.of("organisation", "decision.organisation.unknown"));
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("year", "value.invalid");
        }
    }
}
