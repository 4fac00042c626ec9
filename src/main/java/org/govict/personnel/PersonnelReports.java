package org.govict.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.internal.KeptReportDays;
import org.govict.personnel.internal.ReportQueries;
import org.govict.platform.security.SystemAccess;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of the personnel registry on any day: the quantity and quality report BM01-VC/BNV and the list and
 * salaries BM02-VC/BNV, for a unit's subtree or for everything the reader sees. HR officers see their subtrees, the
 * ministry level (PERSONNEL_NATIONAL) the whole country; a unit outside the reader's scope is "not found".
 */
@Service
public class PersonnelReports {

	static final int MAX_LIST_SIZE = 5_000;

	private final PersonnelRegistry registry;

	private final PersonnelLists lists;

	private final ReportQueries queries;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final KeptReportDays keptDays;

	PersonnelReports(PersonnelRegistry registry, PersonnelLists lists, ReportQueries queries,
			Organisation organisation, AuditTrail audit, KeptReportDays keptDays) {
		this.registry = registry;
		this.keptDays = keptDays;
		this.lists = lists;
		this.queries = queries;
		this.organisation = organisation;
		this.audit = audit;
	}

	/** The unit the report is about, if the reader may see its subtree; null for everything they see. */
	@Transactional(readOnly = true)
	public Optional<OrganisationUnit> unit(Long unitId) {
		if (unitId == null) {
			return Optional.empty();
		}
		List<String> prefixes = registry.scopePrefixes();
		return Optional.of(organisation.findUnscoped(unitId)
			.filter(u -> prefixes == null || prefixes.stream().anyMatch(u.path()::startsWith))
			.orElseThrow(() -> new NotFoundException("Unit", unitId)));
	}

	/**
	 * The units a reader may report on, in tree order: every unit under their scope roots. The platform's own
	 * access reads the tree, since the ministry level's scope on the organisation tree is only its own unit.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationUnit> reportableUnits() {
		requireRead();
		List<String> prefixes = registry.scopePrefixes();
		return SystemAccess.call(() -> organisation.visibleUnits(false))
			.stream()
			.filter(u -> prefixes == null || prefixes.stream().anyMatch(u.path()::startsWith))
			.toList();
	}

	/**
	 * BM01 of the unit's subtree (null: everything the reader sees) on the day: added up from the day's kept
	 * tallies, or counted from the report periods while the day is not kept yet (see {@link KeptReportDays}).
	 */
	@Transactional(readOnly = true)
	public WorkforceReport workforce(Long unitId, LocalDate day) {
		requireRead();
		Optional<OrganisationUnit> unit = unit(unitId);
		LocalDate[] limits = AgeBand.birthLimits(day);
		LocalDate pastMen = pastRetirementBirthLimit(Sex.MALE, day);
		LocalDate pastWomen = pastRetirementBirthLimit(Sex.FEMALE, day);
		boolean kept = keptDays.ready(day);
		BiFunction<String, Integer, List<ReportQueries.WorkforceGroup>> groups = (prefix, part) -> kept
				? queries.keptWorkforce(prefix, part, day)
				: queries.workforce(prefix, part, day, limits, pastMen, pastWomen);
		List<WorkforceReport.Line> lines = new ArrayList<>();
		if (unit.isPresent()) {
			OrganisationUnit chosen = unit.get();
			List<OrganisationUnit> children = SystemAccess.call(() -> organisation.children(chosen.id()));
			Map<String, WorkforceTally> tallies = tally(groups.apply(chosen.path(), ids(chosen.path()) + 2));
			for (OrganisationUnit child : children) {
				WorkforceTally tally = tallies.remove(String.valueOf(child.id()));
				lines.add(line(child, false, tally));
			}
			WorkforceTally own = tallies.remove("");
			if (own != null) {
				lines.add(line(chosen, true, own));
			}
		}
		else {
			List<String> prefixes = registry.scopePrefixes();
			if (prefixes == null) {
				List<OrganisationUnit> roots = SystemAccess.call(organisation::scopeRoots);
				Map<String, WorkforceTally> tallies = tally(groups.apply(null, 2));
				roots.forEach(root -> lines.add(line(root, false, tallies.get(String.valueOf(root.id())))));
			}
			else {
				for (OrganisationUnit root : organisation.scopeRoots()) {
					if (prefixes.stream().noneMatch(root.path()::startsWith)) {
						continue;
					}
					Map<String, WorkforceTally> tallies = tally(groups.apply(root.path(), ids(root.path()) + 1));
					lines.add(line(root, false, tallies.get(String.valueOf(root.id()))));
				}
			}
		}
		WorkforceTally total = new WorkforceTally();
		lines.forEach(line -> total.addAll(line.tally()));
		return new WorkforceReport(day, unitId, unit.map(OrganisationUnit::nameVi).orElse(null),
				unit.map(OrganisationUnit::nameEn).orElse(null), lines, total);
	}

	private static WorkforceReport.Line line(OrganisationUnit unit, boolean own, WorkforceTally tally) {
		return new WorkforceReport.Line(unit.id(), unit.code(), unit.nameVi(), unit.nameEn(), own,
				tally == null ? new WorkforceTally() : tally);
	}

	private static Map<String, WorkforceTally> tally(List<ReportQueries.WorkforceGroup> groups) {
		Map<String, WorkforceTally> tallies = new HashMap<>();
		for (ReportQueries.WorkforceGroup group : groups) {
			tallies.computeIfAbsent(group.child(), c -> new WorkforceTally())
				.add(group.demography(), group.people(), group.packed());
		}
		return tallies;
	}

	private static int ids(String path) {
		return (int) path.chars().filter(c -> c == '/').count() - 1;
	}

	/**
	 * The first day of the earliest month of birth whose retirement (at the end of the last day of the month in
	 * which the retirement age is reached) is not before {@code day}: whoever was born before it is past the
	 * retirement age on {@code day}. The date of retirement never comes earlier for a later birth, since the roadmap
	 * raises the age by at most four months a year.
	 */
	public static LocalDate pastRetirementBirthLimit(Sex sex, LocalDate day) {
		YearMonth month = YearMonth.from(day.minusYears(70));
		YearMonth last = YearMonth.from(day.minusYears(50));
		while (month.isBefore(last) && RetirementAge.retirementDate(sex, month.atDay(1)).isBefore(day)) {
			month = month.plusMonths(1);
		}
		return month.atDay(1);
	}

	// ---- BM02 ----

	/** BM02: a page of the people in service in the subtree on the day, with their rank and salary then. */
	@Transactional
	public SalaryList salaryList(Long unitId, LocalDate day, int page, int size) {
		requireRead();
		Optional<OrganisationUnit> unit = unit(unitId);
		List<String> prefixes = registry.scopePrefixes();
		String unitPrefix = unit.map(OrganisationUnit::path).orElse(null);
		int limit = Math.max(1, Math.min(size, MAX_LIST_SIZE));
		List<ReportQueries.ListedPerson> people = queries.peopleOn(day, prefixes, unitPrefix, page * limit, limit);
		long total = queries.countPeopleOn(day, prefixes, unitPrefix);
		RecordSchema schema = registry.schema();
		Map<Long, Map<String, Object>> states = new LinkedHashMap<>();
		queries.changesOf(people.stream().map(ReportQueries.ListedPerson::recordId).toList(), schema,
				(id, change) -> states.merge(id, new LinkedHashMap<>(change), (a, b) -> {
					b.forEach((k, v) -> {
						if (v == null) {
							a.remove(k);
						}
						else {
							a.put(k, v);
						}
					});
					return a;
				}), day);
		Map<String, ListEntry> ranks = byCode(ListKind.RANKS);
		Map<String, ListEntry> positions = byCode(ListKind.POSITIONS);
		Map<Long, OrganisationUnit> units = new HashMap<>();
		List<SalaryList.Line> lines = new ArrayList<>();
		for (ReportQueries.ListedPerson person : people) {
			RecordState s = new RecordState(states.getOrDefault(person.recordId(), Map.of()));
			OrganisationUnit u = units.computeIfAbsent(person.unitId(),
					id -> organisation.findUnscoped(id).orElse(null));
			String rank = s.text("rank_code");
			String position = s.text("position_code");
			lines.add(new SalaryList.Line(person.recordId(), person.fullName(), s.birthDate(), s.text("sex"),
					person.unitId(), u == null ? "" : u.nameVi(), rank,
					rank == null || !ranks.containsKey(rank) ? null : ranks.get(rank).nameVi(), s.text("salary_grade"),
					s.whole("salary_step"), s.decimal("coefficient"), s.date("salary_since"),
					s.decimal("position_allowance"), s.whole("over_frame_percent"), position,
					position == null || !positions.containsKey(position) ? null : positions.get(position).nameVi(),
					s.text("job_position")));
		}
		audit.record(AuditRecord.action(PersonnelRegistry.MODULE, "REPORT", "SalaryList", unitId, unitId, null,
				Map.of("asOf", day.toString(), "page", page, "people", lines.size())));
		return new SalaryList(day, unitId, unit.map(OrganisationUnit::nameVi).orElse(null), lines, page, limit, total);
	}

	private Map<String, ListEntry> byCode(ListKind kind) {
		Map<String, ListEntry> entries = new HashMap<>();
		lists.entries(kind).forEach(e -> entries.put(e.code(), e));
		return entries;
	}

	static void requireRead() {
		if (!PersonnelRegistry.canRead()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
	}

	/** BM02-VC/BNV: the list of people and their salaries on a day, one page of it. */
	public record SalaryList(LocalDate asOf, Long unitId, String unitNameVi, List<Line> lines, int page, int size,
			long total) {

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

		/** One person: rank and code, salary grade, step, coefficient and since when, allowances, position. */
		public record Line(long recordId, String fullName, LocalDate birthDate, String sex, long unitId,
				String unitName, String rankCode, String rankName, String salaryGrade, Long step,
				BigDecimal coefficient, LocalDate since, BigDecimal positionAllowance, Long overFramePercent,
				String positionCode, String positionName, String jobPosition) {
		}
	}
}
