package org.govict.infosec.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govict.infosec.AppraisalForm;
import org.govict.infosec.ApprovalForm;
import org.govict.infosec.ChecklistGroup;
import org.govict.infosec.FindingForm;
import org.govict.infosec.Incident;
import org.govict.infosec.IncidentForm;
import org.govict.infosec.IncidentReport;
import org.govict.infosec.IncidentStep;
import org.govict.infosec.Incidents;
import org.govict.infosec.InformationSystem;
import org.govict.infosec.Inspection;
import org.govict.infosec.InspectionForm;
import org.govict.infosec.Inspections;
import org.govict.infosec.LevelRules;
import org.govict.infosec.LevelSuggestion;
import org.govict.infosec.Measure;
import org.govict.infosec.MeasureStatus;
import org.govict.infosec.ProposalForm;
import org.govict.infosec.RemediationForm;
import org.govict.infosec.ReportDeadline;
import org.govict.infosec.RequiredMeasure;
import org.govict.infosec.SecurityLevels;
import org.govict.infosec.StageForm;
import org.govict.infosec.SystemForm;
import org.govict.infosec.Vulnerabilities;
import org.govict.infosec.Vulnerability;
import org.govict.infosec.VulnerabilityForm;
import org.govict.infosec.VulnerabilityStatus;
import org.govict.platform.web.ApiController;
import org.govict.platform.web.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Information security over REST: systems and their level dossiers, levels, the checklist of measures with its
 * evidence, inspections with their findings and remediation tasks, incidents and vulnerabilities.
 */
@ApiController("/api/v1/infosec")
@Validated
@Tag(name = "Information security")
@PreAuthorize("hasAnyRole('SECURITY_OFFICER','LEADER','SYSTEM_ADMIN')")
class InfosecApi {

	private final SecurityLevels levels;

	private final Incidents incidents;

	private final IncidentReport report;

	private final Vulnerabilities vulnerabilities;

	private final Inspections inspections;

	InfosecApi(SecurityLevels levels, Incidents incidents, IncidentReport report, Vulnerabilities vulnerabilities,
			Inspections inspections) {
		this.inspections = inspections;
		this.levels = levels;
		this.incidents = incidents;
		this.report = report;
		this.vulnerabilities = vulnerabilities;
	}

	/** A system with the measures its level requires. */
	record SystemView(InformationSystem system, List<RequiredMeasure> checklist) {
	}

	/** How far a system meets a measure; not applicable needs its reason. */
	record MeasureProgress(@NotNull MeasureStatus status, @Size(max = 2000) String reason) {
	}

	/** What was done to close a remediation task. */
	record Outcome(@Size(max = 2000) String outcome) {
	}

	/** An incident with where it stands against its report deadline, and its steps. */
	/** An incident with where its report stands and, for a serious incident, its initial notification. */
	record IncidentView(Incident incident, ReportDeadline deadline, ReportDeadline noticeDeadline,
			List<IncidentStep> steps) {
	}

	@GetMapping("/systems")
	@Operation(summary = "The information systems of the caller's scope with their levels")
	List<InformationSystem> systems() {
		return levels.list();
	}

	@GetMapping("/systems/{id}")
	SystemView system(@PathVariable long id) {
		return new SystemView(levels.get(id), levels.checklist(id));
	}

	@GetMapping("/systems/{id}/checklist")
	@Operation(summary = "The measures a system's level requires, by the groups of Circular 12/2022/TT-BTTTT, "
			+ "with the progress of each group")
	List<ChecklistGroup> checklist(@PathVariable long id) {
		return levels.checklistByGroup(id);
	}

	@PutMapping("/systems/{id}/measures/{code}")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	@Operation(summary = "Records how far a system meets a required measure; not applicable needs a reason")
	RequiredMeasure setMeasure(@PathVariable long id, @PathVariable String code,
			@Valid @RequestBody MeasureProgress progress) {
		levels.setMeasure(id, code, progress.status(), progress.reason());
		return levels.requiredMeasure(id, code);
	}

	@PostMapping(path = "/systems/{id}/measures/{code}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	@Operation(summary = "Attaches an evidence file to a required measure: a PDF, PNG, JPEG or Word document judged "
			+ "by its content, at most 10 MB; answers with the measure and all its evidence")
	RequiredMeasure attachEvidence(@PathVariable long id, @PathVariable String code,
			@RequestParam("file") MultipartFile file) throws IOException {
		// Refused before the bytes are read, so a large upload is not held in memory.
		if (file.getSize() > SecurityLevels.MAX_EVIDENCE) {
			throw new RuleViolationException("infosec.error.evidenceSize");
		}
		levels.attachEvidence(id, code, file.getOriginalFilename(), file.getBytes());
		return levels.requiredMeasure(id, code);
	}

	@PostMapping("/systems")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Registers a system; without an assetId an information system asset is created")
	InformationSystem register(@Valid @RequestBody SystemForm form) {
		return levels.register(form);
	}

	@PutMapping("/systems/{id}")
	@Operation(summary = "Changes a system's facts; after approval a changed fact flags it to be re-classified")
	InformationSystem change(@PathVariable long id, @RequestParam int version, @Valid @RequestBody SystemForm form) {
		return levels.changeFacts(id, form, version);
	}

	@PostMapping("/systems/{id}/proposal")
	InformationSystem propose(@PathVariable long id, @Valid @RequestBody ProposalForm form) {
		return levels.propose(id, form);
	}

	@PostMapping("/systems/{id}/appraisal")
	InformationSystem appraise(@PathVariable long id, @Valid @RequestBody AppraisalForm form) {
		return levels.appraise(id, form);
	}

	@PostMapping("/systems/{id}/approval")
	@PreAuthorize("hasRole('LEADER')")
	InformationSystem approve(@PathVariable long id, @Valid @RequestBody ApprovalForm form) {
		return levels.approve(id, form);
	}

	@PostMapping("/levels/suggestion")
	@Operation(summary = "The level Decree 331/2026 articles 11-16 give these facts, with the articles that apply",
			description = "The facts of a system form; its name, unit and asset are not needed. A fact left out is no, or none.")
	LevelSuggestion suggest(@RequestBody SystemForm facts) {
		return LevelRules.suggest(facts.facts());
	}

	@GetMapping("/levels/{level}/measures")
	@Operation(summary = "The active measures of the catalogue required at a level")
	List<Measure> measures(@PathVariable @Min(1) @Max(5) int level) {
		return levels.catalogue().stream().filter(m -> m.active() && m.minLevel() <= level).toList();
	}

	@GetMapping("/incidents")
	List<Incident> incidents() {
		return incidents.list();
	}

	@GetMapping("/incidents/{id}")
	IncidentView incident(@PathVariable long id) {
		Incident incident = incidents.get(id);
		return new IncidentView(incident, incident.deadline(incidents.now(), incidents.settings()),
				incident.noticeDeadline(incidents.now(), incidents.settings()), incidents.steps(id));
	}

	@PostMapping("/incidents")
	@ResponseStatus(HttpStatus.CREATED)
	Incident report(@Valid @RequestBody IncidentForm form) {
		return incidents.report(form);
	}

	@PostMapping("/incidents/{id}/stage")
	Incident advance(@PathVariable long id, @Valid @RequestBody StageForm form) {
		return incidents.advance(id, form);
	}

	@PostMapping("/incidents/{id}/noticed")
	@Operation(summary = "Records that the initial notification of a serious incident was sent (Decree 331 art. 31.2.d)")
	Incident noticed(@PathVariable long id) {
		return incidents.markNoticed(id);
	}

	@PostMapping("/incidents/{id}/reported")
	Incident reported(@PathVariable long id) {
		return incidents.markReported(id);
	}

	@GetMapping(path = "/incidents/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(report.pdf(id));
	}

	@GetMapping("/vulnerabilities")
	List<Vulnerability> vulnerabilities() {
		return vulnerabilities.list();
	}

	@PostMapping("/vulnerabilities")
	@ResponseStatus(HttpStatus.CREATED)
	Vulnerability record(@Valid @RequestBody VulnerabilityForm form) {
		return vulnerabilities.record(form);
	}

	@PostMapping("/vulnerabilities/{id}/close")
	Vulnerability close(@PathVariable long id, @RequestParam VulnerabilityStatus status) {
		return vulnerabilities.close(id, status);
	}

	@GetMapping("/inspections")
	@Operation(summary = "The inspections of the caller's scope with their findings and remediation tasks")
	List<Inspection> inspections() {
		return inspections.list();
	}

	@GetMapping("/inspections/{id}")
	Inspection inspection(@PathVariable long id) {
		return inspections.get(id);
	}

	@PostMapping("/inspections")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	@Operation(summary = "Plans an inspection over systems of the caller's scope")
	Inspection plan(@Valid @RequestBody InspectionForm form) {
		return inspections.plan(form);
	}

	@PostMapping("/inspections/{id}/findings")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	@Operation(summary = "Records a finding of an inspection, in one of the systems it covers or in none")
	Inspection addFinding(@PathVariable long id, @Valid @RequestBody FindingForm form) {
		return inspections.addFinding(id, form);
	}

	@PostMapping("/inspections/findings/{findingId}/remediations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	@Operation(summary = "Gives a finding a remediation task: what, who, by when")
	Inspection addRemediation(@PathVariable long findingId, @Valid @RequestBody RemediationForm form) {
		return inspections.addRemediation(findingId, form);
	}

	@PostMapping("/inspections/remediations/{taskId}/close")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	@Operation(summary = "Closes a remediation task with what was done")
	Inspection closeRemediation(@PathVariable long taskId, @Valid @RequestBody(required = false) Outcome outcome) {
		return inspections.closeRemediation(taskId, outcome == null ? null : outcome.outcome());
	}

	@PostMapping("/inspections/{id}/complete")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	@Operation(summary = "Marks an inspection done today")
	Inspection complete(@PathVariable long id) {
		return inspections.complete(id);
	}

	@GetMapping("/inspections/overdue-remediations")
	@Operation(summary = "The open remediation tasks past their due date")
	List<Inspections.Overdue> overdueRemediations() {
		return inspections.overdueRemediations();
	}
}
