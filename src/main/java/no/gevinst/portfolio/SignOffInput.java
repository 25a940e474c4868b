package no.gevinst.portfolio;

import java.io.Serializable;

/** A sign-off as a form or API call sends it, as text so that every bad value can be named. */
public record SignOffInput(String organisation, String periodStart, String periodEnd, String comment)
        implements Serializable {}
