/** The application: its one class starts Spring Boot (or runs a command such as backup or restore); every direct sub-package is a Spring Modulith module. */
@org.jspecify.annotations.NullMarked
package no.gevinst;
