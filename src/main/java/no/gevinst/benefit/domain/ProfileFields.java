package no.gevinst.benefit.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.Percent;
import no.gevinst.shared.Violations;

/** How a benefit profile's fields are read from text, each bad one named in the violations. */
final class ProfileFields {

    private ProfileFields() {}

    static FrameworkItemId frameworkItem(String text, List<FrameworkItem> allowed, String field, Violations v) {
        if (text(text).isEmpty()) {
            return null;
        }
        Optional<FrameworkItemId> item = Ids.parse(text, FrameworkItemId::new)
                .filter(id -> allowed.stream().anyMatch(i -> i.id().equals(id)));
        if (item.isEmpty()) {
            v.add(field, "benefit.framework.unknown");
        }
        return item.orElse(null);
    }

    static <T> List<T> ids(
            List<String> texts,
            Function<java.util.UUID, T> id,
            Predicate<T> exists,
            String field,
            String key,
            Violations v) {
        List<T> found = new ArrayList<>();
        for (String text : texts) {
            if (text(text).isEmpty()) {
                continue;
            }
            Optional<T> parsed = Ids.parse(text, id).filter(exists);
            if (parsed.isEmpty()) {
                v.add(field, key);
            } else if (!found.contains(parsed.get())) {
                found.add(parsed.get());
            }
        }
        return found;
    }

    static <E extends Enum<E>> E choice(String text, Class<E> type, E fallback, String field, Violations v) {
        if (text(text).isEmpty()) {
            if (fallback == null) {
                v.add(field, "benefit." + field + ".required");
            }
            return fallback;
        }
        Optional<E> value = Inputs.choice(text, type);
        if (value.isEmpty()) {
            v.add(field, "benefit." + field + ".invalid");
        }
        return value.orElse(fallback);
    }

    static List<String> links(List<String> texts, Violations v) {
        List<String> links = lines(texts);
        for (String link : links) {
            try {
                URI uri = URI.create(link);
                if (uri.getScheme() == null
                        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                        || uri.getHost() == null) {
                    v.add("evidenceLinks", "benefit.evidence.invalid", link);
                }
            } catch (IllegalArgumentException e) {
                v.add("evidenceLinks", "benefit.evidence.invalid", link);
            }
        }
        return links;
    }

    static List<String> lines(List<String> texts) {
        return texts.stream().map(ProfileFields::text).filter(t -> !t.isEmpty()).toList();
    }

    static String text(String text) {
        return Inputs.text(text);
    }

    static Optional<Percent> percent(String text) {
        try {
            return Optional.of(Percent.of(text(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
