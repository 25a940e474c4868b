/** Owns success stories: a benefit's story with its picture and its figures frozen when it was approved. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        displayName = "Success stories",
        allowedDependencies = {"shared", "access", "audit", "programme", "benefit", "indicator"})
package no.gevinst.story;
