package org.govict.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govict.personnel.internal.ReportQueries;
import org.govict.personnel.internal.ReportQueries.CurrentRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HR officer's work lists: who is due a regular salary step in a quarter (nâng bậc lương thường xuyên) and who
 * reaches the retirement age in a period (nghỉ hưu), with the dates computed by {@link SalaryStepSchedule} and
 * {@link RetirementAge}. Each list asks the database only for the candidates: those whose step began 3 (A grades)
 * or 2 (B, C) years before the quarter, and those born in the months whose retirement falls in the period.
 */
@Service
public class DueLists {

	private final PersonnelRegistry registry;

	private final PersonnelLists lists;

	private final ReportQueries queries;

	DueLists(PersonnelRegistry registry, PersonnelLists lists, ReportQueries queries) {
		this.registry = registry;
		this.lists = lists;
		this.queries = queries;
	}

	/** Someone whose next salary step falls due in the quarter, with the step and coefficient now and then. */
	public record SalaryStepDue(long recordId, String fullName, long unitId, String salaryGrade, int step,
			BigDecimal coefficient, LocalDate since, LocalDate dueOn, int nextStep, BigDecimal nextCoefficient) {
	}

	/** Someone who reaches the retirement age in the period: the age, the day of retirement and of the pension. */
	public record RetirementDue(long recordId, String fullName, long unitId, String sex, LocalDate birthDate,
			int ageYears, int ageMonths, LocalDate retiresOn, LocalDate pensionFrom) {
	}

	@Transactional(readOnly = true)
	public List<SalaryStepDue> salarySteps(YearQuarter quarter) {
		PersonnelReports.requireRead();
		RecordSchema schema = registry.schema();
		List<CurrentRecord> candidates = queries.salarySince(quarter.firstDay().minusYears(3),
				quarter.lastDay().minusYears(3), quarter.firstDay().minusYears(2), quarter.lastDay().minusYears(2),
				registry.scopePrefixes(), schema);
		Map<String, List<SalaryStep>> steps = new HashMap<>();
		List<SalaryStepDue> due = new ArrayList<>();
		for (CurrentRecord record : candidates) {
			RecordState s = record.state();
			String grade = s.text("salary_grade");
			Long step = s.whole("salary_step");
			LocalDate since = s.date("salary_since");
			if (grade == null || step == null || since == null) {
				continue;
			}
			List<SalaryStep> gradeSteps = steps.computeIfAbsent(grade, g -> lists.steps(g, quarter.lastDay()));
			int maxStep = gradeSteps.size();
			if (step < 1 || step > maxStep) {
				continue;
			}
			Optional<LocalDate> next = SalaryStepSchedule.nextStepDate(grade, step.intValue(), maxStep, since);
			if (next.isEmpty() || !quarter.contains(next.get())) {
				continue;
			}
			BigDecimal nextCoefficient = lists.coefficient(grade, step.intValue() + 1, next.get()).orElse(null);
			due.add(new SalaryStepDue(record.id(), record.fullName(), record.unitId(), grade, step.intValue(),
					s.decimal("coefficient"), since, next.get(), step.intValue() + 1, nextCoefficient));
		}
		due.sort(Comparator.comparing(SalaryStepDue::dueOn).thenComparing(SalaryStepDue::fullName));
		return due;
	}

	/** Those who retire (at the end of a day) from {@code from} to {@code to}, both included. */
	@Transactional(readOnly = true)
	public List<RetirementDue> retirements(LocalDate from, LocalDate to) {
		PersonnelReports.requireRead();
		RecordSchema schema = registry.schema();
		List<RetirementDue> due = new ArrayList<>();
		for (Sex sex : Sex.values()) {
			// The retirement date never comes earlier for a later month of birth, so the months of birth that
			// retire in the period are one run of months.
			LocalDate bornFrom = PersonnelReports.pastRetirementBirthLimit(sex, from);
			LocalDate bornBefore = PersonnelReports.pastRetirementBirthLimit(sex, to.plusDays(1));
			String code = sex == Sex.FEMALE ? "F" : "M";
			for (CurrentRecord record : queries.bornBetween(code, bornFrom, bornBefore, registry.scopePrefixes(),
					schema)) {
				RetirementAge age = RetirementAge.of(sex, record.birthDate());
				if (age.retirementDate().isBefore(from) || age.retirementDate().isAfter(to)) {
					continue;
				}
				due.add(new RetirementDue(record.id(), record.fullName(), record.unitId(), code, record.birthDate(),
						age.age().getYears(), age.age().getMonths(), age.retirementDate(), age.pensionFrom()));
			}
		}
		due.sort(Comparator.comparing(RetirementDue::retiresOn).thenComparing(RetirementDue::fullName));
		return due;
	}
}
