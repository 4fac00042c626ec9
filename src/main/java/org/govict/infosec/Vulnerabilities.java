package org.govict.infosec;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.infosec.internal.VulnerabilityRecords;
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
 * The vulnerabilities of the inventory's assets, each to be fixed within the days its severity allows
 * ({@link InfosecSettings#fixDays(Severity)}).
 */
@Service
public class Vulnerabilities {

	static final String RECORD = "Vulnerability";

	private final VulnerabilityRecords records;

	private final Inventory inventory;

	private final Organisation organisation;

	private final InfosecSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	Vulnerabilities(VulnerabilityRecords records, Inventory inventory, Organisation organisation,
			InfosecSettings settings, AuditTrail audit, Optional<Clock> clock) {
		this.records = records;
		this.inventory = inventory;
		this.organisation = organisation;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock.orElse(Clock.system(Incidents.ZONE));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	public List<Vulnerability> list() {
		requireReader();
		return records.all().stream().filter(this::inScope).toList();
	}

	@Transactional(readOnly = true)
	public Vulnerability get(long id) {
		requireReader();
		return records.find(id).filter(this::inScope).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	@Transactional
	public Vulnerability record(VulnerabilityForm form) {
		requireManager();
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "vulnerabilityForm");
		Optional<Asset> asset = form.assetId() == null ? Optional.empty() : inventory.find(form.assetId());
		if (asset.isEmpty()) {
			errors.rejectValue("assetId", "infosec.error.asset");
		}
		if (form.effectiveSeverity() == null) {
			errors.rejectValue("severity", "infosec.error.severity");
		}
		if (form.foundOn() != null && form.foundOn().isAfter(today())) {
			errors.rejectValue("foundOn", "infosec.error.future");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		Severity severity = form.effectiveSeverity();
		long id = records.insert(form, asset.get().ownerUnitId(), severity,
				form.foundOn().plusDays(settings.fixDays(severity)));
		Vulnerability created = records.find(id).orElseThrow();
		audit.record(AuditRecord.created(SecurityLevels.MODULE, RECORD, id, created.ownerUnitId(), created));
		return created;
	}

	/** Closes an open vulnerability as fixed or its risk accepted, today. */
	@Transactional
	public Vulnerability close(long id, VulnerabilityStatus status) {
		requireManager();
		Vulnerability before = get(id);
		if (before.status() != VulnerabilityStatus.OPEN || status == VulnerabilityStatus.OPEN) {
			throw new RuleViolationException("infosec.error.vulnerabilityClosed");
		}
		records.close(id, status, today());
		Vulnerability after = records.find(id).orElseThrow();
		audit.record(AuditRecord.action(SecurityLevels.MODULE, status.name(), RECORD, id, after.ownerUnitId(), before,
				after));
		return after;
	}

	private boolean inScope(Vulnerability v) {
		return organisation.isWithinScope(v.ownerUnitId(), CurrentUser.scope());
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
