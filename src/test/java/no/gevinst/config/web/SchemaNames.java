package no.gevinst.config.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * The schema names springdoc gives the application's types that API operations read and write: the simple class name
 * unless {@code @Schema(name = ...)} says otherwise. Two types of one name become one schema in the document, the other
 * type's fields lost, so each name must belong to one type.
 */
final class SchemaNames {

    private final Map<String, Set<String>> typesByName = new TreeMap<>();
    private final Set<Class<?>> seen = new HashSet<>();

    void add(HandlerMethod handler) {
        walk(handler.getMethod().getGenericReturnType());
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                walk(parameter.getGenericParameterType());
            }
        }
    }

    /** Names that two or more types share, with the types. */
    Map<String, Set<String>> shared() {
        Map<String, Set<String>> shared = new TreeMap<>();
        typesByName.forEach((name, types) -> {
            if (types.size() > 1) {
                shared.put(name, types);
            }
        });
        return shared;
    }

    private void walk(Type type) {
        switch (type) {
            case ParameterizedType parameterized -> {
                walk(parameterized.getRawType());
                Arrays.stream(parameterized.getActualTypeArguments()).forEach(this::walk);
            }
            case WildcardType wildcard ->
                Arrays.stream(wildcard.getUpperBounds()).forEach(this::walk);
            case Class<?> c when c.isArray() -> walk(c.getComponentType());
            case Class<?> c -> walkClass(c);
            default -> {}
        }
    }

    private void walkClass(Class<?> type) {
        if (!type.getName().startsWith("no.gevinst.") || type.isEnum() || !seen.add(type) || isValue(type)) {
            return;
        }
        typesByName.computeIfAbsent(name(type), n -> new TreeSet<>()).add(type.getName());
        if (type.isRecord()) {
            Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getGenericType)
                    .forEach(this::walk);
        } else {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    walk(field.getGenericType());
                }
            }
        }
    }

    private static boolean isValue(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(JsonValue.class))
                || Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(JsonValue.class))
                || (type.isRecord()
                        && Arrays.stream(type.getRecordComponents())
                                .anyMatch(c -> c.isAnnotationPresent(JsonValue.class)
                                        || c.getAccessor().isAnnotationPresent(JsonValue.class)));
    }

    private static String name(Class<?> type) {
        var schema = type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return schema == null || schema.name().isBlank() ? type.getSimpleName() : schema.name();
    }
}
