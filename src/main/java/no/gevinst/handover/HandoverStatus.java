package no.gevinst.handover;

/** Where a handover stands: proposed to the receiver, then accepted or declined by them, never both. */
public enum HandoverStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED;

    public String messageKey() {
        return "handover.status." + name();
    }
}
