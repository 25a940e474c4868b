package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.organisation.Organisations;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The flows of benefits shared between programmes (issue 18), in the flows of every programme sharing them: who
 * invests and who gains, the home programme named, and each programme's share of the benefit's kroner, worked out as
 * the dashboard counts them ({@link SharedCounting}, {@link SharedForecasts#portion}): what each programme counts
 * is kept as the reading keeps it, the flows are put together per report.
 */
@Component
class SharedFlows {

    private final SharedCounting counting;
    private final Programmes programmes;
    private final Organisations organisations;

    SharedFlows(SharedCounting counting, Programmes programmes, Organisations organisations) {
        this.counting = counting;
        this.programmes = programmes;
        this.organisations = organisations;
    }

    /** The shared benefits each programme reported on counts, in the programmes' order. */
    List<FlowReport.SharedFlow> of(List<Programme> scope) {
        return of(scope, counting::counted);
    }

    /** The same, from the shared benefits each programme counts as the reading keeps them ({@link SharedCounting}). */
    List<FlowReport.SharedFlow> of(List<Programme> scope, Reading reading) {
        return of(scope, p -> counting.counted(p, reading));
    }

    private List<FlowReport.SharedFlow> of(
            List<Programme> scope, java.util.function.Function<ProgrammeId, List<SharedCounting.Counted>> countedBy) {
        Map<Programme, List<SharedCounting.Counted>> counted = new LinkedHashMap<>();
        for (Programme p : scope) {
            List<SharedCounting.Counted> here = countedBy.apply(p.id());
            if (!here.isEmpty()) {
                counted.put(p, here);
            }
        }
        if (counted.isEmpty()) {
            return List.of();
        }
        Map<ProgrammeId, String> names = programmes.names();
        Map<OrganisationId, String> parties = names(counted);
        List<FlowReport.SharedFlow> flows = new ArrayList<>();
        counted.forEach((p, list) -> list.forEach(c -> flows.add(flow(p, c, names, parties))));
        return flows;
    }

    private static FlowReport.SharedFlow flow(
            Programme p,
            SharedCounting.Counted c,
            Map<ProgrammeId, String> names,
            Map<OrganisationId, String> parties) {
        Benefit b = c.benefit();
        Percent share = c.shareOf(p.id());
        String others = c.othersOf(p.id(), names);
        BigDecimal full = c.value().values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        Map<OrganisationId, BigDecimal> allocated = new LinkedHashMap<>();
        for (Allocation a : b.allocations()) {
            allocated.merge(a.organisation(), a.share().value(), BigDecimal::add);
        }
        List<FlowReport.Beneficiary> benefiting = new ArrayList<>();
        allocated.forEach(
                (id, value) -> benefiting.add(new FlowReport.Beneficiary(party(id, parties), new Percent(value))));
        return new FlowReport.SharedFlow(
                b.id(),
                b.code(),
                b.title(),
                p.id(),
                p.name(),
                b.programme(),
                names.getOrDefault(b.programme(), "?"),
                others,
                share,
                full,
                SharedForecasts.portion(full, share),
                b.investors().stream().map(id -> party(id, parties)).toList(),
                benefiting);
    }

    private Map<OrganisationId, String> names(Map<Programme, List<SharedCounting.Counted>> counted) {
        Set<OrganisationId> ids = new HashSet<>();
        counted.values()
                .forEach(list -> list.forEach(c -> {
                    ids.addAll(c.benefit().investors());
                    c.benefit().allocations().forEach(a -> ids.add(a.organisation()));
                }));
        Map<OrganisationId, String> names = new HashMap<>();
        organisations.findAll(ids).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    private static FlowMatrix.Party party(OrganisationId id, Map<OrganisationId, String> names) {
        return new FlowMatrix.Party(id, names.getOrDefault(id, id.toString()));
    }
}
