/** Owns lessons learned across programmes, the measures they start, and pilots tried at small scale before rolling out. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        displayName = "Lessons learned and pilots",
        allowedDependencies = {"shared", "access", "audit", "organisation", "programme", "benefit"})
package no.gevinst.lesson;
