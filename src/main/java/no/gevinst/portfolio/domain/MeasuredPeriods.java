package no.gevinst.portfolio.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.portfolio.FlowMatrix.Party;
import no.gevinst.portfolio.FlowReport.Actual;
import no.gevinst.portfolio.FlowReport.Period;
import no.gevinst.portfolio.FlowReport.Receipt;
import no.gevinst.portfolio.SignOff;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The periods of a benefit's actuals to be signed off: those its indicators were measured in, and those already
 * signed off, the latest first. The measurements of all the benefits shown are read at once, and only each
 * indicator's latest periods, since the dashboard shows these too.
 */
@Component
class MeasuredPeriods {

    /** The periods shown per benefit: the recent ones are those still to be confirmed. */
    static final int LATEST = 4;

    private final Indicators indicators;
    private final Organisations organisations;

    MeasuredPeriods(Indicators indicators, Organisations organisations) {
        this.indicators = indicators;
        this.organisations = organisations;
    }

    /** The indicators of the benefits, each with its current measurements in its latest periods. */
    record Measured(Map<BenefitId, List<Indicator>> indicators, Map<IndicatorId, List<Measurement>> measurements) {}

    Measured read(Collection<BenefitId> benefits) {
        Map<BenefitId, List<Indicator>> byBenefit = indicators.ofBenefits(benefits);
        List<IndicatorId> ids = byBenefit.values().stream()
                .flatMap(List::stream)
                .map(Indicator::id)
                .toList();
        return new Measured(byBenefit, ids.isEmpty() ? Map.of() : indicators.latestMeasurements(ids, LATEST));
    }

    List<Period> of(
            BenefitId benefit,
            Measured measured,
            List<Party> signers,
            List<SignOff> signOffs,
            Map<OrganisationId, Boolean> maySignFor) {
        Comparator<Span> newestFirst =
                Comparator.comparing(Span::end).thenComparing(Span::start).reversed();
        Map<Span, List<Actual>> actuals = new TreeMap<>(newestFirst);
        Map<OrganisationId, String> names = new HashMap<>();
        for (Indicator i : measured.indicators().getOrDefault(benefit, List.of())) {
            for (Measurement m : measured.measurements().getOrDefault(i.id(), List.of())) {
                actuals.computeIfAbsent(new Span(m.periodStart(), m.periodEnd()), s -> new ArrayList<>())
                        .add(new Actual(i.name(), m.value(), i.unit(), name(m.organisation(), names)));
            }
        }
        signOffs.forEach(
                s -> actuals.computeIfAbsent(new Span(s.periodStart(), s.periodEnd()), k -> new ArrayList<>()));
        List<Period> periods = new ArrayList<>();
        for (Map.Entry<Span, List<Actual>> e : actuals.entrySet()) {
            if (periods.size() == LATEST) {
                break;
            }
            Span span = e.getKey();
            List<Receipt> receipts = signers.stream()
                    .map(signer -> {
                        SignOff signed = signOffs.stream()
                                .filter(s -> s.organisation().equals(signer.id()) && span.covers(s))
                                .findFirst()
                                .orElse(null);
                        return new Receipt(signer, signed, signed != null, maySignFor.getOrDefault(signer.id(), false));
                    })
                    .toList();
            periods.add(new Period(span.start(), span.end(), e.getValue(), receipts));
        }
        return periods;
    }

    private String name(OrganisationId id, Map<OrganisationId, String> names) {
        if (id == null) {
            return "";
        }
        return names.computeIfAbsent(
                id, k -> organisations.find(k).map(Organisation::name).orElse(k.toString()));
    }

    private record Span(LocalDate start, LocalDate end) {
        boolean covers(SignOff s) {
            return s.periodStart().equals(start) && s.periodEnd().equals(end);
        }
    }
}
