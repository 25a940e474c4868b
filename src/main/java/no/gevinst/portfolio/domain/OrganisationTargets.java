package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
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
        BigDecimal sum = null;
        for (Dashboard.ProgrammeLine p : programmes) {
            Optional<DecidedTargets.Target> t = target(p.id(), organisation, year);
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
    String decisions(List<Dashboard.ProgrammeLine> programmes, OrganisationId organisation, int year) {
        DecidedTargets source = decided.getIfAvailable();
        List<String> names = programmes.stream()
                .flatMap(p -> java.util.stream.Stream.concat(
                        target(p.id(), organisation, year).map(DecidedTargets.Target::decision).stream(),
                        source == null
                                ? java.util.stream.Stream.<String>empty()
                                : source.kpi(p.id(), organisation).stream().map(DecidedTargets.Kpi::decision)))
                .distinct()
                .toList();
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private Optional<DecidedTargets.Target> target(ProgrammeId programme, OrganisationId organisation, int year) {
        DecidedTargets source = decided.getIfAvailable();
        return source == null ? Optional.empty() : source.economic(programme, organisation, year);
    }
}
