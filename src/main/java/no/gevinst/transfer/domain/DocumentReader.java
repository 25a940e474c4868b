package no.gevinst.transfer.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.shared.ImportProblem;
import no.gevinst.shared.ProgrammePart;
import tools.jackson.databind.JsonNode;

/**
 * Reads a programme document's tree into rows of plain values, noting every place where it is not shaped as
 * version 1 of the format says (named by JSON path) instead of stopping at the first.
 */
final class DocumentReader {

    private final List<ImportProblem> problems;

    DocumentReader(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /** The document, or null when its format or version is not one this installation reads. */
    ImportDocument read(JsonNode root, Set<String> partNames, boolean measurements, boolean audit) {
        if (!root.isObject()) {
            problems.add(ImportProblem.of("$", "transfer.document.object"));
            return null;
        }
        if (!ExportFormat.NAME.equals(root.path("format").asString(""))) {
            problems.add(ImportProblem.of("$.format", "transfer.format.unknown", ExportFormat.NAME));
            return null;
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isIntegralNumber() || version.asInt() != ExportFormat.VERSION) {
            problems.add(ImportProblem.of("$.formatVersion", "transfer.format.version", ExportFormat.VERSION));
            return null;
        }
        Map<String, ProgrammePart> parts = new LinkedHashMap<>();
        JsonNode partsNode = root.path("parts");
        if (!partsNode.isObject()) {
            problems.add(ImportProblem.of("$.parts", "transfer.value.object"));
        } else {
            partsNode.properties().forEach(e -> {
                if (!partNames.contains(e.getKey())) {
                    problems.add(ImportProblem.of("$.parts." + e.getKey(), "transfer.part.unknown", e.getKey()));
                } else {
                    parts.put(e.getKey(), part(e.getValue(), "$.parts." + e.getKey()));
                }
            });
        }
        return new ImportDocument(
                parts,
                measurements ? rows(root.path("measurements"), "$.measurements", true) : List.of(),
                audit && root.has("audit") ? part(root.path("audit"), "$.audit") : new ProgrammePart(Map.of()),
                rows(root.path("organisations"), "$.organisations", false),
                rows(root.path("people"), "$.people", false));
    }

    private ProgrammePart part(JsonNode node, String path) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        if (!node.isObject()) {
            problems.add(ImportProblem.of(path, "transfer.value.object"));
            return new ProgrammePart(tables);
        }
        node.properties().forEach(e -> tables.put(e.getKey(), rows(e.getValue(), path + "." + e.getKey(), false)));
        return new ProgrammePart(tables);
    }

    private List<Map<String, Object>> rows(JsonNode node, String path, boolean optional) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (node.isMissingNode() && optional) {
            return rows;
        }
        if (!node.isArray()) {
            problems.add(ImportProblem.of(path, "transfer.value.array"));
            return rows;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode row = node.get(i);
            if (row.isObject()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> values = (Map<String, Object>) value(row);
                rows.add(values);
            } else {
                problems.add(ImportProblem.of(path + "[" + i + "]", "transfer.value.object"));
            }
        }
        return rows;
    }

    /** The node as plain values: text, exact decimals, booleans, lists and maps. */
    static Object value(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(value(n)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), value(e.getValue())));
        return map;
    }
}
