package no.gevinst.transfer;

/**
 * How a programme document is to be imported.
 *
 * @param copy a new programme started from the document: new ids, a new code and name
 * @param measurements false leaves the measurements out
 * @param name the copy's name, or null for "Kopi av" the original's
 * @param code the copy's code, or null for one made from the original's
 */
public record ImportRequest(boolean copy, boolean measurements, String name, String code) {}
