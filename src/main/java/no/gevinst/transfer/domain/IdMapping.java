package no.gevinst.transfer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.gevinst.organisation.OrganisationTransfer;
import no.gevinst.shared.ImportProblem;

/**
 * The ids of the exporting installation as this one knows them: organisations found by organisation number, people
 * by e-mail, and (for a copy) a new id for every row of the programme. Applied to every text in the rows, in jsonb
 * and arrays too, so a frozen plan snapshot refers to the same things as the tables.
 */
final class IdMapping {

    private final Map<String, String> ids = new HashMap<>();

    /** Maps the document's organisations and people to this installation's, noting each that is missing. */
    static IdMapping of(ImportDocument document, OrganisationTransfer directory, List<ImportProblem> problems) {
        IdMapping mapping = new IdMapping();
        Map<String, String> byNumber =
                directory.organisationsByNumber(texts(document.organisations(), "organisationNumber"));
        mapping.map(
                document.organisations(),
                "$.organisations",
                "organisationNumber",
                byNumber::get,
                "transfer.organisation.unknown",
                problems,
                organisation -> null);
        Map<String, String> byEmail = directory.peopleByEmail(texts(document.people(), "email"));
        // A person with no e-mail address on record is found by name in the organisation they belong to.
        Map<String, String> byName = directory.peopleByNameIn(byNumber.values());
        mapping.map(
                document.people(),
                "$.people",
                "email",
                email -> byEmail.get(email.toLowerCase(Locale.ROOT)),
                "transfer.person.unknown",
                problems,
                person -> byName.get(
                        mapping.ids.get(String.valueOf(person.get("organisationId"))) + "|" + person.get("name")));
        return mapping;
    }

    private static List<String> texts(List<Map<String, Object>> rows, String key) {
        return rows.stream()
                .map(r -> r.get(key))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .toList();
    }

    private void map(
            List<Map<String, Object>> rows,
            String path,
            String key,
            Function<String, String> local,
            String unknown,
            List<ImportProblem> problems,
            Function<Map<String, Object>, String> withoutKey) {
        for (int i = 0; i < rows.size(); i++) {
            Object id = rows.get(i).get("id");
            Object value = rows.get(i).get(key);
            String found = value instanceof String text ? local.apply(text) : withoutKey.apply(rows.get(i));
            if (!(id instanceof String)) {
                problems.add(ImportProblem.of(path + "[" + i + "].id", "transfer.value.type", "id"));
            } else if (found == null) {
                problems.add(ImportProblem.of(path + "[" + i + "]." + key, unknown, String.valueOf(value)));
            } else {
                ids.put((String) id, found);
            }
        }
    }

    /** Gives every row of the tables a new id of its own (a copy), so that nothing is shared with the original. */
    void renew(Iterable<List<Map<String, Object>>> tables) {
        for (List<Map<String, Object>> rows : tables) {
            for (Map<String, Object> row : rows) {
                if (row.get("id") instanceof String id) {
                    ids.putIfAbsent(id, UUID.randomUUID().toString());
                }
            }
        }
    }

    String apply(String id) {
        return ids.getOrDefault(id, id);
    }

    /** The rows with every mapped id replaced, at any depth. */
    List<Map<String, Object>> apply(List<Map<String, Object>> rows) {
        List<Map<String, Object>> mapped = new ArrayList<>(rows.size());
        rows.forEach(row -> mapped.add(applyToMap(row)));
        return mapped;
    }

    private Map<String, Object> applyToMap(Map<?, ?> row) {
        Map<String, Object> mapped = new LinkedHashMap<>();
        row.forEach((k, v) -> mapped.put(apply(String.valueOf(k)), applyToValue(v)));
        return mapped;
    }

    private Object applyToValue(Object value) {
        return switch (value) {
            case String text -> apply(text);
            case Map<?, ?> map -> applyToMap(map);
            case List<?> list -> list.stream().map(this::applyToValue).toList();
            case null -> null;
            default -> value;
        };
    }
}
