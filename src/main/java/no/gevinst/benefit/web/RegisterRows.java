package no.gevinst.benefit.web;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import org.springframework.context.MessageSource;

/**
 * The register's rows and the filter's longer lists as the page shows them, prepared once per request: each row's
 * names, words and link, and each choice's label and whether it is chosen. The template then only writes them out;
 * asking Thymeleaf to look up names, resolve a message and build a link for every row and every option cost the
 * register page more than its SQL (issue 15). Words come from the same bundles the template reads, once per status
 * and class.
 */
record RegisterRows(
        List<Row> rows,
        List<Choice> programmes,
        List<Choice> organisations,
        List<Choice> areas,
        List<Choice> priorityAreas,
        List<Choice> owners) {

    /** One benefit as a row of the register. */
    record Row(
            String code,
            String href,
            String title,
            boolean disbenefit,
            String area,
            String benefitClass,
            String owner,
            String statusColour,
            String status,
            Integer warnings) {}

    /** One option of a filter list. */
    record Choice(String value, String label, boolean selected) {}

    static RegisterRows of(
            Collection<Benefit> benefits,
            Map<BenefitId, Integer> warnings,
            RegisterNames names,
            BenefitQuery query,
            String contextPath,
            MessageSource messages,
            Locale locale) {
        return new RegisterRows(
                rows(benefits, warnings, names, contextPath, messages, locale),
                choices(
                        names.programmes(),
                        p -> p.id().toString(),
                        Programme::name,
                        p -> Objects.equals(query.programme(), p.id())),
                choices(
                        names.programmeOrganisations(),
                        o -> o.id().toString(),
                        Organisation::name,
                        o -> Objects.equals(query.organisation(), o.id())),
                choices(names.areaNames(), a -> a, a -> a, a -> Objects.equals(query.area(), a)),
                choices(names.priorityAreaNames(), a -> a, a -> a, a -> Objects.equals(query.priorityArea(), a)),
                choices(
                        names.peopleList(),
                        p -> p.id().toString(),
                        Person::name,
                        p -> Objects.equals(query.owner(), p.id())));
    }

    /** Each benefit as a row, each status's and class's word looked up once. */
    private static List<Row> rows(
            Collection<Benefit> benefits,
            Map<BenefitId, Integer> warnings,
            RegisterNames names,
            String contextPath,
            MessageSource messages,
            Locale locale) {
        Map<BenefitStatus, String> statuses = new EnumMap<>(BenefitStatus.class);
        Map<BenefitClass, String> classes = new EnumMap<>(BenefitClass.class);
        return benefits.stream()
                .map(b -> new Row(
                        b.code(),
                        contextPath + "/benefits/" + b.id(),
                        b.title(),
                        b.isDisbenefit(),
                        b.area() == null ? "" : names.frameworkItems().get(b.area()),
                        classes.computeIfAbsent(b.benefitClass(), c -> word(messages, "benefit.class." + c, locale)),
                        owner(names, b),
                        colour(b.status()),
                        statuses.computeIfAbsent(b.status(), s -> word(messages, s.messageKey(), locale)),
                        warnings.get(b.id())))
                .toList();
    }

    /** A word from the bundles, or what Thymeleaf shows for a key it lacks. */
    static String word(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, "??" + key + "_" + locale + "??", locale);
    }

    private static String owner(RegisterNames names, Benefit benefit) {
        Person owner = benefit.owner() == null ? null : names.people().get(benefit.owner());
        return owner == null ? "" : owner.name();
    }

    /** The tag's colour: abandoned in red, realised and closed in green, the rest as information. */
    private static String colour(BenefitStatus status) {
        return switch (status) {
            case ABANDONED -> "danger";
            case REALISED, CLOSED -> "success";
            default -> "info";
        };
    }

    private static <T> List<Choice> choices(
            Collection<T> items, Function<T, String> value, Function<T, String> label, Function<T, Boolean> selected) {
        return items.stream()
                .map(item -> new Choice(value.apply(item), label.apply(item), selected.apply(item)))
                .toList();
    }
}
