package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
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

    /**
     * Each benefit's actuals in its indicators' latest periods, newest period first: what {@link #of} adds the
     * sign-offs to. Compact, and the same for every user (organisations by id), so that it can be kept per programme.
     */
    record Measures(Map<BenefitId, SortedMap<Span, List<Measure>>> byBenefit) {

        Measures {
            byBenefit = Map.copyOf(byBenefit);
        }

        /** The benefits' actuals together, for the programmes' parts read apart. */
        static Measures of(Collection<Measures> parts) {
            Map<BenefitId, SortedMap<Span, List<Measure>>> all = new HashMap<>();
            parts.forEach(p -> all.putAll(p.byBenefit()));
            return new Measures(all);
        }
    }

    /** One actual of a period: the indicator's name, the value, its unit and who measured it. */
    record Measure(String indicator, BigDecimal value, String unit, OrganisationId organisation) {}

    /** The measures with the measuring organisations' names as the current user may see them. */
    record Measured(Measures measures, Map<OrganisationId, String> names) {}

    private static final Comparator<Span> NEWEST_FIRST =
            Comparator.comparing(Span::end).thenComparing(Span::start).reversed();

    Measured read(Collection<BenefitId> benefits) {
        return named(measures(benefits));
    }

    /** The measuring organisations' names in one read, not one read per benefit and organisation. */
    Measured named(Measures measures) {
        Set<OrganisationId> measuring = new HashSet<>();
        measures.byBenefit()
                .values()
                .forEach(spans -> spans.values()
                        .forEach(list -> list.forEach(m -> {
                            if (m.organisation() != null) {
                                measuring.add(m.organisation());
                            }
                        })));
        Map<OrganisationId, String> names = new HashMap<>();
        if (!measuring.isEmpty()) {
            organisations.findAll(measuring).forEach(o -> names.put(o.id(), o.name()));
        }
        return new Measured(measures, names);
    }

    Measures measures(Collection<BenefitId> benefits) {
        Map<BenefitId, List<Indicator>> byBenefit = indicators.ofBenefits(benefits);
        List<IndicatorId> ids = byBenefit.values().stream()
                .flatMap(List::stream)
                .map(Indicator::id)
                .toList();
        Map<IndicatorId, List<Measurement>> latest =
                ids.isEmpty() ? Map.of() : indicators.latestMeasurements(ids, LATEST);
        Map<BenefitId, SortedMap<Span, List<Measure>>> measures = new HashMap<>();
        byBenefit.forEach((benefit, measuredBy) -> {
            SortedMap<Span, List<Measure>> spans = new TreeMap<>(NEWEST_FIRST);
            for (Indicator i : measuredBy) {
                for (Measurement m : latest.getOrDefault(i.id(), List.of())) {
                    spans.computeIfAbsent(new Span(m.periodStart(), m.periodEnd()), s -> new ArrayList<>())
                            .add(new Measure(i.name(), m.value(), i.unit(), m.organisation()));
                }
            }
            if (!spans.isEmpty()) {
                measures.put(benefit, Collections.unmodifiableSortedMap(spans));
            }
        });
        return new Measures(measures);
    }

    List<Period> of(
            BenefitId benefit,
            Measured measured,
            List<Party> signers,
            List<SignOff> signOffs,
            Map<OrganisationId, Boolean> maySignFor) {
        Map<Span, List<Actual>> actuals = new TreeMap<>(NEWEST_FIRST);
        measured.measures()
                .byBenefit()
                .getOrDefault(benefit, Collections.emptySortedMap())
                .forEach((span, list) -> {
                    List<Actual> shown = new ArrayList<>();
                    list.forEach(m -> shown.add(
                            new Actual(m.indicator(), m.value(), m.unit(), name(m.organisation(), measured.names()))));
                    actuals.put(span, shown);
                });
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

    /** The organisation's name, its id when it is gone (as a single look-up of it would give). */
    private static String name(OrganisationId id, Map<OrganisationId, String> names) {
        if (id == null) {
            return "";
        }
        return names.getOrDefault(id, id.toString());
    }

    record Span(LocalDate start, LocalDate end) {
        boolean covers(SignOff s) {
            return s.periodStart().equals(start) && s.periodEnd().equals(end);
        }
    }
}
