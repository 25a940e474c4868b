package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.DecidedTargets;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The targets decided for an organisation, when a module that records decisions provides them ({@link
 * DecidedTargets}); none until one does. The programme's own economic target is never split by guesswork.
 */
@Component
class OrganisationTargets {

    private final ObjectProvider<DecidedTargets> decided;

    OrganisationTargets(ObjectProvider<DecidedTargets> decided) {
        this.decided = decided;
    }

    /** The sum of the targets decided for the organisation in the year over the programmes; null when none is. */
    BigDecimal economic(List<Dashboard.ProgrammeLine> programmes, OrganisationId organisation, int year) {
        return economic(programmes, organisation, year, null);
    }

    /**
     * The same as decided by the decisions in force on the day: a report for a period already ended measures against
     * the decision in force at its end. A day null means the decisions in force now.
     */
    BigDecimal economic(
            List<Dashboard.ProgrammeLine> programmes, OrganisationId organisation, int year, LocalDate day) {
        BigDecimal sum = null;
        for (Dashboard.ProgrammeLine p : programmes) {
            Optional<DecidedTargets.Target> t = target(p.id(), organisation, year, day);
            if (t.isPresent()) {
                sum = sum == null ? t.get().nokPerYear() : sum.add(t.get().nokPerYear());
            }
        }
        return sum;
    }

    /**
     * The decisions the organisation's targets in the year come from (its kroner, and its KPI targets), as reports
     * name them; null when none.
     */
    String decisions(List<Dashboard.ProgrammeLine> programmes, OrganisationId organisation, int year, LocalDate day) {
        DecidedTargets source = decided.getIfAvailable();
        List<String> names = programmes.stream()
                .flatMap(p -> java.util.stream.Stream.concat(
                        target(p.id(), organisation, year, day).map(DecidedTargets.Target::decision).stream(),
                        source == null
                                ? java.util.stream.Stream.<String>empty()
                                : kpi(source, p.id(), organisation, day).stream()
                                        .map(DecidedTargets.Kpi::decision)))
                .distinct()
                .toList();
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private Optional<DecidedTargets.Target> target(
            ProgrammeId programme, OrganisationId organisation, int year, LocalDate day) {
        DecidedTargets source = decided.getIfAvailable();
        if (source == null) {
            return Optional.empty();
        }
        return day == null
                ? source.economic(programme, organisation, year)
                : source.economic(programme, organisation, year, day);
    }

    /** The KPI targets of the decision in force on the day (day null: now). */
    static List<DecidedTargets.Kpi> kpi(
            DecidedTargets source, ProgrammeId programme, OrganisationId organisation, LocalDate day) {
        return day == null ? source.kpi(programme, organisation) : source.kpi(programme, organisation, day);
    }
}
