package no.gevinst.portfolio.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.gevinst.shared.DataGeneration;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The number every committed write the dashboard can show moves on (V26's triggers bump it at the writer's commit,
 * together with the data). Two readings that find the same number see the same data, on any node. Beside it, one
 * number per programme and one for everything else (V28), which a write moves only for the programmes whose rows it
 * wrote: what was computed from one programme's data alone holds while both its numbers stay the same.
 */
@Component
class DashboardGeneration {

    /** V28's part for writes to tables whose rows name no programme. */
    private static final UUID OTHERS = new UUID(0, 0);

    /** What a part of the tables no programme's rows are in is kept under in place of a programme. */
    private static final ProgrammeId NO_PROGRAMME = new ProgrammeId(OTHERS);

    private final JdbcClient jdbc;
    private final DataGeneration whole;

    DashboardGeneration(JdbcClient jdbc, DataGeneration whole) {
        this.jdbc = jdbc;
        this.whole = whole;
    }

    long current() {
        return whole.current();
    }

    /** The generations as one statement reads them: the whole's and each part's (absent: never written, 0). */
    record Generations(long whole, Map<UUID, Long> parts) {

        /** What a programme's part was computed from: its own writes and everyone else's outside programme rows. */
        PartAt of(ProgrammeId programme) {
            return new PartAt(programme, parts.getOrDefault(programme.value(), 0L), parts.getOrDefault(OTHERS, 0L));
        }

        /**
         * What a programme's part worked out of its register alone was computed from (V34): writes to its benefits
         * and its indicators' definitions, and everyone else's outside programme rows; not its measurements.
         */
        PartAt registerOf(ProgrammeId programme) {
            return new PartAt(
                    programme, parts.getOrDefault(registerPart(programme), 0L), parts.getOrDefault(OTHERS, 0L));
        }

        /**
         * What a programme's part worked out of its indicators' definitions alone was computed from (V62): writes to
         * its indicators (not the status a measurement leaves on them) and to where its benefits are, and everyone
         * else's outside programme rows; not its benefits' other fields, nor its measurements.
         */
        PartAt indicatorsOf(ProgrammeId programme) {
            return new PartAt(
                    programme, parts.getOrDefault(indicatorsPart(programme), 0L), parts.getOrDefault(OTHERS, 0L));
        }

        /** What is worked out of the tables no programme's rows are in alone (the decisions taken, say). */
        PartAt others() {
            long others = parts.getOrDefault(OTHERS, 0L);
            return new PartAt(NO_PROGRAMME, others, others);
        }
    }

    /** Each programme's register and indicators parts, hashed once: every part kept is looked up by one. */
    private static final Map<ProgrammeId, UUID> REGISTER_PARTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Map<ProgrammeId, UUID> INDICATORS_PARTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** V34's {@code dashboard_register_part}: the programme's uuid hashed with a prefix, as the database does it. */
    static UUID registerPart(ProgrammeId programme) {
        return REGISTER_PARTS.computeIfAbsent(programme, p -> hashed("register ", p));
    }

    /** V62's {@code dashboard_indicators_part}, likewise. */
    static UUID indicatorsPart(ProgrammeId programme) {
        return INDICATORS_PARTS.computeIfAbsent(programme, p -> hashed("indicators ", p));
    }

    private static UUID hashed(String prefix, ProgrammeId programme) {
        byte[] md5;
        try {
            md5 = java.security.MessageDigest.getInstance("MD5")
                    .digest((prefix + programme.value()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has MD5", e);
        }
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(md5);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /**
     * A programme at its own generation (or its register's, {@link Generations#registerOf}) and that of the tables no
     * programme's rows are in.
     */
    record PartAt(ProgrammeId programme, long own, long others) {}

    /**
     * The generations in the caller's snapshot: the whole's from the shared module's {@link DataGeneration} (its
     * table), then the parts. Called first in a REPEATABLE READ transaction, so that both statements read the
     * snapshot the first one took, as the one statement that read both tables did before (issue 21).
     */
    Generations read() {
        long at = whole.inThisTransaction();
        Map<UUID, Long> parts = new HashMap<>();
        jdbc.sql("SELECT part, generation FROM dashboard_part_generation").query(rs -> {
            parts.put(rs.getObject("part", UUID.class), rs.getLong("generation"));
        });
        return new Generations(at, Map.copyOf(parts));
    }
}
