package no.gevinst.network;

/**
 * A change's description (endringsbeskrivelse): the situation today and after the change, what changes in process,
 * technology and organisation, the barriers in the way and how they are removed.
 */
public record ChangeDescription(
        String today,
        String future,
        String process,
        String technology,
        String organisation,
        String organisationalBarriers,
        String financialBarriers,
        String barrierRemoval) {

    public static final ChangeDescription EMPTY = new ChangeDescription("", "", "", "", "", "", "", "");

    public ChangeDescription {
        today = blankIfNull(today);
        future = blankIfNull(future);
        process = blankIfNull(process);
        technology = blankIfNull(technology);
        organisation = blankIfNull(organisation);
        organisationalBarriers = blankIfNull(organisationalBarriers);
        financialBarriers = blankIfNull(financialBarriers);
        barrierRemoval = blankIfNull(barrierRemoval);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}
