package org.govict.infosec;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.infosec.Inspection.Remediation;
import org.govict.infosec.internal.InspectionRecords;
import org.govict.infosec.internal.Systems;
import org.govict.organisation.Organisation;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Inspections of information systems: planned periodic or ad hoc over systems of one unit, their findings, and
 * the remediation tasks tracked to closure; the tasks past their date are listed as overdue.
 */
@Service
public class Inspections {

	static final String RECORD = "Inspection";

	private final InspectionRecords records;

	private final Systems systems;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final Clock clock;

	Inspections(InspectionRecords records, Systems systems, Organisation organisation, AuditTrail audit,
			Optional<Clock> clock) {
		this.records = records;
		this.systems = systems;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock.orElse(Clock.system(Incidents.ZONE));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	public List<Inspection> list() {
		requireReader();
		return records.ids().stream().map(records::find).flatMap(Optional::stream).filter(this::inScope).toList();
	}

	@Transactional(readOnly = true)
	public Inspection get(long id) {
		requireReader();
		return records.find(id).filter(this::inScope).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	/** An overdue remediation task with the inspection it comes from. */
	public record Overdue(Remediation remediation, Inspection inspection) {
	}

	@Transactional(readOnly = true)
	public List<Overdue> overdueRemediations() {
		requireReader();
		List<Overdue> overdue = new ArrayList<>();
		for (Long[] row : records.overdue(today())) {
			records.find(row[1])
				.filter(this::inScope)
				.ifPresent(i -> overdue.add(new Overdue(records.remediation(row[0]).orElseThrow(), i)));
		}
		return overdue;
	}

	/** Plans an inspection over systems of the user's scope; it belongs to the unit of the first of them. */
	@Transactional
	public Inspection plan(InspectionForm form) {
		requireManager();
		List<InformationSystem> covered = new ArrayList<>();
		for (Long systemId : form.systemIds()) {
			systems.find(systemId)
				.filter(s -> organisation.isWithinScope(s.ownerUnitId(), CurrentUser.scope()))
				.ifPresent(covered::add);
		}
		if (covered.size() != form.systemIds().stream().distinct().count() || covered.isEmpty()) {
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "inspectionForm");
			errors.rejectValue("systemIds", "infosec.error.system");
			throw new InvalidInputException(errors);
		}
		long id = records.insert(form, covered.get(0).ownerUnitId());
		Inspection created = records.find(id).orElseThrow();
		audit.record(AuditRecord.created(SecurityLevels.MODULE, RECORD, id, created.ownerUnitId(), created));
		return created;
	}

	@Transactional
	public Inspection addFinding(long inspectionId, FindingForm form) {
		requireManager();
		Inspection inspection = get(inspectionId);
		if (form.systemId() != null && !inspection.systemIds().contains(form.systemId())) {
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "findingForm");
			errors.rejectValue("systemId", "infosec.error.system");
			throw new InvalidInputException(errors);
		}
		long findingId = records.addFinding(inspectionId, form.systemId(), form.description().strip(), form.severity());
		audit.record(AuditRecord.action(SecurityLevels.MODULE, "FINDING", RECORD, inspectionId,
				inspection.ownerUnitId(), null, form).withSummary("finding " + findingId));
		return records.find(inspectionId).orElseThrow();
	}

	@Transactional
	public Inspection addRemediation(long findingId, RemediationForm form) {
		requireManager();
		long inspectionId = records.inspectionOfFinding(findingId)
			.orElseThrow(() -> new NotFoundException("Finding", findingId));
		Inspection inspection = get(inspectionId);
		long taskId = records.addRemediation(findingId, form.task().strip(), form.owner().strip(), form.dueOn());
		audit.record(AuditRecord.action(SecurityLevels.MODULE, "REMEDIATION", RECORD, inspectionId,
				inspection.ownerUnitId(), null, form).withSummary("task " + taskId));
		return records.find(inspectionId).orElseThrow();
	}

	@Transactional
	public Inspection closeRemediation(long remediationId, String outcome) {
		requireManager();
		Remediation task = records.remediation(remediationId)
			.orElseThrow(() -> new NotFoundException("Remediation", remediationId));
		long inspectionId = records.inspectionOfFinding(task.findingId()).orElseThrow();
		Inspection inspection = get(inspectionId);
		if (task.closedOn() != null) {
			throw new RuleViolationException("infosec.error.remediationClosed");
		}
		String text = outcome == null || outcome.isBlank() ? null : outcome.strip();
		records.closeRemediation(remediationId, today(), text);
		audit.record(AuditRecord.action(SecurityLevels.MODULE, "REMEDIATED", RECORD, inspectionId,
				inspection.ownerUnitId(), task, records.remediation(remediationId).orElseThrow()));
		return records.find(inspectionId).orElseThrow();
	}

	@Transactional
	public Inspection complete(long inspectionId) {
		requireManager();
		Inspection before = get(inspectionId);
		if (before.doneOn() != null) {
			throw new RuleViolationException("infosec.error.inspectionDone");
		}
		records.complete(inspectionId, today());
		Inspection after = records.find(inspectionId).orElseThrow();
		audit.record(AuditRecord.action(SecurityLevels.MODULE, "COMPLETE", RECORD, inspectionId, after.ownerUnitId(),
				before, after));
		return after;
	}

	private boolean inScope(Inspection i) {
		return organisation.isWithinScope(i.ownerUnitId(), CurrentUser.scope());
	}

	private static void requireReader() {
		if (!SecurityLevels.canRead()) {
			throw new AccessDeniedException("infosec.access.denied");
		}
	}

	private static void requireManager() {
		if (!SecurityLevels.canManage()) {
			throw new AccessDeniedException("infosec.access.denied");
		}
	}
}
