package no.gevinst.plan.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.gevinst.configdecision.ConfigDecisions;
import no.gevinst.evidence.Evidence;
import no.gevinst.evidence.EvidenceRegister;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.MaturitySummary;
import no.gevinst.maturity.ResultRow;
import no.gevinst.plan.ChangeRecords;
import no.gevinst.plan.ChangeRecords.DiagramEntry;
import no.gevinst.plan.ChangeRecords.EvidenceEntry;
import no.gevinst.plan.ChangeRecords.MaturityCell;
import no.gevinst.plan.ChangeRecords.MaturityRound;
import no.gevinst.plan.ChangeRecords.MaturityRow;
import no.gevinst.plan.ChangeRecords.ProcessEntry;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.process.BpmnStep;
import no.gevinst.process.Diagram;
import no.gevinst.process.ProcessDocument;
import no.gevinst.process.Processes;
import no.gevinst.shared.BenefitId;
import org.springframework.stereotype.Component;

/**
 * Reads the records on change, learning and configuration of a plan's programme as they are now (issue 19): what a
 * draft's document shows and what approval freezes into the version's snapshot beside its content.
 */
@Component
class ChangeRecordsReader {

    private final MaturityRounds maturity;
    private final EvidenceRegister evidence;
    private final Processes processes;
    private final ConfigurationReader configuration;

    ChangeRecordsReader(
            MaturityRounds maturity, EvidenceRegister evidence, Processes processes, ConfigDecisions decisions) {
        this.maturity = maturity;
        this.evidence = evidence;
        this.processes = processes;
        this.configuration = new ConfigurationReader(decisions);
    }

    /** The records for a plan whose content covers the given benefits. */
    ChangeRecords read(Plan plan, PlanSnapshot content) {
        Map<BenefitId, String> codes = new LinkedHashMap<>();
        content.benefits().forEach(b -> codes.put(BenefitId.of(b.id()), b.code()));
        return new ChangeRecords(
                maturity.latestResults(plan.programme()).stream()
                        .map(ChangeRecordsReader::round)
                        .toList(),
                evidence.forBenefits(plan.programme(), codes.keySet()).stream()
                        .map(e -> evidence(e, codes))
                        .toList(),
                processes.documents(plan.programme()).stream()
                        .map(ChangeRecordsReader::process)
                        .toList(),
                configuration.read(plan.programme()));
    }

    private static MaturityRound round(MaturitySummary s) {
        return new MaturityRound(
                s.round().name(),
                s.round().demo(),
                s.round().opensOn(),
                s.round().closesOn(),
                s.dimensions(),
                s.rows().stream().map(ChangeRecordsReader::row).toList(),
                s.withheldGroups());
    }

    private static MaturityRow row(ResultRow r) {
        return new MaturityRow(
                r.name(),
                r.pooledFrom(),
                r.respondents(),
                r.cells().stream()
                        .map(c -> new MaturityCell(c.mean(), c.level()))
                        .toList());
    }

    private static EvidenceEntry evidence(Evidence e, Map<BenefitId, String> codes) {
        return new EvidenceEntry(
                e.title(),
                e.kind().name(),
                e.benefits().stream().filter(codes::containsKey).map(codes::get).toList(),
                e.design(),
                e.result(),
                e.effectSize(),
                e.effectUnit(),
                e.ciLow(),
                e.ciHigh());
    }

    private static ProcessEntry process(ProcessDocument p) {
        return new ProcessEntry(
                p.process().name(),
                p.process().kind().name(),
                p.ownerName(),
                p.process().description(),
                diagram(p.asIs()),
                diagram(p.toBe()));
    }

    private static DiagramEntry diagram(Optional<Diagram> diagram) {
        return diagram.map(d -> new DiagramEntry(
                        d.svg(),
                        d.steps().stream()
                                .map(BpmnStep::name)
                                .filter(n -> n != null && !n.isBlank())
                                .toList()))
                .orElse(null);
    }
}
