package no.gevinst.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.indicator.IndicatorInputBuilder;
import no.gevinst.indicator.Indicators;
import no.gevinst.portfolio.Flows;
import no.gevinst.portfolio.SignOffInput;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.UserId;
import no.gevinst.valuation.Valuations;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's cross-organisation benefit (seed 000 §2.2: effort in the hospital yields benefit in the municipality),
 * read from {@code demo/flows.json}. Helseplattformen's fewer readmissions for COPD and heart failure is paid for by
 * St. Olavs and Helse Midt-Norge and arises 60 % in Trondheim kommune, 40 % at St. Olavs. Here it gets a price, a
 * measured indicator and Trondheim kommune's sign-off of one year, leaving the next year unsigned. All figures are
 * demo values.
 *
 * <p>120 avoided readmissions × 45 000 kr = 5 400 000 kr a year at full effect, half of it in 2025. Split by the
 * flow rule: Trondheim kommune 3 240 000 kr, from St. Olavs and Helse Midt-Norge 1 620 000 kr each; St. Olavs
 * 2 160 000 kr, 1 080 000 kr from each.
 */
@Component
class DemoFlows {

    static final String FILE = "flows.json";

    private final Benefits benefits;
    private final Valuations valuations;
    private final Indicators indicators;
    private final DemoIndicators measurements;
    private final Flows flows;

    DemoFlows(
            Benefits benefits, Valuations valuations, Indicators indicators, DemoIndicators measurements, Flows flows) {
        this.benefits = benefits;
        this.valuations = valuations;
        this.indicators = indicators;
        this.measurements = measurements;
        this.flows = flows;
    }

    void load(ProgrammeId hp, UnaryOperator<String> organisationId, UnaryOperator<String> personName) {
        for (DemoFlowData flow : DemoFiles.list(FILE, DemoFlowData[].class)) {
            Benefit benefit = benefits.list(BenefitQuery.inProgramme(hp)).stream()
                    .filter(b -> b.title().equals(flow.benefit()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo benefit " + flow.benefit()));
            flow.assumptions().forEach(a -> valuations.saveAssumption(hp, a));
            valuations.setModel(benefit.id(), flow.model());
            measure(benefit, flow, organisationId);
            DemoFlowData.SignOff signOff = flow.signOff();
            signOff(
                    benefit,
                    OrganisationId.of(organisationId.apply(signOff.organisation())),
                    personName.apply(signOff.signedBy()),
                    signOff);
        }
    }

    private void measure(Benefit benefit, DemoFlowData flow, UnaryOperator<String> organisationId) {
        Indicator indicator = indicators.create(IndicatorCommand.parse(IndicatorInputBuilder.from(flow.indicator())
                .benefitId(benefit.id().toString())
                .build()));
        indicators.setBaseline(indicator.id(), BaselineCommand.parse(flow.baseline()));
        indicators.setTrajectory(indicator.id(), DemoIndicators.trajectory(flow.trajectory()));
        DemoIndicatorData.Series series = flow.measurements();
        measurements.record(indicator, organisationId.apply(series.organisation()), series);
    }

    /**
     * Signs off as the demo loader speaking for the municipality's benefit owner: the sign-off names the owner, the
     * audit log the demo loader that really wrote it. A period that has not ended yet is not signed.
     */
    private void signOff(Benefit b, OrganisationId organisation, String name, DemoFlowData.SignOff signOff) {
        if (LocalDate.parse(signOff.periodEnd()).isAfter(NorwegianTime.today())) {
            return;
        }
        CurrentUser owner = new CurrentUser(
                new UserId(new UUID(0, 1)),
                "demo",
                name,
                "",
                true,
                List.of(new RoleAssignment(Role.GEVINSTEIER, organisation)));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        try {
            flows.signOff(
                    b.id(),
                    new SignOffInput(
                            organisation.toString(), signOff.periodStart(), signOff.periodEnd(), signOff.comment()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
