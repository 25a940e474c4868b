package no.gevinst.maturity.web;

import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.RoundId;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A closed round's results as PDF and as workbook. */
@Controller
class ResultsDownloads {

    private final MaturityRounds rounds;

    ResultsDownloads(MaturityRounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping("/programmes/{id}/maturity/{round}/results.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable ProgrammeId id, @PathVariable RoundId round) {
        return Attachments.of(rounds.resultsPdf(id, round), MediaType.APPLICATION_PDF, "modenhetsvurdering.pdf");
    }

    @GetMapping("/programmes/{id}/maturity/{round}/results.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable ProgrammeId id, @PathVariable RoundId round) {
        return Attachments.of(rounds.resultsWorkbook(id, round), Attachments.XLSX, "modenhetsvurdering.xlsx");
    }
}
