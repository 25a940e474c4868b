package no.gevinst.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.gevinst.network.ElementStatus;
import no.gevinst.network.NodeKind;
import no.gevinst.shared.ProgrammeId;

/**
 * The plan followed up per release or sprint (seed 004 follows its plan up sprint by sprint): what each release
 * delivers, the benefits those deliveries lead to in the benefit map, and the plans' measures that serve those
 * benefits. Read by anyone who may see the programme.
 */
public interface Releases {

    /** The releases and sprints the map's elements are delivered in, the earliest planned first. */
    List<Summary> releases(ProgrammeId programme);

    /** One release with what it delivers and touches; an unknown release is not found. */
    ReleaseView release(ProgrammeId programme, String name);

    /**
     * A release at a glance.
     *
     * @param firstPlanned the earliest planned date of its elements, null when none has a date
     * @param late how many of its elements are late: moved past their plan, or not delivered by the date expected
     */
    record Summary(String name, LocalDate firstPlanned, int elements, int delivered, int late) {}

    record ReleaseView(
            String name, List<Delivery> deliveries, List<TouchedBenefit> benefits, List<ServingMeasure> measures) {}

    /**
     * An element of the map delivered in the release, usually an enabler.
     *
     * @param moved the actual or newly forecast date when it differs from the plan
     * @param path the element's record page
     */
    record Delivery(
            String id,
            NodeKind kind,
            String label,
            String owner,
            ElementStatus status,
            LocalDate planned,
            LocalDate moved,
            boolean late,
            String path) {}

    /**
     * A benefit (or dis-benefit) the release's deliveries lead to, directly or through changes.
     *
     * @param label the benefit's code and title
     * @param status the benefit's lifecycle status, by name
     * @param rag the worst traffic light of its indicators (GREEN, AMBER, RED or NONE)
     * @param via the deliveries of the release that lead to it
     */
    record TouchedBenefit(
            String id,
            NodeKind kind,
            String label,
            String status,
            String rag,
            LocalDate expectedStart,
            List<String> via,
            String path) {}

    /**
     * A measure of one of the programme's plans that serves a benefit the release touches.
     *
     * @param benefits the touched benefits it serves, by label
     * @param responsible the responsible person's name, null when none is named
     * @param overdue past its deadline and neither done nor cancelled
     */
    record ServingMeasure(
            UUID id,
            PlanId plan,
            String planTitle,
            String action,
            List<String> benefits,
            String responsible,
            LocalDate deadline,
            MeasureStatus status,
            boolean overdue,
            String path) {}
}
