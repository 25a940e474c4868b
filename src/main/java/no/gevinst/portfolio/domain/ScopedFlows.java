package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.shared.OrganisationId;

/** The flows an organisation takes part in: the cells it invests from or benefits in, and the benefits carrying them. */
final class ScopedFlows {

    private ScopedFlows() {}

    static FlowReport of(FlowReport report, OrganisationId organisation) {
        List<FlowReport.CrossOrganisationBenefit> benefits = report.benefits().stream()
                .filter(b -> takesPart(b.investors(), organisation) || takesPart(b.signers(), organisation))
                .toList();
        FlowMatrix m = report.matrix();
        List<FlowMatrix.Flow> flows = m.flows().stream()
                .filter(f -> f.from().equals(organisation) || f.to().equals(organisation))
                .toList();
        Map<OrganisationId, FlowMatrix.Party> investing = new LinkedHashMap<>();
        m.investing().stream()
                .filter(p -> flows.stream().anyMatch(f -> f.from().equals(p.id())))
                .forEach(p -> investing.put(p.id(), p));
        Map<OrganisationId, FlowMatrix.Party> benefiting = new LinkedHashMap<>();
        m.benefiting().stream()
                .filter(p -> flows.stream().anyMatch(f -> f.to().equals(p.id())))
                .forEach(p -> benefiting.put(p.id(), p));
        BigDecimal total = flows.stream().map(FlowMatrix.Flow::nokPerYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cross = flows.stream()
                .filter(FlowMatrix.Flow::crossOrganisation)
                .map(FlowMatrix.Flow::nokPerYear)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new FlowReport(
                report.programme(),
                new FlowMatrix(
                        List.copyOf(investing.values()),
                        List.copyOf(benefiting.values()),
                        flows,
                        total,
                        cross,
                        benefits.size()),
                benefits,
                // A benefit shared between programmes, at the programme's share, where the organisation invests or
                // gains (issue 18).
                report.shared().stream()
                        .filter(f -> takesPart(f.investors(), organisation)
                                || f.benefiting().stream()
                                        .anyMatch(b -> b.organisation().id().equals(organisation)))
                        .toList());
    }

    private static boolean takesPart(List<FlowMatrix.Party> parties, OrganisationId organisation) {
        return parties.stream().anyMatch(p -> p.id().equals(organisation));
    }
}
