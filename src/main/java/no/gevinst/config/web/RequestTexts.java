package no.gevinst.config.web;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.Violations;

/**
 * Finds every text in what a request sent, named by its path ({@code title}, {@code sections.background},
 * {@code [3].comment}), and checks it with {@link Inputs#refusal}: once, here at the edge, for every form and API
 * record, so that no service has to remember it.
 */
final class RequestTexts {

    private static final int MAX_DEPTH = 16;

    private RequestTexts() {}

    static void check(Object value, String path, Violations violations) {
        check(value, path, violations, 0);
    }

    private static void check(Object value, String path, Violations violations, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        switch (value) {
            case CharSequence text -> Inputs.check(path, text.toString(), violations);
            case Record record -> components(record, path, violations, depth);
            case Collection<?> items -> {
                int i = 0;
                for (Object item : items) {
                    check(item, path + "[" + i++ + "]", violations, depth + 1);
                }
            }
            case Map<?, ?> entries ->
                entries.forEach((key, item) -> {
                    String name = join(path, String.valueOf(key));
                    Inputs.check(name, String.valueOf(key), violations);
                    check(item, name, violations, depth + 1);
                });
            case Object[] items -> {
                for (int i = 0; i < items.length; i++) {
                    check(items[i], path + "[" + i + "]", violations, depth + 1);
                }
            }
            default -> {
                // Numbers, ids, enums and dates are checked where they are parsed.
            }
        }
    }

    private static void components(Record record, String path, Violations violations, int depth) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                Object item = component.getAccessor().invoke(record);
                check(item, join(path, component.getName()), violations, depth + 1);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // An accessor that cannot be read holds nothing the request sent.
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
