package org.govict.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govict.personnel.internal.ReportQueries;
import org.govict.personnel.internal.ReportQueries.CurrentRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks of the records' quality within the reader's scope: important fields left empty, ID numbers that
 * contradict the record (often loaded before the rule existed), possible duplicates (the same name and date of
 * birth in two records; the same ID number cannot be registered twice), and records not brought up to date after a
 * decision: a decision document attached after the record's last change, or a regular salary step overdue by more
 * than a quarter.
 */
@Service
public class DataQuality {

	/** The fields a record in service should have, besides those the registry requires. */
	public static final List<String> IMPORTANT_FIELDS = List.of("ethnic_code", "education_level", "rank_code",
			"salary_step", "recruited_on", "home_province");

	private final PersonnelRegistry registry;

	private final PersonnelLists lists;

	private final ReportQueries queries;

	DataQuality(PersonnelRegistry registry, PersonnelLists lists, ReportQueries queries) {
		this.registry = registry;
		this.lists = lists;
		this.queries = queries;
	}

	/** A record that fails a check, with what is wrong: field keys or message keys with their arguments. */
	public record Finding(long recordId, String fullName, String idNumber, LocalDate birthDate, long unitId,
			List<Refusal> problems) {
	}

	public record Page(List<Finding> findings, int page, int size, long total) {

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}
	}

	@Transactional(readOnly = true)
	public Page missingFields(int page, int size) {
		PersonnelReports.requireRead();
		List<String> scope = registry.scopePrefixes();
		long total = queries.countMissingAny(IMPORTANT_FIELDS, scope);
		List<Finding> findings = new ArrayList<>();
		for (CurrentRecord r : queries.missingAny(IMPORTANT_FIELDS, scope, page * size, size, registry.schema())) {
			List<Refusal> missing = new ArrayList<>();
			for (String field : IMPORTANT_FIELDS) {
				if (r.state().text(field) == null || r.state().text(field).isBlank()) {
					missing.add(Refusal.of("personnel.quality.missing", field));
				}
			}
			findings.add(finding(r, missing));
		}
		return new Page(findings, page, size, total);
	}

	@Transactional(readOnly = true)
	public List<Finding> invalidIds() {
		PersonnelReports.requireRead();
		List<Finding> findings = new ArrayList<>();
		for (CurrentRecord r : queries.suspectIds(PersonalIdNumber.provinceCodes().keySet(), registry.scopePrefixes(),
				registry.schema())) {
			List<Refusal> problems = new ArrayList<>();
			try {
				PersonalIdNumber id = PersonalIdNumber.parse(r.idNumber());
				problems.addAll(id.disagreementsWith("F".equals(r.sex()) ? Sex.FEMALE : Sex.MALE, r.birthDate()));
			}
			catch (PersonnelRuleViolation invalid) {
				problems.addAll(invalid.refusals());
			}
			if (!problems.isEmpty()) {
				findings.add(finding(r, problems));
			}
		}
		return findings;
	}

	/** Groups of two or more records with the same name and date of birth. */
	@Transactional(readOnly = true)
	public List<List<Finding>> possibleDuplicates() {
		PersonnelReports.requireRead();
		List<List<Finding>> groups = new ArrayList<>();
		for (List<Long> ids : queries.sameNameAndBirth(registry.scopePrefixes(), 200)) {
			groups.add(queries.byIds(ids, registry.schema())
				.stream()
				.map(r -> finding(r, List.of(Refusal.of("personnel.quality.sameNameAndBirth"))))
				.toList());
		}
		return groups;
	}

	/** Records not brought up to date: a decision attached after the last change, or a salary step overdue. */
	@Transactional(readOnly = true)
	public List<Finding> notUpdated(LocalDate today) {
		PersonnelReports.requireRead();
		RecordSchema schema = registry.schema();
		List<String> scope = registry.scopePrefixes();
		List<Finding> findings = new ArrayList<>();
		for (CurrentRecord r : queries.decisionsNotApplied(scope, schema)) {
			findings.add(finding(r, List.of(Refusal.of("personnel.quality.decisionNotApplied"))));
		}
		// A step due more than a quarter ago: the step began more than 3 (A) or 2 (B, C) years and 3 months ago.
		LocalDate overdue = today.minusMonths(3);
		Map<String, Integer> maxSteps = new HashMap<>();
		for (CurrentRecord r : queries.salarySince(LocalDate.of(1900, 1, 1), overdue.minusYears(3),
				LocalDate.of(1900, 1, 1), overdue.minusYears(2), scope, schema)) {
			String grade = r.state().text("salary_grade");
			Long step = r.state().whole("salary_step");
			LocalDate since = r.state().date("salary_since");
			if (grade == null || step == null || since == null) {
				continue;
			}
			int max = maxSteps.computeIfAbsent(grade, g -> lists.steps(g, today).size());
			if (step < 1 || step > max) {
				continue;
			}
			Optional<LocalDate> due = SalaryStepSchedule.nextStepDate(grade, step.intValue(), max, since);
			if (due.isPresent() && due.get().isBefore(overdue)) {
				findings.add(finding(r, List.of(Refusal.of("personnel.quality.stepOverdue", due.get().toString()))));
			}
		}
		return findings;
	}

	private static Finding finding(CurrentRecord r, List<Refusal> problems) {
		return new Finding(r.id(), r.fullName(), r.idNumber(), r.birthDate(), r.unitId(), problems);
	}
}
