package no.gevinst.handover.web;

import java.util.UUID;
import no.gevinst.handover.ImprovementChoices;
import no.gevinst.shared.Ids;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * A backlog item's coordinator as the page binds it: the item, the person chosen and the version the page was read
 * with, as sent, so a refused choice is shown again in its row.
 */
public class AssignForm {

    private @Nullable String item;
    private @Nullable String coordinatorId;
    private @Nullable String version;

    /** The item the form names, if it names one at all. */
    @Nullable
    UUID itemId() {
        return Ids.parse(item, u -> u).orElse(null);
    }

    /** The person chosen, read once; null when none was chosen. */
    @Nullable
    PersonId coordinator() {
        return ImprovementChoices.coordinator(coordinatorId);
    }

    long expectedVersion() {
        return Versions.requiredFromForm(version);
    }

    public @Nullable String getItem() {
        return item;
    }

    public void setItem(@Nullable String item) {
        this.item = item;
    }

    public @Nullable String getCoordinatorId() {
        return coordinatorId;
    }

    public void setCoordinatorId(@Nullable String coordinatorId) {
        this.coordinatorId = coordinatorId;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
