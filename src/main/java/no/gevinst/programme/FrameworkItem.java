package no.gevinst.programme;

import no.gevinst.shared.FrameworkItemId;

/** A benefit area or priority area of one programme. */
public record FrameworkItem(FrameworkItemId id, FrameworkKind kind, String name, int position) {}
