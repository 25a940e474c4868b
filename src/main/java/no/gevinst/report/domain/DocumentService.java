package no.gevinst.report.domain;

import no.gevinst.network.NetworkView;
import no.gevinst.network.Networks;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.portfolio.Reports;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.report.Documents;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each document read and written in one read-only transaction: what it prints is one state of the records, and the
 * portfolio's collection reads the programmes' own figures only when a document first asks for them.
 */
@Service
@Transactional(readOnly = true)
class DocumentService implements Documents {

    private final Plans plans;
    private final Reports reports;
    private final Networks networks;
    private final Programmes programmes;
    private final MessageSource messages;
    private final PlanDocument planDocument;
    private final AnnualStatusDocument annualStatus;
    private final SteeringReport steeringReport;
    private final BoardSummary boardSummary;
    private final NetworkDocument networkDocument;

    DocumentService(
            Plans plans,
            Reports reports,
            Networks networks,
            Programmes programmes,
            MessageSource messages,
            PlanDocument planDocument,
            AnnualStatusDocument annualStatus,
            SteeringReport steeringReport,
            BoardSummary boardSummary,
            NetworkDocument networkDocument) {
        this.plans = plans;
        this.reports = reports;
        this.networks = networks;
        this.programmes = programmes;
        this.messages = messages;
        this.planDocument = planDocument;
        this.annualStatus = annualStatus;
        this.steeringReport = steeringReport;
        this.boardSummary = boardSummary;
        this.networkDocument = networkDocument;
    }

    @Override
    public byte[] plan(PlanId id, int number) {
        Plan plan = plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
        PlanVersion version = plans.version(id, number);
        return planDocument.pdf(plan, version, plans.documentContent(id, number));
    }

    @Override
    public byte[] annualStatus(PlanId plan, int year) {
        return annualStatus.pdf(plans.annualBasis(plan, year));
    }

    @Override
    public byte[] steeringReport(String from, String to, ProgrammeId programme) {
        return steeringReport.pdf(reports.collect(from, to, programme));
    }

    @Override
    public byte[] boardSummary(String from, String to, ProgrammeId programme) {
        return boardSummary.pdf(reports.collect(from, to, programme));
    }

    @Override
    public byte[] benefitMap(ProgrammeId programme, NetworkView view) {
        Programme p = programmes.require(programme);
        String svg = networks.svg(programme, view);
        String title = messages.getMessage("network.title", null, "network.title", LocaleContextHolder.getLocale())
                + " – " + p.name();
        return networkDocument.pdf(title, p.code(), svg);
    }
}
