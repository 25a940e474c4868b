package no.gevinst.demo;

import java.util.List;

/**
 * One demo benefit as {@code demo/benefits.json} writes it: organisations and people by their demo keys, objectives
 * by number and framework items by name. Left-out fields take the defaults of the benefit form.
 */
record DemoBenefitData(
        String title,
        String priorityArea,
        String area,
        String benefitClass,
        String owner,
        String responsible,
        List<Integer> objectives,
        String status,
        String kind,
        String description,
        String outcome,
        String attribution,
        List<Share> allocations,
        List<String> investors,
        String units,
        String expectedStart,
        String fullEffect,
        String priority,
        String rationale) {

    DemoBenefitData {
        objectives = objectives == null ? List.of() : objectives;
        kind = kind == null ? "BENEFIT" : kind;
        description = orEmpty(description);
        outcome = orEmpty(outcome);
        attribution = orEmpty(attribution);
        allocations = allocations == null ? List.of() : allocations;
        investors = investors == null ? List.of() : investors;
        units = orEmpty(units);
        priority = priority == null ? "MEDIUM" : priority;
        rationale = orEmpty(rationale);
    }

    /** A share of the benefit, in percent, at an organisation. */
    record Share(String organisation, String share) {}

    /** The benefits of one programme, by its code. */
    record OfProgramme(String programme, List<DemoBenefitData> benefits) {}

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
