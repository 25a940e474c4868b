/** The backup module's file format, the backup of every table at one moment and the restore into an empty installation. */
@org.jspecify.annotations.NullMarked
package no.gevinst.backup.domain;
