package org.govict.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.platform.database.KeptCopy;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.Roles;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.govict.reference.internal.CalendarDays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The working-day calendar (lịch làm việc): which dates are worked, and the deadlines counted in working days
 * that legal time limits ("trong thời hạn N ngày làm việc") are expressed in. Only system administrators change
 * it, and every change goes on the audit trail.
 */
@Service
public class WorkingCalendar {

	static final String MODULE = "reference";

	static final String RECORD = "CalendarDay";

	private final CalendarDays days;

	private final AuditTrail audit;

	private final KeptCopy<WorkingDays> kept;

	WorkingCalendar(CalendarDays days, AuditTrail audit) {
		this.days = days;
		this.audit = audit;
		this.kept = new KeptCopy<>(this::read);
	}

	@Transactional(readOnly = true)
	public boolean isWorkingDay(LocalDate day) {
		return rules().isWorkingDay(day);
	}

	/** The date {@code n} working days after {@code start}; the start date itself is not counted. */
	@Transactional(readOnly = true)
	public LocalDate addWorkingDays(LocalDate start, int n) {
		return rules().addWorkingDays(start, n);
	}

	/** The working days after {@code from} up to and including {@code to}. */
	@Transactional(readOnly = true)
	public long workingDaysBetween(LocalDate from, LocalDate to) {
		return rules().between(from, to);
	}

	@Transactional(readOnly = true)
	public List<CalendarDay> days(int year) {
		return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * The holidays the Labour Code sets for the year, with days off for those on weekends, that the calendar does
	 * not list yet: a starting point for the administrator, to be checked against the government's decision.
	 */
	@Transactional(readOnly = true)
	public List<CalendarDay> proposals(int year) {
		java.util.Set<LocalDate> listed = days(year).stream().map(CalendarDay::day).collect(Collectors.toSet());
		return HolidayProposals.forYear(year).stream().filter(p -> !listed.contains(p.day())).toList();
	}

	/** Lists the chosen proposals of the year; each is audited as any other addition. */
	@Transactional
	public List<CalendarDay> adopt(int year, java.util.Collection<LocalDate> chosen) {
		requireSystemAdmin();
		List<CalendarDay> adopted = new java.util.ArrayList<>();
		for (CalendarDay proposal : proposals(year)) {
			if (chosen.contains(proposal.day())) {
				adopted.add(add(CalendarDayForm.of(proposal)));
			}
		}
		return adopted;
	}

	@Transactional(readOnly = true)
	public CalendarDay get(LocalDate day) {
		return days.find(day).orElseThrow(() -> new NotFoundException("Calendar day", day));
	}

	@Transactional
	public CalendarDay add(CalendarDayForm form) {
		requireSystemAdmin();
		check(form, true);
		CalendarDay day = form.toDay();
		days.insert(day);
		kept.changed();
		audit.record(AuditRecord.created(MODULE, RECORD, day.day(), null, day));
		return day;
	}

	/** Changes how a listed date is listed; the date itself is the key and stays. */
	@Transactional
	public CalendarDay change(LocalDate date, CalendarDayForm input) {
		requireSystemAdmin();
		CalendarDay before = get(date);
		CalendarDayForm form = new CalendarDayForm(date, input.kind(), input.nameVi(), input.nameEn());
		check(form, false);
		CalendarDay after = form.toDay();
		days.update(after);
		kept.changed();
		audit.record(AuditRecord.changed(MODULE, RECORD, date, null, before, after));
		return after;
	}

	@Transactional
	public void remove(LocalDate date) {
		requireSystemAdmin();
		CalendarDay before = get(date);
		days.delete(date);
		kept.changed();
		audit.record(AuditRecord.deleted(MODULE, RECORD, date, null, before));
	}

	public boolean canManage() {
		return CurrentUser.hasRole(Roles.SYSTEM_ADMIN);
	}

	/** Every deadline counts on the calendar; it is small (a few dozen dates a year) and kept whole. */
	private WorkingDays rules() {
		return kept.get();
	}

	private WorkingDays read() {
		Map<LocalDate, DayKind> listed = days.all()
			.stream()
			.collect(Collectors.toMap(CalendarDay::day, CalendarDay::kind));
		return new WorkingDays(listed);
	}

	private void check(CalendarDayForm form, boolean adding) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "calendarDayForm");
		if (adding && days.find(form.day()).isPresent()) {
			errors.rejectValue("day", "calendar.dayTaken");
		}
		if (!WorkingDays.allows(form.day(), form.kind())) {
			errors.rejectValue("kind", "calendar.workingOnWeekday");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

	private void requireSystemAdmin() {
		if (!canManage()) {
			throw new AccessDeniedException("Only system administrators change the working calendar");
		}
	}
}
