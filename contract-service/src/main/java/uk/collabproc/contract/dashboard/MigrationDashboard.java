package uk.collabproc.contract.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import uk.collabproc.contract.milestone.Milestone;
import uk.collabproc.contract.milestone.Rag;

/**
 * What the migration dashboard shows of a contract's milestones (docs/domain.md#tracking-and-rag): each site with its six
 * milestones and its worst RAG and the reason for it, RAG counts, cutovers per week against the plan's capacity, the slipped
 * milestones and those due in the next 14 days. Plain Java: the service reads the rows the caller may see, this judges them.
 */
public final class MigrationDashboard {

    static final int DUE_SOON_DAYS = 14;
    /** Enough rows to act on; the counts say how many there are in all, the API lists every one. */
    static final int LIST_LIMIT = 50;

    /** A site of the contract: code, organisation, name, whether critical (critical sites cut over at weekends). */
    public record Site(String siteCode, String odsCode, String name, boolean critical) {
    }

    /** One milestone judged: its RAG today, and why when it is not green. */
    public record Judged(SiteMilestone milestone, Rag rag, String reason) {
    }

    /** A site with its milestones in their order, its worst RAG and the reason for it. */
    public record SiteRow(Site site, List<Judged> milestones, Rag rag, String reason, Optional<LocalDate> cutover) {
    }

    public record WeekCutovers(LocalDate weekStarting, int cutovers, boolean inBlackout) {
    }

    /** A filtered, paged view; {@code rows} are the page's sites, the rest is about every site that passes the filter. */
    public record View(List<String> organisations, int sites, Map<Rag, Integer> sitesByRag, Map<Rag, Integer> milestonesByRag,
            List<SiteRow> attention, int attentionTotal, List<Judged> slipped, int slippedTotal, List<Judged> dueSoon, int dueSoonTotal,
            List<WeekCutovers> weeks, Integer weeklyCapacity, List<SiteRow> rows, int page, int pageSize, LocalDate from, LocalDate to) {

        public int pages() {
            return Math.max(1, (sites + pageSize - 1) / pageSize);
        }

        public int sitesOf(String rag) {
            return sitesByRag.getOrDefault(Rag.valueOf(rag), 0);
        }

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }

        /** The page's first and last site, counted from 1; 0 and 0 when nothing is shown. */
        public int firstShown() {
            return rows.isEmpty() ? 0 : page * pageSize + 1;
        }

        public int lastShown() {
            return rows.isEmpty() ? 0 : page * pageSize + rows.size();
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    /** The plan's facts the dashboard draws against. */
    public record Plan(Integer weeklyCapacity, List<Blackout> blackouts, LocalDate legacyEnd) {
        public static final Plan NONE = new Plan(null, List.of(), null);
    }

    public record Blackout(LocalDate from, LocalDate to) {
        boolean overlapsWeekOf(LocalDate monday) {
            return !to.isBefore(monday) && !from.isAfter(monday.plusDays(6));
        }
    }

    /** Which sites to show: one organisation's, those of one RAG; null for all. */
    public record Filter(String odsCode, Rag rag) {
    }

    private MigrationDashboard() {
    }

    public static View of(List<Site> sites, List<SiteMilestone> milestones, Plan plan, LocalDate today, Filter filter, int page,
            int pageSize) {
        Map<String, List<SiteMilestone>> bySite = milestones.stream().collect(Collectors.groupingBy(SiteMilestone::siteCode));
        List<String> organisations = sites.stream().map(Site::odsCode).distinct().sorted().toList();
        List<SiteRow> all = new ArrayList<>();
        for (Site site : sites) {
            all.add(row(site, bySite.getOrDefault(site.siteCode(), List.of()), plan.legacyEnd(), today));
        }
        // Grouped by organisation, each group in cutover order: how a programme board reads it.
        all.sort(Comparator.comparing((SiteRow r) -> r.site().odsCode())
                .thenComparing(r -> r.cutover().orElse(LocalDate.MAX)).thenComparing(r -> r.site().siteCode()));
        List<SiteRow> shown = all.stream()
                .filter(r -> filter.odsCode() == null || r.site().odsCode().equals(filter.odsCode()))
                .filter(r -> filter.rag() == null || r.rag() == filter.rag())
                .toList();

        Map<Rag, Integer> sitesByRag = counts();
        Map<Rag, Integer> milestonesByRag = counts();
        List<SiteRow> attention = new ArrayList<>();
        List<Judged> slipped = new ArrayList<>();
        List<Judged> dueSoon = new ArrayList<>();
        TreeMap<LocalDate, Integer> cutoversByWeek = new TreeMap<>();
        LocalDate from = null;
        LocalDate to = null;
        for (SiteRow row : shown) {
            sitesByRag.merge(row.rag(), 1, Integer::sum);
            if (row.rag() != Rag.GREEN) {
                attention.add(row);
            }
            for (Judged judged : row.milestones()) {
                SiteMilestone m = judged.milestone();
                milestonesByRag.merge(judged.rag(), 1, Integer::sum);
                if (m.baselineDate() != null && m.expected() != null && m.expected().isAfter(m.baselineDate())) {
                    slipped.add(judged);
                }
                if (m.dateMet() == null && m.forecastDate() != null && !m.forecastDate().isBefore(today)
                        && !m.forecastDate().isAfter(today.plusDays(DUE_SOON_DAYS))) {
                    dueSoon.add(judged);
                }
                if (m.type() == Milestone.Type.CUTOVER && m.expected() != null) {
                    cutoversByWeek.merge(m.expected().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1, Integer::sum);
                }
                for (LocalDate date : new LocalDate[] { m.baselineDate(), m.expected() }) {
                    if (date != null) {
                        from = from == null || date.isBefore(from) ? date : from;
                        to = to == null || date.isAfter(to) ? date : to;
                    }
                }
            }
        }
        attention.sort(
                Comparator.comparing((SiteRow r) -> r.rag() == Rag.RED ? 0 : 1).thenComparing(r -> r.cutover().orElse(LocalDate.MAX)));
        slipped.sort(Comparator.comparing((Judged j) -> slip(j.milestone())).reversed());
        dueSoon.sort(Comparator.comparing((Judged j) -> j.milestone().forecastDate()).thenComparing(j -> j.milestone().siteCode()));

        int size = Math.max(1, pageSize);
        int first = Math.min(Math.max(0, page) * size, shown.size());
        return new View(organisations, shown.size(), sitesByRag, milestonesByRag, limit(attention), attention.size(), limit(slipped),
                slipped.size(), limit(dueSoon), dueSoon.size(), weeks(cutoversByWeek, plan), plan.weeklyCapacity(),
                shown.subList(first, Math.min(first + size, shown.size())), Math.max(0, page), size, from, to);
    }

    static SiteRow row(Site site, List<SiteMilestone> milestones, LocalDate legacyEnd, LocalDate today) {
        List<SiteMilestone> ordered = milestones.stream().sorted(Comparator.comparing(SiteMilestone::type)).toList();
        Optional<LocalDate> cutover = ordered.stream().filter(m -> m.type() == Milestone.Type.CUTOVER).map(SiteMilestone::expected)
                .filter(java.util.Objects::nonNull).findFirst();
        List<Judged> judged = new ArrayList<>();
        Judged worst = null;
        for (SiteMilestone m : ordered) {
            Rag rag = Rag.of(m.baselineDate(), m.forecastDate(), m.dateMet(), cutover.orElse(null), legacyEnd, today);
            Judged j = new Judged(m, rag, reason(m, rag, cutover.orElse(null), legacyEnd, today));
            judged.add(j);
            if (worst == null || rag.ordinal() > worst.rag().ordinal()) {
                worst = j;
            }
        }
        Rag rag = worst == null ? Rag.GREEN : worst.rag();
        return new SiteRow(site, judged, rag, worst == null ? "" : worst.reason(), cutover);
    }

    /** Why a milestone is red or amber, in the words of docs/domain.md#tracking-and-rag; empty when green. */
    static String reason(SiteMilestone m, Rag rag, LocalDate cutover, LocalDate legacyEnd, LocalDate today) {
        String name = label(m.type());
        if (rag == Rag.RED && legacyEnd != null && cutover != null && !cutover.isBefore(legacyEnd)) {
            return "Cuts over " + cutover + ", not before the legacy service ends on " + legacyEnd;
        }
        if (rag == Rag.RED) {
            return name + " overdue: forecast " + m.forecastDate() + ", not met (" + ChronoUnit.DAYS.between(m.forecastDate(), today)
                    + " days)";
        }
        if (rag == Rag.AMBER) {
            return name + " slipped " + slip(m) + " days past its baseline " + m.baselineDate();
        }
        return "";
    }

    static long slip(SiteMilestone m) {
        return m.baselineDate() == null || m.expected() == null ? 0 : ChronoUnit.DAYS.between(m.baselineDate(), m.expected());
    }

    public static String label(Milestone.Type type) {
        String words = type.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Every week from the first cutover to the last, empty weeks included, so that the chart's gaps show. */
    private static List<WeekCutovers> weeks(TreeMap<LocalDate, Integer> byWeek, Plan plan) {
        List<WeekCutovers> weeks = new ArrayList<>();
        if (byWeek.isEmpty()) {
            return weeks;
        }
        for (LocalDate monday = byWeek.firstKey(); !monday.isAfter(byWeek.lastKey()); monday = monday.plusWeeks(1)) {
            LocalDate week = monday;
            weeks.add(
                    new WeekCutovers(week, byWeek.getOrDefault(week, 0), plan.blackouts().stream().anyMatch(b -> b.overlapsWeekOf(week))));
        }
        return weeks;
    }

    private static Map<Rag, Integer> counts() {
        Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            counts.put(rag, 0);
        }
        return counts;
    }

    private static <T> List<T> limit(List<T> all) {
        return all.size() <= LIST_LIMIT ? all : List.copyOf(all.subList(0, LIST_LIMIT));
    }
}
