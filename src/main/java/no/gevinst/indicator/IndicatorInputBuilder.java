package no.gevinst.indicator;

/**
 * Builds an {@link IndicatorInput} by name instead of by seventeen positions. Values left unset are blank, as in a
 * form sent with the field empty.
 */
public final class IndicatorInputBuilder {

    private String benefitId = "";
    private String name = "";
    private String definition = "";
    private String unit = "";
    private String direction = "";
    private String kind = "";
    private String method = "";
    private String dataSource = "";
    private String frequency = "";
    private String measuredById = "";
    private String costHours = "";
    private String amberTolerance = "";
    private String redTolerance = "";
    private String scope = "";
    private String scopeOrganisationId = "";
    private String scopeUnit = "";
    private String canonicalUrl = "";

    private IndicatorInputBuilder() {}

    /** An empty indicator input to fill by name: {@code IndicatorInputBuilder.indicator().name("Ventetid").build()}. */
    public static IndicatorInputBuilder indicator() {
        return new IndicatorInputBuilder();
    }

    /** A builder holding the input's values, to change a few of them. */
    public static IndicatorInputBuilder from(IndicatorInput in) {
        return indicator()
                .benefitId(in.benefitId())
                .name(in.name())
                .definition(in.definition())
                .unit(in.unit())
                .direction(in.direction())
                .kind(in.kind())
                .method(in.method())
                .dataSource(in.dataSource())
                .frequency(in.frequency())
                .measuredById(in.measuredById())
                .costHours(in.costHours())
                .amberTolerance(in.amberTolerance())
                .redTolerance(in.redTolerance())
                .scope(in.scope())
                .scopeOrganisationId(in.scopeOrganisationId())
                .scopeUnit(in.scopeUnit())
                .canonicalUrl(in.canonicalUrl());
    }

    public IndicatorInputBuilder benefitId(String benefitId) {
        this.benefitId = benefitId;
        return this;
    }

    public IndicatorInputBuilder name(String name) {
        this.name = name;
        return this;
    }

    public IndicatorInputBuilder definition(String definition) {
        this.definition = definition;
        return this;
    }

    public IndicatorInputBuilder unit(String unit) {
        this.unit = unit;
        return this;
    }

    public IndicatorInputBuilder direction(String direction) {
        this.direction = direction;
        return this;
    }

    public IndicatorInputBuilder kind(String kind) {
        this.kind = kind;
        return this;
    }

    public IndicatorInputBuilder method(String method) {
        this.method = method;
        return this;
    }

    public IndicatorInputBuilder dataSource(String dataSource) {
        this.dataSource = dataSource;
        return this;
    }

    public IndicatorInputBuilder frequency(String frequency) {
        this.frequency = frequency;
        return this;
    }

    public IndicatorInputBuilder measuredById(String measuredById) {
        this.measuredById = measuredById;
        return this;
    }

    public IndicatorInputBuilder costHours(String costHours) {
        this.costHours = costHours;
        return this;
    }

    public IndicatorInputBuilder amberTolerance(String amberTolerance) {
        this.amberTolerance = amberTolerance;
        return this;
    }

    public IndicatorInputBuilder redTolerance(String redTolerance) {
        this.redTolerance = redTolerance;
        return this;
    }

    public IndicatorInputBuilder scope(String scope) {
        this.scope = scope;
        return this;
    }

    public IndicatorInputBuilder scopeOrganisationId(String scopeOrganisationId) {
        this.scopeOrganisationId = scopeOrganisationId;
        return this;
    }

    public IndicatorInputBuilder scopeUnit(String scopeUnit) {
        this.scopeUnit = scopeUnit;
        return this;
    }

    public IndicatorInputBuilder canonicalUrl(String canonicalUrl) {
        this.canonicalUrl = canonicalUrl;
        return this;
    }

    public IndicatorInput build() {
        return new IndicatorInput(
                benefitId,
                name,
                definition,
                unit,
                direction,
                kind,
                method,
                dataSource,
                frequency,
                measuredById,
                costHours,
                amberTolerance,
                redTolerance,
                scope,
                scopeOrganisationId,
                scopeUnit,
                canonicalUrl);
    }
}
