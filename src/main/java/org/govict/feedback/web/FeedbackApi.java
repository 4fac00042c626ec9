package org.govict.feedback.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govict.feedback.Assignment;
import org.govict.feedback.CaseHandling;
import org.govict.feedback.CaseKind;
import org.govict.feedback.CasePage;
import org.govict.feedback.CaseQuery;
import org.govict.feedback.CaseStatus;
import org.govict.feedback.CaseStep;
import org.govict.feedback.Channel;
import org.govict.feedback.Classification;
import org.govict.feedback.DeadlineRule;
import org.govict.feedback.DeadlineRules;
import org.govict.feedback.FeedbackCase;
import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.FeedbackTopics;
import org.govict.feedback.Receipt;
import org.govict.feedback.RuleForm;
import org.govict.feedback.Stage;
import org.govict.feedback.Submission;
import org.govict.feedback.Topic;
import org.govict.feedback.TopicForm;
import org.govict.feedback.Upload;
import org.govict.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The feedback desk for staff and other systems: cases with their history and every step of their handling, the
 * deadline rules and the topics. Each answer is what the same user would see on the pages. A partner system (the
 * public-service portal, the 1022 hotline) whose token carries {@value CaseHandling#INTAKE_SCOPE} may enter cases,
 * and nothing else.
 */
@ApiController("/api/v1/feedback")
@PreAuthorize("hasAnyRole('FEEDBACK_OFFICER','LEADER','SYSTEM_ADMIN')")
class FeedbackApi {

	private final CaseHandling handling;

	private final FeedbackDesk desk;

	private final DeadlineRules rules;

	private final FeedbackTopics topics;

	FeedbackApi(CaseHandling handling, FeedbackDesk desk, DeadlineRules rules, FeedbackTopics topics) {
		this.handling = handling;
		this.desk = desk;
		this.rules = rules;
		this.topics = topics;
	}

	/** Staff, or a token that carries the intake scope (its owner still holding a role that allows it). */
	static final String MAY_ENTER = "hasAnyRole('FEEDBACK_OFFICER','LEADER','SYSTEM_ADMIN') or hasAuthority('SCOPE_"
			+ CaseHandling.INTAKE_SCOPE + "')";

	/** A case entered by staff (what came on paper, by phone or by e-mail), or forwarded by another system. */
	record Intake(@NotNull @Valid Submission submission, @NotNull Channel channel) {
	}

	/** The text of a step: a note, a question for the sender, a reason, or the answer itself. */
	record StepText(@Size(max = 8000) String note) {
	}

	record TransferRequest(String agency, @Size(max = 4000) String note) {
	}

	record MergeRequest(String into, @Size(max = 4000) String note) {
	}

	@GetMapping("/cases")
	CasePage cases(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseKind kind,
			@RequestParam(required = false) String topic, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String due, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page) {
		return handling.list(new CaseQuery(status, kind, topic, unit, due, q, Math.max(0, page)));
	}

	@PostMapping("/cases")
	@PreAuthorize(MAY_ENTER)
	@ResponseStatus(HttpStatus.CREATED)
	Receipt enter(@Valid @RequestBody Intake intake, Locale locale) {
		return desk.enter(intake.submission(), List.of(), intake.channel(), locale);
	}

	/** The same, with the files that came with the case: the intake as a JSON part, the files as "files" parts. */
	@PostMapping(path = "/cases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(MAY_ENTER)
	@ResponseStatus(HttpStatus.CREATED)
	Receipt enterWithFiles(@Valid @RequestPart("intake") Intake intake,
			@RequestPart(name = "files", required = false) List<MultipartFile> files, Locale locale)
			throws IOException {
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
		}
		return desk.enter(intake.submission(), uploads, intake.channel(), locale);
	}

	@GetMapping("/cases/{id}")
	FeedbackCase get(@PathVariable long id) {
		return handling.get(id);
	}

	@GetMapping("/cases/{id}/history")
	List<CaseStep> history(@PathVariable long id) {
		return handling.history(id);
	}

	@PostMapping("/cases/{id}/classify")
	FeedbackCase classify(@PathVariable long id, @Valid @RequestBody Classification classification) {
		return handling.classify(id, classification);
	}

	@PostMapping("/cases/{id}/merge")
	FeedbackCase merge(@PathVariable long id, @RequestBody MergeRequest merge) {
		return handling.merge(id, merge.into(), merge.note());
	}

	@PostMapping("/cases/{id}/spam")
	FeedbackCase spam(@PathVariable long id, @RequestBody(required = false) StepText text) {
		return handling.markSpam(id, note(text));
	}

	@PostMapping("/cases/{id}/reject")
	FeedbackCase reject(@PathVariable long id, @Valid @RequestBody StepText text) {
		return handling.reject(id, note(text));
	}

	@PostMapping("/cases/{id}/assign")
	FeedbackCase assign(@PathVariable long id, @Valid @RequestBody Assignment assignment) {
		return handling.assign(id, assignment);
	}

	@PostMapping("/cases/{id}/transfer")
	FeedbackCase transfer(@PathVariable long id, @Valid @RequestBody TransferRequest transfer) {
		return handling.transfer(id, transfer.agency(), transfer.note());
	}

	@PostMapping("/cases/{id}/request-information")
	FeedbackCase requestInformation(@PathVariable long id, @Valid @RequestBody StepText text) {
		return handling.requestInformation(id, note(text));
	}

	@PostMapping("/cases/{id}/record-information")
	FeedbackCase recordInformation(@PathVariable long id, @Valid @RequestBody StepText text) {
		return handling.recordInformation(id, note(text));
	}

	@PostMapping("/cases/{id}/notify-parties")
	FeedbackCase notifyParties(@PathVariable long id, @Valid @RequestBody StepText text) {
		return handling.notifyParties(id, note(text));
	}

	@PostMapping("/cases/{id}/work")
	FeedbackCase work(@PathVariable long id, @Valid @RequestBody StepText text) {
		return handling.recordWork(id, note(text));
	}

	@PostMapping("/cases/{id}/extend")
	FeedbackCase extend(@PathVariable long id, @Valid @RequestBody StepText text) {
		return handling.extend(id, note(text));
	}

	@PostMapping("/cases/{id}/draft")
	FeedbackCase draft(@PathVariable long id, @Valid @RequestBody StepText text) {
		return handling.draftAnswer(id, note(text));
	}

	@PostMapping("/cases/{id}/return")
	FeedbackCase returnDraft(@PathVariable long id, @Valid @RequestBody StepText text) {
		return handling.returnDraft(id, note(text));
	}

	@PostMapping("/cases/{id}/approve")
	FeedbackCase approve(@PathVariable long id, @RequestBody(required = false) StepText text) {
		return handling.approve(id, note(text));
	}

	@PostMapping("/cases/{id}/send")
	FeedbackCase send(@PathVariable long id) {
		return handling.sendAnswer(id);
	}

	@PostMapping("/cases/{id}/close")
	FeedbackCase close(@PathVariable long id, @RequestBody(required = false) StepText text) {
		return handling.close(id, note(text));
	}

	@PostMapping("/cases/{id}/reopen")
	FeedbackCase reopen(@PathVariable long id, @Valid @RequestBody StepText text) {
		return handling.reopen(id, note(text));
	}

	@GetMapping("/rules")
	List<DeadlineRule> rules() {
		return rules.all();
	}

	@PutMapping("/rules/{kind}/{stage}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	DeadlineRule changeRule(@PathVariable CaseKind kind, @PathVariable Stage stage, @Valid @RequestBody RuleForm form) {
		return rules.change(kind, stage, form);
	}

	@GetMapping("/topics")
	List<Topic> topics() {
		return topics.all();
	}

	@PostMapping("/topics")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	Topic addTopic(@Valid @RequestBody TopicForm form) {
		return topics.add(form);
	}

	@PutMapping("/topics/{code}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	Topic changeTopic(@PathVariable String code, @Valid @RequestBody TopicForm form) {
		return topics.change(code, new TopicForm(code, form.nameVi(), form.nameEn(), form.sortOrder(), form.active()));
	}

	private static String note(StepText text) {
		return text == null ? null : text.note();
	}
}
