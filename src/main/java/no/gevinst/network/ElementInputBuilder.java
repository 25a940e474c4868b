package no.gevinst.network;

/**
 * Builds a {@link Networks.ElementInput} by name instead of by sixteen positions. Values left unset are blank, as
 * in a form sent with the field empty.
 */
public final class ElementInputBuilder {

    private String kind = "";
    private String label = "";
    private String description = "";
    private String ownerId = "";
    private String release = "";
    private String status = "";
    private String plannedDate = "";
    private String movedDate = "";
    private String today = "";
    private String future = "";
    private String process = "";
    private String technology = "";
    private String organisation = "";
    private String organisationalBarriers = "";
    private String financialBarriers = "";
    private String barrierRemoval = "";

    private ElementInputBuilder() {}

    /** An empty element input to fill by name: {@code ElementInputBuilder.element().kind("ENABLER").build()}. */
    public static ElementInputBuilder element() {
        return new ElementInputBuilder();
    }

    static Networks.ElementInput planned(
            String kind, String label, String ownerId, String release, String plannedDate, String movedDate) {
        return element()
                .kind(kind)
                .label(label)
                .ownerId(ownerId)
                .release(release)
                .plannedDate(plannedDate)
                .movedDate(movedDate)
                .build();
    }

    static ChangeDescription changeOf(Networks.ElementInput in) {
        return new ChangeDescription(
                in.today(),
                in.future(),
                in.process(),
                in.technology(),
                in.organisation(),
                in.organisationalBarriers(),
                in.financialBarriers(),
                in.barrierRemoval());
    }

    /** A builder holding the input's values, to change a few of them. */
    public static ElementInputBuilder from(Networks.ElementInput in) {
        return element()
                .kind(in.kind())
                .label(in.label())
                .description(in.description())
                .ownerId(in.ownerId())
                .release(in.release())
                .status(in.status())
                .plannedDate(in.plannedDate())
                .movedDate(in.movedDate())
                .today(in.today())
                .future(in.future())
                .process(in.process())
                .technology(in.technology())
                .organisation(in.organisation())
                .organisationalBarriers(in.organisationalBarriers())
                .financialBarriers(in.financialBarriers())
                .barrierRemoval(in.barrierRemoval());
    }

    public ElementInputBuilder kind(String kind) {
        this.kind = kind;
        return this;
    }

    public ElementInputBuilder label(String label) {
        this.label = label;
        return this;
    }

    public ElementInputBuilder description(String description) {
        this.description = description;
        return this;
    }

    public ElementInputBuilder ownerId(String ownerId) {
        this.ownerId = ownerId;
        return this;
    }

    public ElementInputBuilder release(String release) {
        this.release = release;
        return this;
    }

    public ElementInputBuilder status(String status) {
        this.status = status;
        return this;
    }

    public ElementInputBuilder plannedDate(String plannedDate) {
        this.plannedDate = plannedDate;
        return this;
    }

    public ElementInputBuilder movedDate(String movedDate) {
        this.movedDate = movedDate;
        return this;
    }

    public ElementInputBuilder today(String today) {
        this.today = today;
        return this;
    }

    public ElementInputBuilder future(String future) {
        this.future = future;
        return this;
    }

    public ElementInputBuilder process(String process) {
        this.process = process;
        return this;
    }

    public ElementInputBuilder technology(String technology) {
        this.technology = technology;
        return this;
    }

    public ElementInputBuilder organisation(String organisation) {
        this.organisation = organisation;
        return this;
    }

    public ElementInputBuilder organisationalBarriers(String organisationalBarriers) {
        this.organisationalBarriers = organisationalBarriers;
        return this;
    }

    public ElementInputBuilder financialBarriers(String financialBarriers) {
        this.financialBarriers = financialBarriers;
        return this;
    }

    public ElementInputBuilder barrierRemoval(String barrierRemoval) {
        this.barrierRemoval = barrierRemoval;
        return this;
    }

    /** The change description's eight fields at once. */
    public ElementInputBuilder change(ChangeDescription c) {
        return today(c.today())
                .future(c.future())
                .process(c.process())
                .technology(c.technology())
                .organisation(c.organisation())
                .organisationalBarriers(c.organisationalBarriers())
                .financialBarriers(c.financialBarriers())
                .barrierRemoval(c.barrierRemoval());
    }

    public Networks.ElementInput build() {
        return new Networks.ElementInput(
                kind,
                label,
                description,
                ownerId,
                release,
                status,
                plannedDate,
                movedDate,
                today,
                future,
                process,
                technology,
                organisation,
                organisationalBarriers,
                financialBarriers,
                barrierRemoval);
    }
}
