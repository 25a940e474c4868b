package no.gevinst.network.web;

import java.util.Optional;
import no.gevinst.network.ElementId;
import no.gevinst.shared.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The link a "remove" button next to it names, by its two ends as the page wrote them, and the element's page it was
 * pressed on ({@code back}), if any: the answer goes back there.
 */
public class UnlinkForm {

    private @Nullable String from;
    private @Nullable String to;
    private @Nullable String back;

    /**
     * The element whose page the button was on, when {@code back} is an element's id; anything else answers on the
     * network page, so that the answer only ever stays inside this network.
     */
    Optional<ElementId> element() {
        return Ids.parse(back, ElementId::new);
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

    public @Nullable String getBack() {
        return back;
    }

    public void setBack(@Nullable String back) {
        this.back = back;
    }
}
