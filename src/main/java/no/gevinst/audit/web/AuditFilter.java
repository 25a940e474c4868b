package no.gevinst.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.gevinst.audit.AuditQuery;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianDates;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;

/**
 * The audit search's filters as they come in the query string, shared by the page, the CSV export and the API. A
 * value that cannot be what it names (a date that is no date, a span that ends before it starts, a page size out of
 * bounds) is refused with 400 naming the parameter: a filter silently dropped would show the whole log as if it were
 * the filtered part. Dates are read as Norwegians write them ({@code 31.12.2026}) or in ISO form
 * ({@code 2026-12-31}); blank values filter nothing.
 */
public class AuditFilter {

    private String actor;
    private String entityType;
    private String entityId;
    private String action;
    private String programme;
    private String from;
    private String to;
    private String after;
    private String size;

    AuditQuery toQuery() {
        Violations v = new Violations();
        String actorText = text("actor", actor, v);
        String type = text("entityType", entityType, v);
        String id = text("entityId", entityId, v);
        String actionText = text("action", action, v);
        ProgrammeId programmeId = programme(v);
        LocalDate first = date("from", from, v);
        LocalDate last = date("to", to, v);
        if (first != null && last != null && last.isBefore(first)) {
            v.add("to", "audit.search.span.reversed", Dates.shown(last), Dates.shown(first));
        }
        Long afterId = after(v);
        int pageSize = size(v);
        v.throwIfAny();
        return new AuditQuery(actorText, type, id, actionText, programmeId, first, last, afterId, pageSize);
    }

    private static String text(String field, String text, Violations v) {
        String value = Inputs.text(text);
        if (value.isEmpty()) {
            return null;
        }
        Optional<no.gevinst.shared.FieldViolation> refusal = Inputs.refusal(field, text);
        if (refusal.isPresent()) {
            v.add(field, refusal.get().messageKey(), refusal.get().arguments().toArray());
            return null;
        }
        if (value.length() > TextLimits.LINE) {
            v.add(field, "text.tooLong", TextLimits.LINE, value.length());
            return null;
        }
        return value;
    }

    private ProgrammeId programme(Violations v) {
        if (Inputs.text(programme).isEmpty()) {
            return null;
        }
        Optional<ProgrammeId> id = Ids.parse(programme, ProgrammeId::new);
        if (id.isEmpty()) {
            v.add("programme", "query.unknownValue", shortened(programme), "id");
        }
        return id.orElse(null);
    }

    private static LocalDate date(String field, String text, Violations v) {
        String value = Inputs.text(text);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = NorwegianDates.parse(value);
        } catch (DateTimeParseException e) {
            v.add(field, "audit.search.date.invalid", shortened(value));
            return null;
        }
        if (date.getYear() < TextLimits.FIRST_YEAR || date.getYear() > TextLimits.LAST_YEAR) {
            v.add(field, "date.outOfRange", shortened(value));
            return null;
        }
        return date;
    }

    private Long after(Violations v) {
        String value = Inputs.text(after);
        if (value.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        v.add("after", "audit.search.after.invalid", shortened(value));
        return null;
    }

    private int size(Violations v) {
        String value = Inputs.text(size);
        if (value.isEmpty()) {
            return AuditQuery.DEFAULT_SIZE;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= AuditQuery.MAX_SIZE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        v.add("size", "query.size", AuditQuery.MAX_SIZE);
        return AuditQuery.DEFAULT_SIZE;
    }

    /** What a refusal repeats of a value: enough to recognise it, never a megabyte of it. */
    private static String shortened(String text) {
        String value = Inputs.text(text).replaceAll("\\p{Cntrl}", "?");
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
