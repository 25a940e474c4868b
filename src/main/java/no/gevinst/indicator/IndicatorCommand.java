package no.gevinst.indicator;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.Violations;

/**
 * An indicator to define or change, read once from what was sent ({@link #parse}): its shape is checked here, the
 * rules that need stored data (the person and organisation exist, the canonical URL is free) by the service.
 *
 * @param scope never null: {@link Scope#PROGRAMME} when none was named
 * @param canonicalUrl an http(s) URL, or null
 */
public record IndicatorCommand(
        BenefitId benefit,
        String name,
        String definition,
        String unit,
        Direction direction,
        IndicatorKind kind,
        String method,
        String dataSource,
        Frequency frequency,
        PersonId measuredBy,
        BigDecimal costHours,
        BigDecimal amberTolerance,
        BigDecimal redTolerance,
        Scope scope,
        OrganisationId scopeOrganisation,
        String scopeUnit,
        String canonicalUrl) {

    private static final BigDecimal AMBER = BigDecimal.valueOf(5);
    private static final BigDecimal RED = BigDecimal.valueOf(15);

    /**
     * The indicator sent, on the benefit it names (none when the text is no id: the service then names the benefit as
     * unknown); for the application's own loaders, which define indicators from text.
     *
     * @throws no.gevinst.shared.InvalidInputException naming every field that is missing or does not parse
     */
    public static IndicatorCommand parse(IndicatorInput in) {
        return parse(Ids.parse(in.benefitId(), BenefitId::new).orElse(null), in);
    }

    /**
     * The indicator sent, on the benefit given (whatever the text names).
     *
     * @throws no.gevinst.shared.InvalidInputException naming every field that is missing or does not parse
     */
    public static IndicatorCommand parse(BenefitId benefit, IndicatorInput in) {
        Violations v = new Violations();
        String name = required(in.name(), "name", "indicator.name.required", v);
        String unit = required(in.unit(), "unit", "indicator.unit.required", v);
        Direction direction = choice(in.direction(), Direction.class, "direction", v);
        IndicatorKind kind = choice(in.kind(), IndicatorKind.class, "kind", v);
        Frequency frequency = choice(in.frequency(), Frequency.class, "frequency", v);
        Scope scope = text(in.scope()).isEmpty() ? Scope.PROGRAMME : choice(in.scope(), Scope.class, "scope", v);
        BigDecimal amber = number(in.amberTolerance(), AMBER, "amberTolerance", v);
        BigDecimal red = number(in.redTolerance(), RED, "redTolerance", v);
        checkTolerances(amber, red, v);
        BigDecimal cost = cost(in.costHours(), v);
        PersonId measuredBy = id(in.measuredById(), PersonId::new, "measuredById", "person.unknown", v);
        OrganisationId organisation = scopeOrganisation(in.scopeOrganisationId(), scope, v);
        String url = text(in.canonicalUrl());
        if (!url.isEmpty() && !isHttpUrl(url)) {
            v.add("canonicalUrl", "indicator.canonicalUrl.invalid");
        }
        v.throwIfAny();
        return new IndicatorCommand(
                benefit,
                name,
                text(in.definition()),
                unit,
                direction,
                kind,
                text(in.method()),
                text(in.dataSource()),
                frequency,
                measuredBy,
                cost,
                amber,
                red,
                scope,
                organisation,
                text(in.scopeUnit()),
                url.isEmpty() ? null : url);
    }

    /** The indicator this command makes of the one with the id, on the benefit, at the version. */
    public Indicator toIndicator(IndicatorId id, BenefitId on, long version) {
        return Indicator.builder()
                .id(id)
                .benefit(on)
                .name(name)
                .definition(definition)
                .unit(unit)
                .direction(direction)
                .kind(kind)
                .method(method)
                .dataSource(dataSource)
                .frequency(frequency)
                .measuredBy(measuredBy)
                .costHours(costHours)
                .amberTolerance(amberTolerance)
                .redTolerance(redTolerance)
                .scope(scope)
                .scopeOrganisation(scopeOrganisation)
                .scopeUnit(scopeUnit)
                .canonicalUrl(canonicalUrl)
                .version(version)
                .build();
    }

    /** The organisation the indicator is measured in; one is needed unless it is measured for the programme. */
    private static OrganisationId scopeOrganisation(String text, Scope scope, Violations v) {
        OrganisationId organisation = id(text, OrganisationId::new, "scopeOrganisationId", "organisation.unknown", v);
        if (scope != null && scope != Scope.PROGRAMME && organisation == null && !v.has("scopeOrganisationId")) {
            v.add("scopeOrganisationId", "indicator.scope.organisation");
        }
        return organisation;
    }

    /** Hours per measurement; none when blank, never negative. */
    private static BigDecimal cost(String text, Violations v) {
        BigDecimal cost = number(text, null, "costHours", v);
        if (cost != null && cost.signum() < 0) {
            v.add("costHours", "indicator.cost.negative");
        }
        return cost;
    }

    private static void checkTolerances(BigDecimal amber, BigDecimal red, Violations v) {
        if (amber != null && amber.signum() < 0) {
            v.add("amberTolerance", "indicator.tolerance.negative");
        }
        if (amber != null && red != null && red.compareTo(amber) < 0) {
            v.add("redTolerance", "indicator.tolerance.order");
        }
    }

    private static String required(String text, String field, String messageKey, Violations v) {
        String value = text(text);
        if (value.isEmpty()) {
            v.add(field, messageKey);
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(String text, Class<E> type, String field, Violations v) {
        Optional<E> value = Inputs.choice(text, type);
        if (value.isEmpty()) {
            v.add(field, "indicator." + field + ".invalid");
        }
        return value.orElse(null);
    }

    /** The number, or the fallback when blank. */
    private static BigDecimal number(String text, BigDecimal blank, String field, Violations v) {
        if (text(text).isEmpty()) {
            return blank;
        }
        try {
            return Inputs.bounded(NorwegianNumbers.parseDecimal(text(text)), field, v);
        } catch (NumberFormatException e) {
            v.add(field, "measurement.value.number", text(text));
            return null;
        }
    }

    /** The id, null when blank; a text that is no id is named with the message key. */
    private static <T> T id(String text, Function<UUID, T> type, String field, String key, Violations v) {
        if (text(text).isEmpty()) {
            return null;
        }
        Optional<T> id = Ids.parse(text, type);
        if (id.isEmpty()) {
            v.add(field, key);
        }
        return id.orElse(null);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(String text) {
        return Inputs.text(text);
    }
}
