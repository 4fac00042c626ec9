package org.govict.infosec;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.infosec.internal.IncidentRecords;
import org.govict.infosec.internal.Systems;
import org.govict.inventory.Asset;
import org.govict.inventory.Inventory;
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
 * Incident response: security officers record an incident against a system or asset, move it through the NIST
 * SP 800-61 life-cycle to its closure with the lessons learned, and report it to the Ministry of Public Security's
 * specialised cybersecurity force (Decree 331/2026 art. 31.2.d): a serious incident is notified within
 * {@link InfosecSettings#incidentNoticeWithin()} of its detection, and every incident is reported within
 * {@link InfosecSettings#incidentReportWithin()}. Incidents recorded under Decree 85/2016 keep the deadline and
 * authority (VNCERT/CC) they were recorded with.
 */
@Service
public class Incidents {

	/** Incidents are detected and dated in Vietnam's time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String RECORD = "Incident";

	private final IncidentRecords incidents;

	private final Systems systems;

	private final Inventory inventory;

	private final Organisation organisation;

	private final InfosecSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	Incidents(IncidentRecords incidents, Systems systems, Inventory inventory, Organisation organisation,
			InfosecSettings settings, AuditTrail audit, Optional<Clock> clock) {
		this.incidents = incidents;
		this.systems = systems;
		this.inventory = inventory;
		this.organisation = organisation;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock.orElse(Clock.system(ZONE));
	}

	public Instant now() {
		return clock.instant();
	}

	public InfosecSettings settings() {
		return settings;
	}

	@Transactional(readOnly = true)
	public List<Incident> list() {
		requireReader();
		return incidents.all().stream().filter(this::inScope).toList();
	}

	@Transactional(readOnly = true)
	public Incident get(long id) {
		requireReader();
		return incidents.find(id).filter(this::inScope).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	@Transactional(readOnly = true)
	public List<IncidentStep> steps(long id) {
		get(id);
		return incidents.steps(id);
	}

	@Transactional
	public Incident report(IncidentForm form) {
		requireManager();
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "incidentForm");
		Long unitId = null;
		if (form.systemId() != null) {
			unitId = systems.find(form.systemId())
				.filter(s -> organisation.isWithinScope(s.ownerUnitId(), CurrentUser.scope()))
				.map(InformationSystem::ownerUnitId)
				.orElse(null);
			if (unitId == null) {
				errors.rejectValue("systemId", "infosec.error.system");
			}
		}
		if (form.assetId() != null) {
			Optional<Asset> asset = inventory.find(form.assetId());
			if (asset.isEmpty()) {
				errors.rejectValue("assetId", "infosec.error.asset");
			}
			else if (unitId == null) {
				unitId = asset.get().ownerUnitId();
			}
		}
		if (form.systemId() == null && form.assetId() == null) {
			errors.rejectValue("systemId", "infosec.error.systemOrAsset");
		}
		Instant detected = form.detectedAt() == null ? null : form.detectedAt().atZone(ZONE).toInstant();
		if (detected != null && detected.isAfter(now().plusSeconds(300))) {
			errors.rejectValue("detectedAt", "infosec.error.future");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		long id = incidents.insert(form.systemId(), form.assetId(), unitId, form.title().strip(),
				form.description() == null || form.description().isBlank() ? null : form.description().strip(),
				form.severity(), LegalBasis.CURRENT, detected,
				ReportDeadline.noticeDue(detected, form.severity(), settings), ReportDeadline.due(detected, settings));
		incidents.step(id, IncidentStage.DETECTED, null, CurrentUser.actorName());
		Incident created = incidents.find(id).orElseThrow();
		audit.record(AuditRecord.created(SecurityLevels.MODULE, RECORD, id, unitId, created));
		return created;
	}

	/** Moves the incident to its next stage; closing it needs the lessons learned. */
	@Transactional
	public Incident advance(long id, StageForm form) {
		requireManager();
		Incident before = get(id);
		if (!before.stage().canMoveTo(form.stage())) {
			throw new RuleViolationException("infosec.error.stage");
		}
		String lessons = form.lessons() == null || form.lessons().isBlank() ? null : form.lessons().strip();
		if (form.stage() == IncidentStage.CLOSED && lessons == null) {
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "stageForm");
			errors.rejectValue("lessons", "infosec.error.lessons");
			throw new InvalidInputException(errors);
		}
		incidents.move(id, form.stage(), lessons);
		incidents.step(id, form.stage(),
				form.note() == null || form.note().isBlank() ? null : form.note().strip(), CurrentUser.actorName());
		Incident after = incidents.find(id).orElseThrow();
		audit.record(AuditRecord.action(SecurityLevels.MODULE, "STAGE", RECORD, id, after.ownerUnitId(), before, after));
		return after;
	}

	/** Records that the initial notification of a serious incident was sent. */
	@Transactional
	public Incident markNoticed(long id) {
		requireManager();
		Incident before = get(id);
		if (!before.needsNotice()) {
			throw new RuleViolationException("infosec.error.noNotice");
		}
		if (before.noticedAt() != null) {
			throw new RuleViolationException("infosec.error.alreadyNoticed");
		}
		incidents.noticed(id, now());
		Incident after = incidents.find(id).orElseThrow();
		audit.record(AuditRecord.action(SecurityLevels.MODULE, "NOTICE", RECORD, id, after.ownerUnitId(), before,
				after));
		return after;
	}

	/** Records that the report was sent to the authority of the incident's legal basis. */
	@Transactional
	public Incident markReported(long id) {
		requireManager();
		Incident before = get(id);
		if (before.reportedAt() != null) {
			throw new RuleViolationException("infosec.error.alreadyReported");
		}
		incidents.reported(id, now());
		Incident after = incidents.find(id).orElseThrow();
		audit.record(AuditRecord.action(SecurityLevels.MODULE, "REPORT", RECORD, id, after.ownerUnitId(), before,
				after));
		return after;
	}

	/** The name of the system or asset an incident is about, for lists and the report. */
	@Transactional(readOnly = true)
	public String subject(Incident incident) {
		if (incident.systemId() != null) {
			return systems.find(incident.systemId()).map(InformationSystem::name).orElse("");
		}
		return incident.assetId() == null ? "" : inventory.find(incident.assetId()).map(Asset::label).orElse("");
	}

	private boolean inScope(Incident i) {
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
