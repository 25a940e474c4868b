/** Owns the backup of a whole installation into one file and its restore into an empty one. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        displayName = "Backup and restore",
        allowedDependencies = {"shared", "access", "audit"})
package no.gevinst.backup;
