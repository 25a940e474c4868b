package no.gevinst.report.domain;

import java.util.Map;
import no.gevinst.portfolio.OrganisationDashboards;
import no.gevinst.report.DocumentRenderer;
import no.gevinst.report.OrganisationDocuments;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each organisation's document read and written in one read-only transaction, as the other documents are. */
@Service
@Transactional(readOnly = true)
class OrganisationDocumentService implements OrganisationDocuments {

    private final OrganisationDashboards scopes;
    private final SteeringReport steeringReport;
    private final BoardSummary boardSummary;
    private final OrganisationStatusDocument statusDocument;
    private final OrganisationStatusWorkbook statusWorkbook;
    private final DocumentRenderer renderer;

    OrganisationDocumentService(
            OrganisationDashboards scopes,
            SteeringReport steeringReport,
            BoardSummary boardSummary,
            OrganisationStatusDocument statusDocument,
            OrganisationStatusWorkbook statusWorkbook,
            DocumentRenderer renderer) {
        this.scopes = scopes;
        this.steeringReport = steeringReport;
        this.boardSummary = boardSummary;
        this.statusDocument = statusDocument;
        this.statusWorkbook = statusWorkbook;
        this.renderer = renderer;
    }

    @Override
    public byte[] steeringReport(String from, String to, ProgrammeId programme, OrganisationId organisation) {
        SteeringReport.Model model = steeringReport.model(scopes.collect(from, to, programme, organisation));
        // The organisation is named in the title, so that its share is never read as the programme's figures.
        return pdf("steering-report", model.titled(titled(model.title(), organisation)));
    }

    @Override
    public byte[] boardSummary(String from, String to, ProgrammeId programme, OrganisationId organisation) {
        BoardSummary.Model model = boardSummary.model(scopes.collect(from, to, programme, organisation));
        // Named in the title as the steering report is: the organisation's share, not the programmes' figures.
        return pdf("board-summary", model.titled(titled(model.title(), organisation)));
    }

    private String titled(String title, OrganisationId organisation) {
        return title + " – " + scopes.find(organisation).orElseThrow().name();
    }

    private byte[] pdf(String template, Record model) {
        return renderer.pdf(template, Map.of("doc", model), LocaleContextHolder.getLocale());
    }

    @Override
    public byte[] statusPdf(ProgrammeId programme, OrganisationId organisation, String period, String year) {
        return statusDocument.pdf(scopes.status(programme, organisation, period, year));
    }

    @Override
    public byte[] statusXlsx(ProgrammeId programme, OrganisationId organisation, String period, String year) {
        return statusWorkbook.xlsx(scopes.status(programme, organisation, period, year));
    }
}
