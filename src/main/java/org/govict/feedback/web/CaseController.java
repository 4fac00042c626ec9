package org.govict.feedback.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.govict.feedback.Assignment;
import org.govict.feedback.CaseHandling;
import org.govict.feedback.CaseKind;
import org.govict.feedback.CasePage;
import org.govict.feedback.CaseQuery;
import org.govict.feedback.CaseStatus;
import org.govict.feedback.Channel;
import org.govict.feedback.Classification;
import org.govict.feedback.FeedbackCase;
import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.FeedbackTopics;
import org.govict.feedback.Receipt;
import org.govict.feedback.SenderType;
import org.govict.feedback.Step;
import org.govict.feedback.Topic;
import org.govict.feedback.internal.Escalations;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.ServiceUnavailableException;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side: the case list with its due-soon and overdue views, staff intake, and a case's page with its
 * history and a form for each step the reader may take now.
 */
@Controller
@PreAuthorize("hasAnyRole('FEEDBACK_OFFICER','LEADER','SYSTEM_ADMIN')")
class CaseController {

	static final String LIST = "feedback/cases";

	static final String CASE = "feedback/case";

	static final String INTAKE = "feedback/intake";

	private final CaseHandling handling;

	private final FeedbackDesk desk;

	private final FeedbackTopics topics;

	private final Organisation organisation;

	private final Escalations escalations;

	CaseController(CaseHandling handling, FeedbackDesk desk, FeedbackTopics topics, Organisation organisation,
			Escalations escalations) {
		this.escalations = escalations;
		this.handling = handling;
		this.desk = desk;
		this.topics = topics;
		this.organisation = organisation;
	}

	@ModelAttribute("topicNames")
	Map<String, Topic> topicNames() {
		Map<String, Topic> names = new HashMap<>();
		topics.all().forEach(t -> names.put(t.code(), t));
		return names;
	}

	@GetMapping("/feedback/cases")
	String list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseKind kind,
			@RequestParam(required = false) String topic, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String due, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		CaseQuery query = new CaseQuery(status, kind, topic, unit, due, q, Math.max(0, page));
		CasePage result = handling.list(query);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("topics", topics.all());
		model.addAttribute("units", organisation.visibleUnits(true));
		model.addAttribute("unitNames", unitNames(locale));
		model.addAttribute("today", LocalDate.now(FeedbackDesk.VIETNAM));
		return LIST;
	}

	@GetMapping("/feedback/cases/new")
	@PreAuthorize("hasAnyRole('FEEDBACK_OFFICER','SYSTEM_ADMIN')")
	String intakeForm(Model model) {
		SubmissionForm empty = SubmissionForm.empty();
		model.addAttribute("submission", new SubmissionForm(empty.senderType(), "", "", "", "", "", CaseKind.FEEDBACK,
				null, "", "", false, null, List.of(), null, null, null, Channel.PAPER));
		prepareIntake(model);
		return INTAKE;
	}

	@PostMapping("/feedback/cases/new")
	@PreAuthorize("hasAnyRole('FEEDBACK_OFFICER','SYSTEM_ADMIN')")
	String intake(@Valid @ModelAttribute("submission") SubmissionForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (form.channel() == null || !java.util.Arrays.asList(Channel.STAFF_INTAKE).contains(form.channel())) {
			result.rejectValue("channel", "validation.required");
		}
		if (result.hasErrors()) {
			prepareIntake(model);
			return INTAKE;
		}
		try {
			Receipt receipt = desk.enter(form.toSubmission(), form.uploads(), form.channel(), locale);
			if (receipt.duplicate()) {
				result.reject("feedback.error.duplicate", new Object[] { receipt.trackingCode() }, null);
				prepareIntake(model);
				return INTAKE;
			}
			Flash.success(redirect, "feedback.intake.done", receipt.trackingCode(), receipt.secret());
			return "redirect:/feedback/cases/" + receipt.caseId();
		}
		catch (ServiceUnavailableException notSaved) {
			result.reject(notSaved.getMessageKey());
			prepareIntake(model);
			return INTAKE;
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			prepareIntake(model);
			return INTAKE;
		}
	}

	@GetMapping("/feedback/cases/{id}")
	String show(@PathVariable long id, Locale locale, Model model) {
		FeedbackCase c = handling.get(id);
		model.addAttribute("c", c);
		model.addAttribute("history", handling.history(id));
		model.addAttribute("escalation", escalations.of(id).orElse(null));
		model.addAttribute("attachments", handling.attachments(id));
		model.addAttribute("steps", handling.possibleSteps(c));
		model.addAttribute("unitNames", unitNames(locale));
		model.addAttribute("units", organisation.visibleUnits(true));
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("topics", topics.active());
		model.addAttribute("today", LocalDate.now(FeedbackDesk.VIETNAM));
		return CASE;
	}

	@GetMapping("/feedback/cases/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		var info = handling.attachments(id)
			.stream()
			.filter(a -> a.id() == attachmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("FeedbackAttachment", attachmentId));
		byte[] content = handling.attachment(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(info.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(info.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	@PostMapping("/feedback/cases/{id}/classify")
	String classify(@PathVariable long id, @RequestParam CaseKind kind, @RequestParam(required = false) String topicCode,
			@RequestParam(defaultValue = "false") boolean complex, @RequestParam(defaultValue = "false") boolean remoteArea,
			RedirectAttributes redirect) {
		return step(id, Step.CLASSIFIED, redirect,
				() -> handling.classify(id, new Classification(kind, topicCode, complex, remoteArea)));
	}

	@PostMapping("/feedback/cases/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(defaultValue = "") String into,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, Step.MERGED, redirect, () -> handling.merge(id, into, note));
	}

	@PostMapping("/feedback/cases/{id}/spam")
	String spam(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, Step.MARKED_SPAM, redirect, () -> handling.markSpam(id, note));
	}

	@PostMapping("/feedback/cases/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, Step.REJECTED, redirect, () -> handling.reject(id, note));
	}

	@PostMapping("/feedback/cases/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) Long handlingUnitId,
			@RequestParam(required = false) List<Long> coordinatingUnitIds, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return step(id, Step.ASSIGNED, redirect,
				() -> handling.assign(id, new Assignment(handlingUnitId, coordinatingUnitIds, note)));
	}

	@PostMapping("/feedback/cases/{id}/transfer")
	String transfer(@PathVariable long id, @RequestParam(defaultValue = "") String agency,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, Step.TRANSFERRED, redirect, () -> handling.transfer(id, agency, note));
	}

	@PostMapping("/feedback/cases/{id}/request-information")
	String requestInformation(@PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return step(id, Step.INFO_REQUESTED, redirect, () -> handling.requestInformation(id, note));
	}

	@PostMapping("/feedback/cases/{id}/record-information")
	String recordInformation(@PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return step(id, Step.INFO_ADDED, redirect, () -> handling.recordInformation(id, note));
	}

	@PostMapping("/feedback/cases/{id}/notify-parties")
	String notifyParties(@PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return step(id, Step.PARTIES_NOTIFIED, redirect, () -> handling.notifyParties(id, note));
	}

	@PostMapping("/feedback/cases/{id}/work")
	String work(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, Step.WORK_RECORDED, redirect, () -> handling.recordWork(id, note));
	}

	@PostMapping("/feedback/cases/{id}/extend")
	String extend(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, Step.EXTENDED, redirect, () -> handling.extend(id, note));
	}

	@PostMapping("/feedback/cases/{id}/draft")
	String draft(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, Step.ANSWER_DRAFTED, redirect, () -> handling.draftAnswer(id, note));
	}

	@PostMapping("/feedback/cases/{id}/return")
	String returnDraft(@PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return step(id, Step.ANSWER_RETURNED, redirect, () -> handling.returnDraft(id, note));
	}

	@PostMapping("/feedback/cases/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, Step.ANSWER_APPROVED, redirect, () -> handling.approve(id, note));
	}

	@PostMapping("/feedback/cases/{id}/send")
	String send(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, Step.ANSWER_SENT, redirect, () -> handling.sendAnswer(id));
	}

	@PostMapping("/feedback/cases/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, Step.CLOSED, redirect, () -> handling.close(id, note));
	}

	@PostMapping("/feedback/cases/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, Step.REOPENED, redirect, () -> handling.reopen(id, note));
	}

	/** Takes a step and comes back to the case, saying what was done or why it was refused. */
	private String step(long id, Step step, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			Flash.success(redirect, "feedback.done." + step);
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
		}
		return "redirect:/feedback/cases/" + id;
	}

	private void prepareIntake(Model model) {
		model.addAttribute("desks", organisation.visibleUnits(true));
		model.addAttribute("topics", topics.active());
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("senderTypes", SenderType.values());
		model.addAttribute("channels", Channel.STAFF_INTAKE);
		model.addAttribute("maxAttachments", desk.settings().maxAttachments());
		model.addAttribute("maxAttachmentMb", desk.settings().maxAttachmentSize().toMegabytes());
	}

	private Map<Long, String> unitNames(Locale locale) {
		Map<Long, String> names = new HashMap<>();
		for (OrganisationUnit unit : organisation.allUnscoped()) {
			names.put(unit.id(), unit.name(locale));
		}
		return names;
	}
}
