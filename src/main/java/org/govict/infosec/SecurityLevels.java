package org.govict.infosec;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.infosec.internal.Measures;
import org.govict.infosec.internal.Systems;
import org.govict.inventory.Asset;
import org.govict.inventory.AssetKind;
import org.govict.inventory.Inventory;
import org.govict.organisation.Organisation;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.Roles;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.govict.reference.WorkingCalendar;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The register of information systems and their security levels (hồ sơ đề xuất cấp độ, Decree 331/2026/NĐ-CP under
 * the Cybersecurity Law 116/2025/QH15): security officers register systems with their facts, propose a level and
 * record the appraisal; leaders approve it; a fact that changes after approval flags the system to be re-classified
 * (art. 25). Dossiers made under Decree 85/2016/NĐ-CP keep that basis and their level (Law 116 art. 45.1). Each
 * system then shows the measures its level requires and the evidence that they are met. Every step is on the audit
 * trail.
 */
@Service
public class SecurityLevels {

	public static final String MODULE = "infosec";

	static final String OFFICER = Inventory.SECURITY_OFFICER;

	static final String SYSTEM = "InformationSystem";

	/** The largest evidence file taken, 10 MB. */
	public static final long MAX_EVIDENCE = 10L * 1024 * 1024;

	private final Systems systems;

	private final Measures measures;

	private final Inventory inventory;

	private final Organisation organisation;

	private final WorkingCalendar calendar;

	private final InfosecSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	SecurityLevels(Systems systems, Measures measures, Inventory inventory, Organisation organisation,
			WorkingCalendar calendar, InfosecSettings settings, AuditTrail audit, Optional<Clock> clock) {
		this.systems = systems;
		this.measures = measures;
		this.inventory = inventory;
		this.organisation = organisation;
		this.calendar = calendar;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock.orElse(Clock.system(Incidents.ZONE));
	}

	public static boolean canRead() {
		return canManage() || CurrentUser.hasRole(Roles.LEADER);
	}

	/** Security officers and system administrators keep the register. */
	public static boolean canManage() {
		return CurrentUser.hasRole(Inventory.SECURITY_OFFICER) || CurrentUser.hasRole(Roles.SYSTEM_ADMIN);
	}

	public static boolean canApprove() {
		return CurrentUser.hasRole(Roles.LEADER);
	}

	public static boolean canKeepCatalogue() {
		return CurrentUser.hasRole(Roles.SYSTEM_ADMIN);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The day by which systems classified under Decree 85 must meet the measures of Decree 331. */
	public LocalDate transitionEnds() {
		return settings.transitionEnds();
	}

	@Transactional(readOnly = true)
	public List<InformationSystem> list() {
		requireReader();
		return systems.all().stream().filter(this::inScope).toList();
	}

	@Transactional(readOnly = true)
	public InformationSystem get(long id) {
		requireReader();
		return systems.find(id).filter(this::inScope).orElseThrow(() -> new NotFoundException(SYSTEM, id));
	}

	@Transactional(readOnly = true)
	public List<RequiredMeasure> checklist(long id) {
		InformationSystem s = get(id);
		return measures.required(id, s.requiredLevel());
	}

	/** One measure of a system's checklist, by its code or the code it had in the first catalogue. */
	@Transactional(readOnly = true)
	public RequiredMeasure requiredMeasure(long id, String measureCode) {
		String code = measures.current(measureCode);
		return checklist(id).stream()
			.filter(r -> r.measure().code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Measure", measureCode));
	}

	/** The checklist by the groups of Circular 12/2022/TT-BTTTT, with the progress of each group. */
	@Transactional(readOnly = true)
	public List<ChecklistGroup> checklistByGroup(long id) {
		return ChecklistGroup.of(checklist(id));
	}

	/** The information system assets of the user's scope not yet in the register, to choose from. */
	@Transactional(readOnly = true)
	public List<Asset> unregisteredAssets() {
		return inventory.search(new org.govict.inventory.AssetQuery(null, AssetKind.INFORMATION_SYSTEM, null, null, 0))
			.stream()
			.filter(a -> a.kind() == AssetKind.INFORMATION_SYSTEM && !systems.assetTaken(a.id(), null))
			.toList();
	}

	@Transactional
	public InformationSystem register(SystemForm form) {
		requireManager();
		check(form, null);
		long assetId = form.assetId() != null ? form.assetId()
				: inventory.registerInformationSystem(form.name().strip(), form.ownerUnitId()).id();
		SystemFacts facts = form.facts();
		long id = systems.insert(assetId, form.name().strip(), form.ownerUnitId(), facts,
				LevelRules.suggest(facts).level());
		InformationSystem created = systems.find(id).orElseThrow();
		audit.record(AuditRecord.created(MODULE, SYSTEM, id, created.ownerUnitId(), created));
		return created;
	}

	/**
	 * Changes the facts of a system. When its level was approved and a fact that decides the level changed, the
	 * system is flagged to be re-classified: the level dossier has to be made again.
	 */
	@Transactional
	public InformationSystem changeFacts(long id, SystemForm form, int version) {
		requireManager();
		InformationSystem before = get(id);
		check(form, id);
		SystemFacts facts = form.facts();
		boolean reclassify = before.approvedLevel() != null && !facts.equals(before.facts());
		if (!systems.updateFacts(id, form.name().strip(), form.ownerUnitId(), facts, LevelRules.suggest(facts).level(),
				reclassify, version)) {
			throw new RuleViolationException("validation.stale");
		}
		InformationSystem after = systems.find(id).orElseThrow();
		audit.record(AuditRecord.changed(MODULE, SYSTEM, id, after.ownerUnitId(), before, after));
		return after;
	}

	/**
	 * Sends the level dossier for appraisal. The level may be higher than the rules suggest, never lower. The
	 * appraisal is due within {@link InfosecSettings#appraisalWorkingDays(int)} working days of the dossier's date:
	 * 15 up to level 3, 25 for levels 4 and 5 (Decree 331/2026 art. 23.3).
	 */
	@Transactional
	public InformationSystem propose(long id, ProposalForm form) {
		requireManager();
		InformationSystem before = get(id);
		if (before.status() == DossierStatus.PROPOSED || before.status() == DossierStatus.APPRAISED) {
			throw new RuleViolationException("infosec.error.dossierOpen");
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "proposalForm");
		if (form.proposedLevel() < before.suggestedLevel()) {
			errors.rejectValue("proposedLevel", "infosec.error.belowSuggested", new Object[] { before.suggestedLevel() },
					null);
		}
		if (form.dossierDate().isAfter(today())) {
			errors.rejectValue("dossierDate", "infosec.error.future");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		LocalDate due = calendar.addWorkingDays(form.dossierDate(), settings.appraisalWorkingDays(form.proposedLevel()));
		systems.propose(id, form.proposedLevel(), LegalBasis.CURRENT, form.dossierDate(), form.appraisingUnit().strip(), due);
		return logged("PROPOSE", before);
	}

	@Transactional
	public InformationSystem appraise(long id, AppraisalForm form) {
		requireManager();
		InformationSystem before = get(id);
		if (before.status() != DossierStatus.PROPOSED) {
			throw new RuleViolationException("infosec.error.notProposed");
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "appraisalForm");
		if (form.appraisedOn().isBefore(before.dossierDate()) || form.appraisedOn().isAfter(today())) {
			errors.rejectValue("appraisedOn", "infosec.error.appraisalDate");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		systems.appraise(id, form.appraisedOn(), form.opinion().strip());
		return logged("APPRAISE", before);
	}

	/** A leader approves the appraised level with their decision; the re-classification flag is cleared. */
	@Transactional
	public InformationSystem approve(long id, ApprovalForm form) {
		if (!canApprove()) {
			throw new AccessDeniedException("infosec.access.approve");
		}
		InformationSystem before = get(id);
		if (before.status() != DossierStatus.APPRAISED) {
			throw new RuleViolationException("infosec.error.notAppraised");
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "approvalForm");
		if (form.decisionDate().isBefore(before.appraisedOn()) || form.decisionDate().isAfter(today())) {
			errors.rejectValue("decisionDate", "infosec.error.decisionDate");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		systems.approve(id, form.decisionNumber().strip(), form.decisionDate(), form.approvingAuthority().strip());
		return logged("APPROVE", before);
	}

	/** Records how far a system meets a required measure; not applicable needs its reason. */
	@Transactional
	public void setMeasure(long id, String measureCode, MeasureStatus status, String reason) {
		requireManager();
		InformationSystem s = get(id);
		String code = measures.current(measureCode);
		requireRequired(s, code);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (status == MeasureStatus.NOT_APPLICABLE && why == null) {
			throw new RuleViolationException("infosec.error.reasonNeeded");
		}
		measures.setStatus(id, code, status, why, CurrentUser.actorName());
		audit.record(AuditRecord.action(MODULE, "MEASURE", SYSTEM, id, s.ownerUnitId(), null,
				new MeasureChange(code, status, why)));
	}

	record MeasureChange(String measure, MeasureStatus status, String reason) {
	}

	/** Attaches an evidence file to a measure: a PDF, an image or a Word document, judged by its content. */
	@Transactional
	public long attachEvidence(long id, String measureCode, String fileName, byte[] content) {
		requireManager();
		InformationSystem s = get(id);
		String code = measures.current(measureCode);
		requireRequired(s, code);
		if (content == null || content.length == 0 || content.length > MAX_EVIDENCE) {
			throw new RuleViolationException("infosec.error.evidenceSize");
		}
		String type = EvidenceType.of(content).orElseThrow(() -> new RuleViolationException("infosec.error.evidenceType"));
		String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		long evidenceId = measures.attach(id, code, name.length() > 255 ? name.substring(0, 255) : name, type, content,
				CurrentUser.actorName());
		audit.record(AuditRecord.action(MODULE, "EVIDENCE", SYSTEM, id, s.ownerUnitId(), null,
				new MeasureChange(code, null, name)));
		return evidenceId;
	}

	@Transactional(readOnly = true)
	public Measures.EvidenceFile evidence(long evidenceId) {
		Measures.EvidenceFile file = measures.evidence(evidenceId)
			.orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
		get(file.systemId());
		return file;
	}

	@Transactional(readOnly = true)
	public List<Measure> catalogue() {
		requireReader();
		return measures.all();
	}

	@Transactional(readOnly = true)
	public Measure measure(String code) {
		return measures.find(code).orElseThrow(() -> new NotFoundException("Measure", code));
	}

	@Transactional
	public void saveMeasure(MeasureForm form, boolean adding) {
		if (!canKeepCatalogue()) {
			throw new AccessDeniedException("infosec.access.catalogue");
		}
		Optional<Measure> before = measures.find(form.code());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "measureForm");
		if (adding && before.isPresent()) {
			errors.rejectValue("code", "infosec.error.codeTaken");
		}
		if (MeasureGroup.of(form.group()).isEmpty()) {
			errors.rejectValue("group", "infosec.error.group");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		measures.save(form);
		Measure after = measures.find(form.code()).orElseThrow();
		audit.record(before.isPresent() ? AuditRecord.changed(MODULE, "Measure", form.code(), null, before.get(), after)
				: AuditRecord.created(MODULE, "Measure", form.code(), null, after));
	}

	private void requireRequired(InformationSystem s, String code) {
		Measure m = measure(code);
		if (!m.active() || m.minLevel() > s.requiredLevel()) {
			throw new RuleViolationException("infosec.error.notRequired");
		}
	}

	private InformationSystem logged(String action, InformationSystem before) {
		InformationSystem after = systems.find(before.id()).orElseThrow();
		audit.record(AuditRecord.action(MODULE, action, SYSTEM, before.id(), after.ownerUnitId(), before, after));
		return after;
	}

	private void check(SystemForm form, Long id) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "systemForm");
		if (form.ownerUnitId() == null || !organisation.isWithinScope(form.ownerUnitId(), CurrentUser.scope())) {
			errors.rejectValue("ownerUnitId", "infosec.error.unit");
		}
		if (form.assetId() != null) {
			Optional<Asset> asset = inventory.find(form.assetId());
			if (asset.isEmpty() || asset.get().kind() != AssetKind.INFORMATION_SYSTEM) {
				errors.rejectValue("assetId", "infosec.error.asset");
			}
			else if (systems.assetTaken(form.assetId(), id)) {
				errors.rejectValue("assetId", "infosec.error.assetTaken");
			}
		}
		else if (id != null) {
			errors.rejectValue("assetId", "infosec.error.asset");
		}
		if (form.kind() == SystemKind.INDUSTRIAL_CONTROL && form.worksGrade() == null) {
			errors.rejectValue("worksGrade", "infosec.error.worksGrade");
		}
		if (form.kind() != null && form.facts().nationalSecurity()
				&& (form.securityHarm() == null || form.securityHarm() == SecurityHarm.NONE)) {
			errors.rejectValue("securityHarm", "infosec.error.securityHarm");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

	private boolean inScope(InformationSystem s) {
		return organisation.isWithinScope(s.ownerUnitId(), CurrentUser.scope());
	}

	private void requireReader() {
		if (!canRead()) {
			throw new AccessDeniedException("infosec.access.denied");
		}
	}

	private void requireManager() {
		if (!canManage()) {
			throw new AccessDeniedException("infosec.access.denied");
		}
	}
}
