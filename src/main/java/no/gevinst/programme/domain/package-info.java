/** The programme module's model: its services with their rules, records and JdbcClient repositories (package-private). */
@org.jspecify.annotations.NullMarked
package no.gevinst.programme.domain;
