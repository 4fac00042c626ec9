package org.govict.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.govict.feedback.FeedbackReport.Count;
import org.govict.feedback.FeedbackReport.Month;
import org.govict.feedback.internal.CaseTallies;
import org.govict.feedback.internal.CaseTallies.Group;
import org.govict.feedback.internal.CaseTallies.Handling;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.web.RuleViolationException;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's reports for staff and leaders, within their data scope: counts by kind, topic, unit and status, the
 * share settled on time, the average handling time and the months of a period; and the half-yearly report to the
 * leadership (báo cáo sáu tháng), which is the same figures for January–June or July–December.
 */
@Service
public class FeedbackReports {

	/** The longest period one report covers; longer ones would be read better as several. */
	static final int MAX_DAYS = 3 * 366;

	private final CaseTallies tallies;

	private final Organisation organisation;

	private final FeedbackTopics topics;

	private final DayCount days;

	FeedbackReports(CaseTallies tallies, Organisation organisation, FeedbackTopics topics, DayCount days) {
		this.tallies = tallies;
		this.organisation = organisation;
		this.topics = topics;
		this.days = days;
	}

	/** The first and last day of a half year: 1 is January to June, 2 July to December. */
	public static LocalDate[] halfYear(int year, int half) {
		if (half != 1 && half != 2) {
			throw new RuleViolationException("feedback.reports.half.invalid");
		}
		LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
		return new LocalDate[] { start, start.plusMonths(6).minusDays(1) };
	}

	@Transactional(readOnly = true)
	public FeedbackReport report(LocalDate from, LocalDate to, Long unitId) {
		if (!CaseHandling.canRead()) {
			throw new AccessDeniedException("feedback reports");
		}
		if (from == null || to == null || to.isBefore(from)) {
			throw new RuleViolationException("feedback.reports.period.invalid");
		}
		if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
			throw new RuleViolationException("feedback.reports.period.tooLong");
		}
		DataScope scope = CurrentUser.scope();
		String unitPath = null;
		if (unitId != null) {
			OrganisationUnit unit = organisation.findUnscoped(unitId)
				.filter(u -> organisation.isWithinScope(u.id(), scope))
				.orElseThrow(() -> new NotFoundException("unit", unitId));
			unitPath = unit.path();
		}
		if (scope.coversNothing()) {
			return summarise(from, to, unitId, List.of(), List.of());
		}
		List<String> prefixes = scope.unrestricted() ? null : organisation.pathPrefixes(scope);
		return summarise(from, to, unitId, tallies.groups(from, to, prefixes, unitPath, FeedbackDesk.today()),
				tallies.handlingTimes(from, to, prefixes, unitPath));
	}

	private FeedbackReport summarise(LocalDate from, LocalDate to, Long unitId, List<Group> groups,
			List<Handling> handling) {
		long received = groups.stream().mapToLong(Group::received).sum();
		long settled = groups.stream().mapToLong(Group::settled).sum();
		long onTime = groups.stream().mapToLong(Group::onTime).sum();
		long overdueOpen = groups.stream().mapToLong(Group::overdueOpen).sum();
		long handled = handling.stream().mapToLong(Handling::cases).sum();
		Double workingDays = null;
		Double calendarDays = null;
		if (handled > 0) {
			long working = 0;
			long calendar = 0;
			for (Handling h : handling) {
				LocalDate answered = h.answeredOn().isBefore(h.receivedOn()) ? h.receivedOn() : h.answeredOn();
				working += days.workingDaysBetween(h.receivedOn(), answered) * h.cases();
				calendar += ChronoUnit.DAYS.between(h.receivedOn(), answered) * h.cases();
			}
			workingDays = Math.round(working * 10.0 / handled) / 10.0;
			calendarDays = Math.round(calendar * 10.0 / handled) / 10.0;
		}
		Map<String, Topic> topicsByCode = new LinkedHashMap<>();
		topics.all().forEach(t -> topicsByCode.put(t.code(), t));
		Map<Long, Optional<OrganisationUnit>> units = new LinkedHashMap<>();

		List<Count> byKind = breakdown(groups, Group::kind, key -> null, null);
		List<Count> byTopic = breakdown(groups, g -> g.topicCode() == null ? "" : g.topicCode(),
				key -> Optional.ofNullable(topicsByCode.get(key)).map(t -> new String[] { t.nameVi(), t.nameEn() })
					.orElse(null),
				Comparator.comparingLong(Count::received).reversed());
		List<Count> byUnit = breakdown(groups, g -> String.valueOf(g.unitId()), key -> units
			.computeIfAbsent(Long.valueOf(key), organisation::findUnscoped)
			.map(u -> new String[] { u.nameVi(), u.nameEn() })
			.orElse(null), Comparator.comparingLong(Count::received).reversed());
		byUnit = byUnit.stream()
			.map(c -> new Count(units.get(Long.valueOf(c.key())).map(OrganisationUnit::code).orElse(c.key()),
					c.nameVi(), c.nameEn(), c.received(), c.settled(), c.onTime()))
			.toList();
		List<Count> byStatus = breakdown(groups, Group::status, key -> null, null);

		Map<YearMonth, long[]> months = new LinkedHashMap<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			months.put(m, new long[3]);
		}
		for (Group g : groups) {
			long[] line = months.computeIfAbsent(YearMonth.from(g.month()), m -> new long[3]);
			line[0] += g.received();
			line[1] += g.settled();
			line[2] += g.onTime();
		}
		List<Month> trend = months.entrySet()
			.stream()
			.map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();
		return new FeedbackReport(from, to, unitId, received, settled, onTime, overdueOpen,
				FeedbackReport.rate(onTime, settled), workingDays, calendarDays, byKind, byTopic, byUnit, byStatus,
				trend);
	}

	/**
	 * Sums the groups by a key, in the order of the enum for kinds and statuses (the keys' natural order for the
	 * rest) unless {@code order} says otherwise.
	 */
	private static List<Count> breakdown(List<Group> groups, Function<Group, String> key,
			Function<String, String[]> names, Comparator<Count> order) {
		Map<String, long[]> sums = new LinkedHashMap<>();
		for (Group g : groups) {
			long[] sum = sums.computeIfAbsent(key.apply(g), k -> new long[3]);
			sum[0] += g.received();
			sum[1] += g.settled();
			sum[2] += g.onTime();
		}
		List<Count> counts = new ArrayList<>();
		sums.forEach((k, sum) -> {
			String[] name = names.apply(k);
			counts.add(new Count(k, name == null ? null : name[0], name == null ? null : name[1], sum[0], sum[1],
					sum[2]));
		});
		counts.sort(order != null ? order : Comparator.comparingInt(c -> rank(c.key())));
		return counts;
	}

	private static int rank(String key) {
		for (CaseKind kind : CaseKind.values()) {
			if (kind.name().equals(key)) {
				return kind.ordinal();
			}
		}
		for (CaseStatus status : CaseStatus.values()) {
			if (status.name().equals(key)) {
				return status.ordinal();
			}
		}
		return Integer.MAX_VALUE;
	}
}
