package no.gevinst.audit.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.gevinst.audit.FieldChange;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Compares a record's JSON before and after a change, one top-level field at a time. */
@Component
class StateFields {

    /** Kept by every update, so never worth marking as a change of its own. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt");

    private final JsonMapper json;

    StateFields(JsonMapper json) {
        this.json = json;
    }

    /** The top-level fields that differ; bookkeeping fields (version, updatedAt) are left out. */
    List<String> changed(String before, String after) {
        return side(before, after).stream()
                .filter(FieldChange::changed)
                .map(FieldChange::field)
                .toList();
    }

    /** Every top-level field of either state, in the order they first appear, before and after side by side. */
    List<FieldChange> side(String before, String after) {
        JsonNode old = tree(before);
        JsonNode now = tree(after);
        Set<String> names = new LinkedHashSet<>();
        old.propertyNames().forEach(names::add);
        now.propertyNames().forEach(names::add);
        List<FieldChange> fields = new ArrayList<>();
        for (String name : names) {
            JsonNode was = old.get(name);
            JsonNode is = now.get(name);
            boolean changed = !BOOKKEEPING.contains(name) && !Objects.equals(was, is);
            fields.add(new FieldChange(name, text(was), text(is), changed));
        }
        return fields;
    }

    /** A state that is no JSON object (a bare value) is shown as one field named "value". */
    private JsonNode tree(String state) {
        if (state == null) {
            return json.createObjectNode();
        }
        JsonNode node = json.readTree(state);
        return node.isObject() ? node : json.createObjectNode().set("value", node);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isString() ? value.asString() : value.toString();
    }
}
