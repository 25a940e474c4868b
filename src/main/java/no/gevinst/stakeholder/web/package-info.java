/** The stakeholder module's page controllers (Thymeleaf and htmx) and JSON API controllers, which call the module's services. */
@org.jspecify.annotations.NullMarked
package no.gevinst.stakeholder.web;
