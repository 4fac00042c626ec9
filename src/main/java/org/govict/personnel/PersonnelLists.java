package org.govict.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.personnel.internal.ListEntries;
import org.govict.personnel.internal.SalarySteps;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.Roles;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference lists of the personnel registry (danh mục): ranks, salary grades with their steps and
 * coefficients, ethnic groups, religions, education, political theory and state management levels, positions.
 * Everyone reads them; only system administrators change them, every change goes on the audit trail, and a
 * coefficient changed by a new decree keeps its old value for the dates before.
 */
@Service
public class PersonnelLists {

	static final String MODULE = "personnel";

	private final ListEntries entries;

	private final SalarySteps steps;

	private final AuditTrail audit;

	private final JsonMapper json;

	PersonnelLists(ListEntries entries, SalarySteps steps, AuditTrail audit, JsonMapper json) {
		this.entries = entries;
		this.steps = steps;
		this.audit = audit;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public Map<ListKind, Long> counts() {
		return entries.counts();
	}

	@Transactional(readOnly = true)
	public List<ListEntry> entries(ListKind list) {
		return entries.all(list);
	}

	@Transactional(readOnly = true)
	public Optional<ListEntry> find(ListKind list, String code) {
		return entries.find(list, code);
	}

	@Transactional(readOnly = true)
	public ListEntry get(ListKind list, String code) {
		return find(list, code).orElseThrow(() -> new NotFoundException(list.slug(), code));
	}

	/** The steps of a grade with the coefficients that applied on {@code day}. */
	@Transactional(readOnly = true)
	public List<SalaryStep> steps(String gradeCode, LocalDate day) {
		get(ListKind.SALARY_GRADES, gradeCode);
		return steps.asOf(gradeCode, day);
	}

	@Transactional(readOnly = true)
	public Optional<BigDecimal> coefficient(String gradeCode, int step, LocalDate asOf) {
		return new CoefficientHistory(steps.history(gradeCode, step)).asOf(asOf);
	}

	@Transactional(readOnly = true)
	public List<SalaryStep> history(String gradeCode, int step) {
		return steps.history(gradeCode, step);
	}

	@Transactional
	public ListEntry add(ListKind list, ListEntryForm form) {
		requireSystemAdmin();
		BeanPropertyBindingResult errors = errors(form);
		if (entries.find(list, form.code().strip()).isPresent()) {
			errors.rejectValue("code", "personnel.lists.error.codeTaken");
		}
		ListEntry entry = form.toEntry(list, true);
		check(entry, errors);
		entries.insert(entry);
		remember(entry, null, entry);
		audit.record(AuditRecord.created(MODULE, "ListEntry", recordId(entry), null, entry));
		return entry;
	}

	/** Renames an entry or changes its details; the code is its key and stays. */
	@Transactional
	public ListEntry change(ListKind list, String code, ListEntryForm input) {
		requireSystemAdmin();
		ListEntry before = get(list, code);
		ListEntryForm form = input.withCode(code);
		ListEntry after = form.toEntry(list, before.active());
		check(after, errors(form));
		entries.update(after);
		remember(after, before, after);
		audit.record(AuditRecord.changed(MODULE, "ListEntry", recordId(after), null, before, after));
		return after;
	}

	/** Takes an entry out of use; records that refer to it keep its code and name. */
	@Transactional
	public ListEntry deactivate(ListKind list, String code) {
		requireSystemAdmin();
		ListEntry before = get(list, code);
		ListEntry after = before.deactivated();
		entries.update(after);
		remember(after, before, after);
		audit.record(AuditRecord.changed(MODULE, "ListEntry", recordId(after), null, before, after));
		return after;
	}

	/**
	 * Sets a step's coefficient from a date (a new decree); the coefficient before stays valid until the day
	 * before. A step the grade does not have yet may be added after its last one.
	 */
	@Transactional
	public SalaryStep setCoefficient(String gradeCode, CoefficientForm form) {
		requireSystemAdmin();
		get(ListKind.SALARY_GRADES, gradeCode);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "coefficientForm");
		CoefficientHistory history = new CoefficientHistory(steps.history(gradeCode, form.step()));
		Optional<SalaryStep> current = history.current();
		if (current.isEmpty() && form.step() > 1 && steps.history(gradeCode, form.step() - 1).isEmpty()) {
			errors.rejectValue("step", "personnel.lists.error.stepGap");
		}
		if (current.isPresent() && !form.validFrom().isAfter(current.get().validFrom())) {
			errors.rejectValue("validFrom", "personnel.lists.error.validFromTooEarly",
					new Object[] { current.get().validFrom().toString() }, null);
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		CoefficientHistory.Change change = history.change(gradeCode, form.step(), form.coefficient(),
				form.validFrom());
		if (change.closed() != null) {
			steps.close(change.closed());
		}
		steps.insert(change.opened());
		audit.record(AuditRecord.changed(MODULE, "SalaryStep", gradeCode + "/" + form.step(), null, current.orElse(null),
				change.opened()));
		return change.opened();
	}

	public boolean canManage() {
		return CurrentUser.hasRole(Roles.SYSTEM_ADMIN);
	}

	static String recordId(ListEntry entry) {
		return entry.list().slug() + "/" + entry.code();
	}

	private void check(ListEntry entry, BeanPropertyBindingResult errors) {
		if (entry.list() == ListKind.RANKS) {
			if (entry.staffGroup() == null) {
				errors.rejectValue("staffGroup", "validation.required");
			}
			if (entry.salaryGrade() != null && entries.find(ListKind.SALARY_GRADES, entry.salaryGrade()).isEmpty()) {
				errors.rejectValue("salaryGrade", "personnel.lists.error.unknownGrade");
			}
		}
		if (entry.list() == ListKind.SALARY_GRADES && entry.stepYears() == null) {
			errors.rejectValue("stepYears", "validation.required");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

	private static BeanPropertyBindingResult errors(ListEntryForm form) {
		return new BeanPropertyBindingResult(form, "listEntryForm");
	}

	private void remember(ListEntry entry, ListEntry before, ListEntry after) {
		entries.recordChange(entry.list(), entry.code(), CurrentUser.actorName(), toJson(before), toJson(after));
	}

	private String toJson(ListEntry entry) {
		return entry == null ? null : json.writeValueAsString(entry);
	}

	private void requireSystemAdmin() {
		if (!canManage()) {
			throw new AccessDeniedException("Only system administrators change the personnel reference lists");
		}
	}
}
