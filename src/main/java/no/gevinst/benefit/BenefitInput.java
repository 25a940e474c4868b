package no.gevinst.benefit;

import java.util.List;

/**
 * A benefit profile as a user, client or import row sends it: values as text so that every bad one can be
 * named. Lists of ids hold the ids as text; allocations pair an organisation id with a share in percent.
 *
 * @param status only imports may set it; forms and the API move benefits through the lifecycle instead
 */
public record BenefitInput(
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
        List<AllocationInput> allocations,
        List<String> investorIds,
        String ownerId,
        String responsibleId,
        String units,
        String expectedStart,
        String fullEffect,
        String priority,
        String priorityRationale,
        List<String> prerequisites,
        List<String> evidenceLinks,
        String status) {

    public BenefitInput {
        priorityAreaIds = orEmpty(priorityAreaIds);
        objectiveIds = orEmpty(objectiveIds);
        allocations = orEmpty(allocations);
        investorIds = orEmpty(investorIds);
        prerequisites = orEmpty(prerequisites);
        evidenceLinks = orEmpty(evidenceLinks);
    }

    /** An input built by name; see {@link BenefitInputBuilder} for what is left unset. */
    public static BenefitInputBuilder builder() {
        return new BenefitInputBuilder();
    }

    /** A builder holding this input's values, to change a few of them. */
    public BenefitInputBuilder toBuilder() {
        return BenefitInputBuilder.of(this);
    }

    /** @param share percent, e.g. "60" or "33,5" */
    public record AllocationInput(String organisationId, String share) {}

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null
                ? List.of()
                : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
