package no.gevinst.portfolio.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import no.gevinst.shared.ProgrammeId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What this node worked out of one programme alone for the dashboard (its register counts, forecast, realised
 * kroner, double-counting facts, flows), kept under the programme's generations ({@link DashboardGeneration.PartAt})
 * and the day, and shared by every user who may see the programme: its rows are the same for all of them. A write to
 * one programme's benefits or measurements moves that programme's generation only, so the next dashboard works out
 * that programme again and takes the others as kept, instead of the whole portfolio. What is worked out of the
 * programme's register alone (its forecast, double-counting facts, flows, planned figures, the basis of its realised
 * kroner) is kept under its register's generation (V34), which a measurement does not move: after a measurement only
 * what measurements change is read again (the register's counts, the actuals, what is due, the measured periods), and
 * the double counting found among the programmes stands. Only compact figures are kept,
 * never a programme's register, valuation or indicators as read (at a region's size those held a quarter of a GB).
 * Bounded, least recently used out first.
 */
@Component
class ProgrammeParts {

    /**
     * Ten kinds for each of some dozens of programmes (a region has ten), the double counting between each pair of
     * them (45 pairs of ten, 190 of twenty), and a few kept of several programmes together: a bound that no regular
     * reading evicts from, so that what is kept is found again.
     */
    static final int KEPT = 1024;

    /** What is kept: which kind of part, of which programme at which generations, on which day. */
    record Key(String kind, DashboardGeneration.PartAt at, LocalDate day) {

        /** The same kind of part of the same programme, computed from no later data on no later day. */
        boolean supersededBy(Key newer) {
            return kind.equals(newer.kind)
                    && at.programme().equals(newer.at.programme())
                    && !equals(newer)
                    && at.own() <= newer.at.own()
                    && at.others() <= newer.at.others()
                    && !day.isAfter(newer.day);
        }
    }

    /**
     * What is kept of several programmes together: which kind, of which programmes at which generations (in the
     * programmes' order), from what else that may differ between users, on which day; the double counting found among
     * them, say.
     */
    record Across(String kind, java.util.List<DashboardGeneration.PartAt> at, Object scope, LocalDate day) {

        /** The same kind of the same programmes, computed from no later data on no later day. */
        boolean supersededBy(Across newer) {
            // The cheap differences first: every part kept is compared with each one kept after it.
            if (!kind.equals(newer.kind)
                    || at.size() != newer.at.size()
                    || day.isAfter(newer.day)
                    || !scope.equals(newer.scope)
                    || equals(newer)) {
                return false;
            }
            for (int i = 0; i < at.size(); i++) {
                DashboardGeneration.PartAt mine = at.get(i);
                DashboardGeneration.PartAt theirs = newer.at.get(i);
                if (!mine.programme().equals(theirs.programme())
                        || mine.own() > theirs.own()
                        || mine.others() > theirs.others()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<Object, Object> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * What is kept under the key, or what {@code compute} gives, kept. Two computing the same at once both compute it
     * (each from its own snapshot at the same generations, so they agree) rather than one holding the other up.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute) {
        return (T) getAny(key, compute);
    }

    /** The same for what is kept of several programmes together. */
    @SuppressWarnings("unchecked")
    <T> T get(Across key, Supplier<T> compute) {
        return (T) getAny(key, compute);
    }

    /**
     * What the work of a part kept under the registers it read gives, and the programmes whose registers it read
     * besides its own (null: not known, so every programme's).
     */
    record Read<T>(T value, @Nullable Set<ProgrammeId> programmes) {}

    /**
     * Which programmes' registers each kind of part of each programme was last worked out from (empty: every
     * programme's): where its kept value is looked for. A few entries a programme, never evicted.
     */
    private final Map<Which, Optional<Set<ProgrammeId>>> lastRead = new java.util.concurrent.ConcurrentHashMap<>();

    /** A kind of part of one programme, whatever its generations and day. */
    private record Which(String kind, ProgrammeId programme) {}

    /**
     * What is kept of the programme's part under the register generations ({@code at}) of the programmes its work
     * read the last time, if they have not moved since; else what {@code compute} gives, kept under those of the
     * programmes it read this time. A value is served only under the generations it was worked out at, so a reading
     * that finds another's programmes recorded at once finds nothing and works the part out itself.
     */
    @SuppressWarnings("unchecked")
    <T> T get(
            String kind,
            ProgrammeId programme,
            LocalDate day,
            DashboardGeneration.Generations generations,
            Supplier<java.util.Collection<ProgrammeId>> every,
            Supplier<Read<T>> compute) {
        Function<@Nullable Set<ProgrammeId>, List<DashboardGeneration.PartAt>> at =
                read -> registersOf(read == null ? every.get() : read, generations);
        Which which = new Which(kind, programme);
        Optional<Set<ProgrammeId>> before = lastRead.get(which);
        if (before != null) {
            Object found = lookUp(new Across(kind, at.apply(before.orElse(null)), programme, day));
            if (found != null) {
                return (T) found;
            }
        }
        Read<T> read = compute.get();
        @Nullable Set<ProgrammeId> programmes = null;
        if (read.programmes() != null) {
            programmes = new HashSet<>(read.programmes());
            programmes.add(programme);
        }
        keep(new Across(kind, at.apply(programmes), programme, day), read.value());
        lastRead.put(which, Optional.ofNullable(programmes).map(Set::copyOf));
        return read.value();
    }

    /** The register generations of the programmes, in the order of their ids: how {@link Across} has them. */
    private static List<DashboardGeneration.PartAt> registersOf(
            java.util.Collection<ProgrammeId> programmes, DashboardGeneration.Generations generations) {
        return programmes.stream()
                .sorted(java.util.Comparator.comparing(ProgrammeId::value))
                .map(generations::registerOf)
                .toList();
    }

    private Object getAny(Object key, Supplier<?> compute) {
        Object found = lookUp(key);
        if (found != null) {
            return found;
        }
        Object computed = compute.get();
        keep(key, computed);
        return computed;
    }

    private synchronized Object lookUp(Object key) {
        return kept.get(key);
    }

    /**
     * Keeps the part and lets go of the same kind of part of the same programme from before: once a programme's
     * generation has moved, what was computed at the earlier one is never asked for again (generations only grow),
     * and at a region's size each such part holds a programme's whole register.
     */
    private synchronized void keep(Object key, Object value) {
        kept.keySet().removeIf(k -> superseded(k, key));
        kept.put(key, value);
    }

    private static boolean superseded(Object older, Object newer) {
        if (older instanceof Key k && newer instanceof Key n) {
            return k.supersededBy(n);
        }
        return older instanceof Across a && newer instanceof Across n && a.supersededBy(n);
    }

    synchronized int size() {
        return kept.size();
    }
}
