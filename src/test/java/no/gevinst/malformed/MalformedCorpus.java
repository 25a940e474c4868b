package no.gevinst.malformed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The corpus of malformed requests, read from {@code src/test/resources/malformed/}: the hand-written cases as they
 * stand, and the cases derived from each API endpoint's and each page form's base request by breaking one thing.
 */
final class MalformedCorpus {

    static final String MEGABYTE = "x".repeat(1024 * 1024);
    private static final String NUL = "a\u0000b";
    private static final List<String> NUMBERS = List.of("1e20", "-1e20", "NaN", "abc", "100000000000000");
    private static final List<String> DATES = List.of("2026-02-30", "99999-01-01", "not-a-date");
    private static final List<String> YEARS = List.of("99999", "1066", "abc");
    private static final List<String> IDS = List.of("not-a-uuid", "{unknown}");
    private static final List<String> SCALES = List.of("0", "6", "x");
    private static final List<String> FORMULAS = List.of(
            "10^10^10^10",
            "9^9^9",
            "FACT(100000)",
            "1e999999999 * 1e999999999",
            "(".repeat(100) + "1" + ")".repeat(100),
            "1 +",
            "1" + "+1".repeat(600));

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<MalformedCase> cases = new ArrayList<>();

    static List<MalformedCase> load() {
        MalformedCorpus corpus = new MalformedCorpus();
        corpus.endpoints(corpus.read("endpoints.json").get("endpoints"));
        corpus.forms(corpus.read("forms.json").get("forms"));
        corpus.handWritten(corpus.read("cases.json").get("cases"));
        return corpus.cases;
    }

    private JsonNode read(String name) {
        try (InputStream in = MalformedCorpus.class.getResourceAsStream("/malformed/" + name)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endpoints(JsonNode endpoints) {
        for (JsonNode e : endpoints) {
            String method = e.get("method").asString();
            String path = e.get("path").asString();
            ObjectNode base = (ObjectNode) e.get("body");
            boolean array = e.path("array").asBoolean(false);
            Map<String, String> headers = strings(e.get("headers"));
            List<String> skip = list(e.get("skip"));
            String name = method + " " + path + ": ";
            String text = body(base, array);
            api(
                    name + "body cut short",
                    method,
                    path,
                    "application/json",
                    text.substring(0, text.length() / 2),
                    headers);
            api(name + "sent as text/plain", method, path, "text/plain", text, headers);
            api(name + "a JSON string instead", method, path, "application/json", "\"x\"", headers);
            api(
                    name + (array ? "an object instead of a list" : "a list instead of the object"),
                    method,
                    path,
                    "application/json",
                    array ? base.toString() : "[" + base + "]",
                    headers);
            if (!skip.contains("object")) {
                api(name + "nothing filled in", method, path, "application/json", array ? "[{}]" : "{}", headers);
            }
            if (!skip.contains("fields")) {
                for (var field : base.properties()) {
                    if (field.getValue().isString()) {
                        mutate(name, method, path, headers, base, array, field.getKey(), List.of(NUL, MEGABYTE));
                        ObjectNode object =
                                JsonNodeFactory.instance.objectNode().put("a", 1);
                        with(
                                name + field.getKey() + " an object",
                                method,
                                path,
                                headers,
                                base,
                                array,
                                field.getKey(),
                                object);
                    }
                }
            }
            for (String deep : list(e.get("deep"))) {
                mutate(name, method, path, headers, base, array, deep, List.of(NUL, MEGABYTE));
            }
            mutateAll(name, method, path, headers, base, array, e.get("numbers"), NUMBERS);
            mutateAll(name, method, path, headers, base, array, e.get("dates"), DATES);
            mutateAll(name, method, path, headers, base, array, e.get("years"), YEARS);
            mutateAll(name, method, path, headers, base, array, e.get("ids"), IDS);
            mutateAll(name, method, path, headers, base, array, e.get("enums"), List.of("NOPE"));
            mutateAll(name, method, path, headers, base, array, e.get("scales"), SCALES);
            mutateAll(name, method, path, headers, base, array, e.get("negatives"), List.of("-1"));
            mutateAll(name, method, path, headers, base, array, e.get("formulas"), FORMULAS);
            mutateAll(name, method, path, headers, base, array, e.get("deepFormulas"), FORMULAS);
            for (String field : list(e.get("typedYears"))) {
                for (int year : new int[] {99999, 1066}) {
                    with(
                            name + field + "=" + year,
                            method,
                            path,
                            headers,
                            base,
                            array,
                            field,
                            json.getNodeFactory().numberNode(year));
                }
            }
            for (String field : list(e.get("rates"))) {
                for (String rate : new String[] {"-1.5", "1.5"}) {
                    with(
                            name + field + "=" + rate,
                            method,
                            path,
                            headers,
                            base,
                            array,
                            field,
                            json.getNodeFactory().numberNode(new java.math.BigDecimal(rate)));
                }
            }
        }
    }

    private void mutateAll(
            String name,
            String method,
            String path,
            Map<String, String> headers,
            ObjectNode base,
            boolean array,
            JsonNode fields,
            List<String> values) {
        for (String field : list(fields)) {
            mutate(name, method, path, headers, base, array, field, values);
        }
    }

    private void mutate(
            String name,
            String method,
            String path,
            Map<String, String> headers,
            ObjectNode base,
            boolean array,
            String field,
            List<String> values) {
        for (String value : values) {
            String shown = value.length() > 30 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
            with(
                    name + field + "=" + shown.replace("\u0000", "\\0"),
                    method,
                    path,
                    headers,
                    base,
                    array,
                    field,
                    json.getNodeFactory().stringNode(value));
        }
    }

    private void with(
            String name,
            String method,
            String path,
            Map<String, String> headers,
            ObjectNode base,
            boolean array,
            String field,
            JsonNode value) {
        ObjectNode body = base.deepCopy();
        ObjectNode parent = body;
        String[] parts = field.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        parent.set(parts[parts.length - 1], value);
        api(name, method, path, "application/json", body(body, array), headers);
    }

    private void forms(JsonNode forms) {
        for (JsonNode f : forms) {
            String path = f.get("path").asString();
            Map<String, String> params = strings(f.get("params"));
            for (String field : params.keySet()) {
                for (String value : List.of(NUL, MEGABYTE)) {
                    form(
                            "form " + path + ": " + field + (value == NUL ? " with NUL" : " of 1 MB"),
                            path,
                            params,
                            field,
                            value);
                }
            }
            JsonNode bad = f.get("bad");
            if (bad != null) {
                for (var field : bad.properties()) {
                    for (JsonNode value : field.getValue()) {
                        form(
                                "form " + path + ": " + field.getKey() + "=" + value.asString(),
                                path,
                                params,
                                field.getKey(),
                                value.asString());
                    }
                }
            }
        }
    }

    private void form(String name, String path, Map<String, String> base, String field, String value) {
        Map<String, String> params = new LinkedHashMap<>(base);
        params.put(field, value);
        cases.add(new MalformedCase(name, "POST", path, true, null, null, Map.of(), params, null, null));
    }

    private void handWritten(JsonNode list) {
        for (JsonNode c : list) {
            JsonNode file = c.get("file");
            String body = c.hasNonNull("bodyHex")
                    ? new String(
                            HexFormat.of().parseHex(c.get("bodyHex").asString()),
                            java.nio.charset.StandardCharsets.ISO_8859_1)
                    : c.hasNonNull("body") ? c.get("body").asString() : null;
            cases.add(new MalformedCase(
                    c.get("name").asString(),
                    c.get("method").asString(),
                    c.get("path").asString(),
                    c.path("page").asBoolean(false),
                    c.hasNonNull("contentType") ? c.get("contentType").asString() : null,
                    body,
                    strings(c.get("headers")),
                    strings(c.get("params")),
                    file == null
                            ? null
                            : new MalformedCase.FilePart(
                                    file.get("name").asString(),
                                    file.hasNonNull("content")
                                            ? file.get("content").asString()
                                            : null,
                                    file.hasNonNull("generate")
                                            ? file.get("generate").asString()
                                            : null,
                                    file.hasNonNull("part") ? file.get("part").asString() : "file"),
                    c.hasNonNull("generate") ? c.get("generate").asString() : c.hasNonNull("bodyHex") ? "hex" : null));
        }
    }

    private void api(String name, String method, String path, String type, String body, Map<String, String> headers) {
        cases.add(new MalformedCase(name, method, path, false, type, body, headers, Map.of(), null, null));
    }

    private static String body(ObjectNode body, boolean array) {
        return array ? "[" + body + "]" : body.toString();
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null) {
            node.properties().forEach(p -> out.put(p.getKey(), p.getValue().asString()));
        }
        return out;
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node instanceof ArrayNode array) {
            array.forEach(n -> out.add(n.asString()));
        }
        return out;
    }
}
