package org.govict.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.inventory.internal.Licences;
import org.govict.organisation.Organisation;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The software catalogue built from what agents report, and the licences counted against it: installed computers
 * against seats, keys, purchase orders, validity, and the days before expiry on which technicians are reminded.
 */
@Service
public class SoftwareLicences {

	static final String RECORD = "Licence";

	public static final int PAGE_SIZE = 50;

	private final Licences licences;

	private final Organisation organisation;

	private final AuditTrail audit;

	SoftwareLicences(Licences licences, Organisation organisation, AuditTrail audit) {
		this.licences = licences;
		this.organisation = organisation;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<SoftwareCount> catalogue(String text, int page) {
		DataScope scope = CurrentUser.scope();
		if (scope.coversNothing()) {
			return List.of();
		}
		return licences.catalogue(text, prefixes(scope), Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE);
	}

	/** When the counts of the catalogue were taken, if they were. */
	@Transactional(readOnly = true)
	public Optional<Instant> censusTakenAt() {
		return licences.censusTakenAt();
	}

	/** Counts the installations of the catalogue again now, rather than at the next scheduled census. */
	@Transactional
	public void takeCensus() {
		requireManager();
		licences.takeCensus();
	}

	@Transactional(readOnly = true)
	public List<Licence> licences() {
		DataScope scope = CurrentUser.scope();
		if (scope.coversNothing()) {
			return List.of();
		}
		return licences.all(prefixes(scope));
	}

	@Transactional(readOnly = true)
	public Licence get(long id) {
		return licences.find(id)
			.filter(l -> organisation.isWithinScope(l.ownerUnitId(), CurrentUser.scope()))
			.orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	@Transactional
	public Licence register(LicenceForm form) {
		requireManager();
		check(form);
		long id = licences.insert(form);
		Licence created = licences.find(id).orElseThrow();
		audit.record(AuditRecord.created(Inventory.MODULE, RECORD, id, created.ownerUnitId(), withoutKey(created)));
		return created;
	}

	@Transactional
	public Licence change(long id, LicenceForm form) {
		requireManager();
		Licence before = get(id);
		check(form);
		if (!licences.update(id, form)) {
			throw new RuleViolationException("validation.stale");
		}
		Licence after = licences.find(id).orElseThrow();
		audit.record(AuditRecord.changed(Inventory.MODULE, RECORD, id, after.ownerUnitId(), withoutKey(before),
				withoutKey(after)));
		return after;
	}

	/** The days before expiry on which technicians are reminded, longest first. */
	@Transactional(readOnly = true)
	public List<Integer> reminderDays() {
		return licences.reminderDays();
	}

	@Transactional
	public void setReminderDays(List<Integer> days) {
		if (!CurrentUser.hasRole(Roles.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("inventory.access.denied");
		}
		if (days.stream().anyMatch(d -> d == null || d < 1 || d > 3650)) {
			throw new RuleViolationException("inventory.licence.error.reminderDays");
		}
		List<Integer> before = licences.reminderDays();
		licences.replaceReminderDays(days);
		audit.record(AuditRecord.changed(Inventory.MODULE, "LicenceReminders", "days", null, before, days));
	}

	private void check(LicenceForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "licenceForm");
		if (form.ownerUnitId() == null || !organisation.isWithinScope(form.ownerUnitId(), CurrentUser.scope())) {
			errors.rejectValue("ownerUnitId", "inventory.error.unit");
		}
		if (form.validFrom() != null && form.validUntil() != null && form.validUntil().isBefore(form.validFrom())) {
			errors.rejectValue("validUntil", "inventory.licence.error.untilBeforeFrom");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

	private List<String> prefixes(DataScope scope) {
		return scope.unrestricted() ? null : organisation.pathPrefixes(scope);
	}

	private static void requireManager() {
		if (!Inventory.canManage()) {
			throw new AccessDeniedException("inventory.access.denied");
		}
	}

	/** The audit trail keeps that a key changed, not the key. */
	private static Licence withoutKey(Licence l) {
		return new Licence(l.id(), l.softwareName(), l.seats(), l.licenceKey() == null ? null : "***",
				l.purchaseOrder(), l.validFrom(), l.validUntil(), l.ownerUnitId(), l.notes(), l.version(), l.installed());
	}
}
