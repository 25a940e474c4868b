package no.gevinst.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.golive.LiveStatus;
import no.gevinst.plan.GateItem;
import no.gevinst.plan.Shortfall;
import no.gevinst.programme.Phase;

/**
 * What the method demands before a programme leaves a phase (seed 000 §3): identified benefits are described,
 * owned, tied to an objective and prioritised; planned ones have a responsible, indicators with baselines and
 * targets, a start and an approved plan; realising ones are measured, and recently; at the end each benefit is
 * realised with evidence or abandoned with a reason. A pure function of the facts, so that it is tested alone.
 */
final class PhaseGate {

    /** A benefit with what is known about its indicators. */
    record BenefitFacts(Benefit benefit, List<IndicatorFacts> indicators) {

        BenefitFacts {
            indicators = List.copyOf(indicators);
        }

        boolean active() {
            return !benefit.status().isEnded();
        }

        Shortfall shortfall() {
            return new Shortfall(benefit.id(), benefit.code(), benefit.title(), "");
        }

        Shortfall shortfall(IndicatorFacts indicator) {
            return new Shortfall(benefit.id(), benefit.code(), benefit.title(), indicator.name());
        }
    }

    /**
     * @param baseline a baseline is recorded, measured or set at go-live with the reason why
     * @param trajectory at least one target value is set
     * @param stale no measurement has come for 1.5 × the indicator's frequency
     */
    record IndicatorFacts(String name, boolean baseline, boolean trajectory, boolean measured, boolean stale) {}

    private PhaseGate() {}

    /** The checklist for leaving the phase; empty for the last phase, which is never left. */
    static List<GateItem> leaving(Phase phase, List<BenefitFacts> benefits, boolean approvedPlan) {
        return switch (phase) {
            case IDENTIFY -> leavingIdentify(benefits);
            case PLAN -> leavingPlan(benefits, approvedPlan);
            case REALISE -> leavingRealise(benefits);
            case DOCUMENT -> leavingDocument(benefits);
            case CLOSE -> List.of();
        };
    }

    /**
     * What go-live demands of a programme that has go-live waves: realisation begins when the solution is in use, so
     * leaving planning needs at least one unit live; documenting the results needs every unit in a wave live. Nothing
     * for a programme without waves, whose change is not a go-live.
     *
     * @param live which units are live today; null when the programme has no waves
     */
    static List<GateItem> goLive(Phase phase, LiveStatus live) {
        if (live == null || !live.hasWaves()) {
            return List.of();
        }
        return switch (phase) {
            case PLAN -> List.of(new GateItem("phaseGate.item.goLive", live.liveCount() > 0, List.of()));
            case REALISE -> List.of(new GateItem("phaseGate.item.allLive", live.allWavesLive(), List.of()));
            default -> List.of();
        };
    }

    private static List<GateItem> leavingIdentify(List<BenefitFacts> benefits) {
        List<BenefitFacts> active =
                benefits.stream().filter(BenefitFacts::active).toList();
        return List.of(
                new GateItem("phaseGate.item.benefits", !active.isEmpty(), List.of()),
                warned(active, HealthWarning.NO_DESCRIPTION, "phaseGate.item.described"),
                warned(active, HealthWarning.NO_OWNER, "phaseGate.item.owner"),
                warned(active, HealthWarning.NO_OBJECTIVE, "phaseGate.item.objective"),
                benefitItem(
                        active,
                        "phaseGate.item.prioritised",
                        b -> !b.benefit().missingFor(BenefitStatus.PRIORITISED).isEmpty()));
    }

    private static List<GateItem> leavingPlan(List<BenefitFacts> benefits, boolean approvedPlan) {
        List<BenefitFacts> active =
                benefits.stream().filter(BenefitFacts::active).toList();
        return List.of(
                warned(active, HealthWarning.NO_OWNER, "phaseGate.item.owner"),
                warned(active, HealthWarning.NO_RESPONSIBLE, "phaseGate.item.responsible"),
                benefitItem(
                        active, "phaseGate.item.indicator", b -> b.indicators().isEmpty()),
                indicatorItem(active, "phaseGate.item.baseline", i -> !i.baseline()),
                indicatorItem(active, "phaseGate.item.trajectory", i -> !i.trajectory()),
                benefitItem(
                        active, "phaseGate.item.expectedStart", b -> b.benefit().expectedStart() == null),
                new GateItem("phaseGate.item.approvedPlan", approvedPlan, List.of()));
    }

    private static List<GateItem> leavingRealise(List<BenefitFacts> benefits) {
        boolean started = benefits.stream()
                .map(b -> b.benefit().status())
                .anyMatch(
                        s -> s == BenefitStatus.REALISING || s == BenefitStatus.REALISED || s == BenefitStatus.CLOSED);
        List<BenefitFacts> realising = benefits.stream()
                .filter(b -> b.benefit().status() == BenefitStatus.REALISING)
                .toList();
        List<Shortfall> unmeasured = new ArrayList<>();
        for (BenefitFacts b : realising) {
            if (b.indicators().isEmpty()) {
                unmeasured.add(b.shortfall());
            }
            b.indicators().stream().filter(i -> !i.measured()).forEach(i -> unmeasured.add(b.shortfall(i)));
        }
        return List.of(
                new GateItem("phaseGate.item.realising", started, List.of()),
                GateItem.of("phaseGate.item.measured", unmeasured),
                indicatorItem(realising, "phaseGate.item.fresh", i -> i.measured() && i.stale()));
    }

    private static List<GateItem> leavingDocument(List<BenefitFacts> benefits) {
        return List.of(
                benefitItem(benefits, "phaseGate.item.concluded", b -> !concluded(b.benefit())),
                benefitItem(
                        benefits.stream().filter(b -> realised(b.benefit())).toList(),
                        "phaseGate.item.evidenced",
                        b -> b.indicators().stream().noneMatch(IndicatorFacts::measured)));
    }

    private static boolean realised(Benefit benefit) {
        return benefit.status() == BenefitStatus.REALISED || benefit.status() == BenefitStatus.CLOSED;
    }

    private static boolean concluded(Benefit benefit) {
        return realised(benefit)
                || (benefit.status() == BenefitStatus.ABANDONED
                        && benefit.abandonReason() != null
                        && !benefit.abandonReason().isBlank());
    }

    /** The benefit's own health warnings say what it lacks; the gate reuses them rather than judge again. */
    private static GateItem warned(List<BenefitFacts> benefits, HealthWarning warning, String key) {
        return benefitItem(benefits, key, b -> b.benefit().warnings(true).contains(warning));
    }

    private static GateItem benefitItem(List<BenefitFacts> benefits, String key, Predicate<BenefitFacts> fails) {
        return GateItem.of(
                key,
                benefits.stream().filter(fails).map(BenefitFacts::shortfall).toList());
    }

    private static GateItem indicatorItem(List<BenefitFacts> benefits, String key, Predicate<IndicatorFacts> fails) {
        Function<BenefitFacts, List<Shortfall>> failing =
                b -> b.indicators().stream().filter(fails).map(b::shortfall).toList();
        return GateItem.of(
                key, benefits.stream().flatMap(b -> failing.apply(b).stream()).toList());
    }
}
