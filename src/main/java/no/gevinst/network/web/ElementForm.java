package no.gevinst.network.web;

import no.gevinst.network.ElementInputBuilder;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.Networks;
import org.jspecify.annotations.Nullable;

/**
 * An element of the network as its forms bind it (adding one on the network page, changing one on its record page):
 * text as typed, so that a refused element is shown again with all sixteen fields as they were, each error beside its
 * field. {@link #toInput} gives the text as the network module's input, which the controller reads once into a
 * command; the version is that of the element being changed.
 */
public class ElementForm {

    private @Nullable String kind;
    private @Nullable String label;
    private @Nullable String description;
    private @Nullable String ownerId;
    private @Nullable String release;
    private @Nullable String status;
    private @Nullable String plannedDate;
    private @Nullable String movedDate;
    private @Nullable String today;
    private @Nullable String future;
    private @Nullable String process;
    private @Nullable String technology;
    private @Nullable String organisation;
    private @Nullable String organisationalBarriers;
    private @Nullable String financialBarriers;
    private @Nullable String barrierRemoval;
    private @Nullable String version;

    /** The form for changing an element, filled from the element as stored. */
    static ElementForm of(NetworkElement e) {
        ElementForm form = new ElementForm();
        form.kind = e.kind().name();
        form.label = e.label();
        form.description = e.description();
        form.ownerId = e.ownerId();
        form.release = e.release();
        form.status = e.status().name();
        form.plannedDate = e.plannedDate() == null ? "" : e.plannedDate().toString();
        form.movedDate = e.movedDate() == null ? "" : e.movedDate().toString();
        form.today = e.change().today();
        form.future = e.change().future();
        form.process = e.change().process();
        form.technology = e.change().technology();
        form.organisation = e.change().organisation();
        form.organisationalBarriers = e.change().organisationalBarriers();
        form.financialBarriers = e.change().financialBarriers();
        form.barrierRemoval = e.change().barrierRemoval();
        form.version = Long.toString(e.version());
        return form;
    }

    /** What was typed, as the network module takes it (fields not sent stay absent). */
    Networks.ElementInput toInput() {
        return ElementInputBuilder.element()
                .kind(kind)
                .label(label)
                .description(description)
                .ownerId(ownerId)
                .release(release)
                .status(status)
                .plannedDate(plannedDate)
                .movedDate(movedDate)
                .today(today)
                .future(future)
                .process(process)
                .technology(technology)
                .organisation(organisation)
                .organisationalBarriers(organisationalBarriers)
                .financialBarriers(financialBarriers)
                .barrierRemoval(barrierRemoval)
                .build();
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getLabel() {
        return label;
    }

    public void setLabel(@Nullable String label) {
        this.label = label;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable String ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable String getRelease() {
        return release;
    }

    public void setRelease(@Nullable String release) {
        this.release = release;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(@Nullable String plannedDate) {
        this.plannedDate = plannedDate;
    }

    public @Nullable String getMovedDate() {
        return movedDate;
    }

    public void setMovedDate(@Nullable String movedDate) {
        this.movedDate = movedDate;
    }

    public @Nullable String getToday() {
        return today;
    }

    public void setToday(@Nullable String today) {
        this.today = today;
    }

    public @Nullable String getFuture() {
        return future;
    }

    public void setFuture(@Nullable String future) {
        this.future = future;
    }

    public @Nullable String getProcess() {
        return process;
    }

    public void setProcess(@Nullable String process) {
        this.process = process;
    }

    public @Nullable String getTechnology() {
        return technology;
    }

    public void setTechnology(@Nullable String technology) {
        this.technology = technology;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getOrganisationalBarriers() {
        return organisationalBarriers;
    }

    public void setOrganisationalBarriers(@Nullable String organisationalBarriers) {
        this.organisationalBarriers = organisationalBarriers;
    }

    public @Nullable String getFinancialBarriers() {
        return financialBarriers;
    }

    public void setFinancialBarriers(@Nullable String financialBarriers) {
        this.financialBarriers = financialBarriers;
    }

    public @Nullable String getBarrierRemoval() {
        return barrierRemoval;
    }

    public void setBarrierRemoval(@Nullable String barrierRemoval) {
        this.barrierRemoval = barrierRemoval;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
