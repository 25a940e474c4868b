package no.gevinst.benefit.web;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.HealthWarning;

/** A benefit profile as the API shows it, with its health warnings. */
record BenefitResource(
        String id,
        String programmeId,
        String code,
        String title,
        String description,
        String observableOutcome,
        String attribution,
        String kind,
        String areaId,
        List<String> priorityAreaIds,
        String benefitClass,
        List<String> objectiveIds,
        List<AllocationResource> allocations,
        List<String> investorIds,
        String ownerId,
        String responsibleId,
        String units,
        LocalDate expectedStart,
        LocalDate fullEffect,
        String priority,
        String priorityRationale,
        List<String> prerequisites,
        List<String> evidenceLinks,
        String status,
        String abandonReason,
        List<HealthWarning> warnings,
        long version) {

    record AllocationResource(String organisationId, java.math.BigDecimal share) {}

    static BenefitResource of(Benefit b, List<HealthWarning> warnings) {
        return new BenefitResource(
                b.id().toString(),
                b.programme().toString(),
                b.code(),
                b.title(),
                b.description(),
                b.observableOutcome(),
                b.attribution(),
                b.kind().name(),
                text(b.area()),
                texts(b.priorityAreas()),
                b.benefitClass().name(),
                texts(b.objectives()),
                b.allocations().stream()
                        .map(a -> new AllocationResource(
                                a.organisation().toString(), a.share().value()))
                        .toList(),
                texts(b.investors()),
                text(b.owner()),
                text(b.responsible()),
                b.units(),
                b.expectedStart(),
                b.fullEffect(),
                b.priority().name(),
                b.priorityRationale(),
                b.prerequisites(),
                b.evidenceLinks(),
                b.status().name(),
                b.abandonReason(),
                warnings,
                b.version());
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }

    private static List<String> texts(List<?> ids) {
        return ids.stream().map(Object::toString).toList();
    }
}
