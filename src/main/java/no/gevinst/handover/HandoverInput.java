package no.gevinst.handover;

import java.io.Serializable;

/**
 * A handover as a coordinator proposes it: the receiving line manager (a person id) and the date (ISO).
 *
 * @param version the version of the open proposal being revised; null for a new one
 */
public record HandoverInput(String receiverId, String handoverDate, Long version) implements Serializable {}
