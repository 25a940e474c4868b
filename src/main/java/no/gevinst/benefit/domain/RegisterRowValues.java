package no.gevinst.benefit.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Programme;
import no.gevinst.shared.FrameworkItemId;

/** One benefit as an exported row: ids turned back into the names and codes a person writes. */
final class RegisterRowValues {

    private static final String JOIN = RegisterRowReader.LIST_SEPARATOR + " ";

    private RegisterRowValues() {}

    static Map<RegisterColumn, Object> of(Benefit b, SpreadsheetNames names) {
        Programme programme = names.programmes().get(b.programme().toString());
        Map<RegisterColumn, Object> v = new EnumMap<>(RegisterColumn.class);
        v.put(RegisterColumn.PROGRAMME, programme.code());
        v.put(RegisterColumn.CODE, b.code());
        v.put(RegisterColumn.TITLE, b.title());
        v.put(RegisterColumn.DESCRIPTION, b.description());
        v.put(RegisterColumn.OBSERVABLE_OUTCOME, b.observableOutcome());
        v.put(RegisterColumn.ATTRIBUTION, b.attribution());
        v.put(RegisterColumn.KIND, RegisterValues.written(RegisterColumn.KIND, b.kind()));
        v.put(RegisterColumn.AREA, b.area() == null ? "" : itemName(programme, b.area()));
        v.put(
                RegisterColumn.PRIORITY_AREAS,
                joined(b.priorityAreas().stream()
                        .map(id -> itemName(programme, id))
                        .toList()));
        v.put(RegisterColumn.BENEFIT_CLASS, RegisterValues.written(RegisterColumn.BENEFIT_CLASS, b.benefitClass()));
        v.put(
                RegisterColumn.OBJECTIVES,
                joined(b.objectives().stream()
                        .map(id -> String.valueOf(names.objectiveNumbers().get(id.toString())))
                        .toList()));
        putPeopleAndOrganisations(v, b, names);
        v.put(RegisterColumn.UNITS, b.units());
        v.put(RegisterColumn.EXPECTED_START, b.expectedStart());
        v.put(RegisterColumn.FULL_EFFECT, b.fullEffect());
        v.put(RegisterColumn.PRIORITY, RegisterValues.written(RegisterColumn.PRIORITY, b.priority()));
        v.put(RegisterColumn.PRIORITY_RATIONALE, b.priorityRationale());
        v.put(RegisterColumn.PREREQUISITES, String.join("\n", b.prerequisites()));
        v.put(RegisterColumn.EVIDENCE_LINKS, String.join("\n", b.evidenceLinks()));
        v.put(RegisterColumn.STATUS, RegisterValues.written(RegisterColumn.STATUS, b.status()));
        return v;
    }

    private static void putPeopleAndOrganisations(Map<RegisterColumn, Object> v, Benefit b, SpreadsheetNames names) {
        v.put(
                RegisterColumn.ALLOCATIONS,
                joined(b.allocations().stream()
                        .map(a -> names.organisationLabel(a.organisation()) + "=" + share(a))
                        .toList()));
        v.put(
                RegisterColumn.INVESTORS,
                joined(b.investors().stream().map(names::organisationLabel).toList()));
        v.put(RegisterColumn.OWNER, names.personLabel(b.owner()));
        v.put(RegisterColumn.RESPONSIBLE, names.personLabel(b.responsible()));
    }

    private static String itemName(Programme programme, FrameworkItemId id) {
        return programme.frameworkItem(id).map(FrameworkItem::name).orElse("");
    }

    private static String joined(List<String> items) {
        return items.stream().collect(Collectors.joining(JOIN));
    }

    private static String share(Allocation a) {
        return a.share().value().stripTrailingZeros().toPlainString();
    }
}
