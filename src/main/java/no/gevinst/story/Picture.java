package no.gevinst.story;

/** A story's picture as stored: a PNG, re-encoded from the upload, with its text alternative. */
public record Picture(byte[] png, String alt) {}
