package no.gevinst.audit;

/**
 * One top-level field of a record before and after a change, as text: a text value as it is, anything else as
 * compact JSON, null when the field was absent or null.
 *
 * @param changed whether the values differ (bookkeeping fields such as the version are never marked)
 */
public record FieldChange(String field, String before, String after, boolean changed) {}
