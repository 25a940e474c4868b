package no.gevinst.network.web;

import no.gevinst.network.Networks;
import org.jspecify.annotations.Nullable;

/**
 * A link between two nodes as the link form binds it, text as typed; the drawing fills in and sends the same form
 * ({@code origin=drawing}), so that what came of it is told beside the drawing instead of beside the form.
 */
public class LinkForm {

    private @Nullable String from;
    private @Nullable String to;
    private @Nullable String kind;
    private @Nullable String share;
    private @Nullable String lagMonths;
    private @Nullable String origin;

    /** What was typed, as the network module takes it. */
    Networks.LinkInput toInput() {
        return new Networks.LinkInput(from, to, kind, share, lagMonths);
    }

    /** Whether the link was chosen in the drawing rather than in the form. */
    boolean fromDrawing() {
        return "drawing".equals(origin);
    }

    public @Nullable String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from;
    }

    public @Nullable String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getShare() {
        return share;
    }

    public void setShare(@Nullable String share) {
        this.share = share;
    }

    public @Nullable String getLagMonths() {
        return lagMonths;
    }

    public void setLagMonths(@Nullable String lagMonths) {
        this.lagMonths = lagMonths;
    }

    public @Nullable String getOrigin() {
        return origin;
    }

    public void setOrigin(@Nullable String origin) {
        this.origin = origin;
    }
}
