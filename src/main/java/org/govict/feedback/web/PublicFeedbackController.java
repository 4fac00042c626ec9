package org.govict.feedback.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.govict.feedback.CaseKind;
import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.FeedbackTopics;
import org.govict.feedback.Receipt;
import org.govict.feedback.SenderType;
import org.govict.feedback.SenderView;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.ServiceUnavailableException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of the desk, without sign-in: the form, the receipt with the tracking code and secret, and the
 * status page where the sender follows their case and adds what they are asked for. A form with errors comes back
 * with everything the sender typed and a message at each field at fault.
 */
@Controller
class PublicFeedbackController {

	static final String FORM = "feedback/public/form";

	static final String RECEIPT = "feedback/public/receipt";

	static final String STATUS = "feedback/public/status";

	private final FeedbackDesk desk;

	private final FeedbackTopics topics;

	private final Organisation organisation;

	private final Challenges challenges;

	private final RateLimits limits;

	private final MessageSource messages;

	PublicFeedbackController(FeedbackDesk desk, FeedbackTopics topics, Organisation organisation,
			Challenges challenges, RateLimits limits, MessageSource messages) {
		this.desk = desk;
		this.topics = topics;
		this.organisation = organisation;
		this.challenges = challenges;
		this.limits = limits;
		this.messages = messages;
	}

	@GetMapping("/feedback/new")
	String form(Model model) {
		model.addAttribute("submission", SubmissionForm.empty());
		prepare(model, challenges.issue());
		return FORM;
	}

	@PostMapping("/feedback/new")
	String submit(@Valid @ModelAttribute("submission") SubmissionForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!limits.allow(RateLimits.Action.SUBMIT, request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			result.reject("feedback.error.rateLimited");
			return again(model);
		}
		if (form.website() != null && !form.website().isBlank()) {
			result.reject("feedback.error.refused");
			return again(model);
		}
		if (!challenges.accept(form.challengeToken(), form.challengeAnswer())) {
			result.rejectValue("challengeAnswer", "feedback.challenge.wrong");
		}
		if (result.hasErrors()) {
			addProblems(form, result);
			return again(model);
		}
		try {
			Receipt receipt = desk.submit(form.toSubmission(), form.uploads(), locale);
			if (receipt.duplicate()) {
				result.reject("feedback.error.duplicate", new Object[] { receipt.trackingCode() }, null);
				return again(model);
			}
			redirect.addFlashAttribute("receipt", receipt);
			return "redirect:/feedback/receipt";
		}
		catch (ServiceUnavailableException notSaved) {
			result.reject(notSaved.getMessageKey());
			return again(model);
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return again(model);
		}
	}

	/** The receipt is shown once, after the redirect; coming back to it later leads to the status page. */
	@GetMapping("/feedback/receipt")
	String receipt(Model model) {
		if (!model.containsAttribute("receipt")) {
			return "redirect:/feedback/status";
		}
		return RECEIPT;
	}

	@GetMapping("/feedback/status")
	String statusForm(Model model) {
		model.addAttribute("code", "");
		return STATUS;
	}

	/** The status, by POST so that the secret never appears in an address, a log or the browser's history. */
	@PostMapping("/feedback/status")
	String status(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String secret,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		model.addAttribute("code", code);
		if (!limits.allow(RateLimits.Action.LOOKUP, request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("lookupError", "feedback.error.rateLimited");
			return STATUS;
		}
		Optional<SenderView> view = desk.status(code, secret);
		if (view.isEmpty()) {
			model.addAttribute("lookupError", "feedback.status.notFound");
			return STATUS;
		}
		show(view.get(), secret, locale, model);
		return STATUS;
	}

	@PostMapping("/feedback/status/information")
	String addInformation(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String secret,
			@RequestParam(defaultValue = "") String information,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		model.addAttribute("code", code);
		if (!limits.allow(RateLimits.Action.LOOKUP, request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("lookupError", "feedback.error.rateLimited");
			return STATUS;
		}
		try {
			SenderView view = desk.addInformation(code, secret, information, SubmissionForm.uploads(files));
			model.addAttribute("informationAdded", true);
			show(view, secret, locale, model);
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("information", information);
			model.addAttribute("informationErrors", invalid.getErrors()
				.getAllErrors()
				.stream()
				.map(ObjectError.class::cast)
				.map(e -> messages.getMessage(e, locale))
				.toList());
			desk.status(code, secret).ifPresent(v -> show(v, secret, locale, model));
		}
		catch (RuleViolationException refused) {
			Optional<SenderView> view = desk.status(code, secret);
			if (view.isEmpty()) {
				model.addAttribute("lookupError", "feedback.status.notFound");
			}
			else {
				model.addAttribute("informationErrors",
						List.of(messages.getMessage(refused.getMessageKey(), refused.getArguments(), locale)));
				show(view.get(), secret, locale, model);
			}
		}
		return STATUS;
	}

	/** The desk's own checks, on the fields bean validation found nothing wrong with. */
	private void addProblems(SubmissionForm form, BindingResult result) {
		for (FieldError problem : desk.problems(form.toSubmission())) {
			if (!result.hasFieldErrors(problem.getField())) {
				result.addError(new FieldError(result.getObjectName(), problem.getField(),
						result.getFieldValue(problem.getField()), false, problem.getCodes(), problem.getArguments(),
						problem.getDefaultMessage()));
			}
		}
	}

	private void show(SenderView view, String secret, Locale locale, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("secret", secret);
		Long unitId = view.handlingUnitId() != null ? view.handlingUnitId() : view.receivingUnitId();
		model.addAttribute("unitName",
				organisation.findUnscoped(unitId).map(u -> u.name(locale)).orElse(""));
	}

	/** The form again with what the sender typed; the files must be chosen again and the challenge is a new one. */
	private String again(Model model) {
		prepare(model, challenges.issue());
		return FORM;
	}

	private void prepare(Model model, Challenges.Challenge challenge) {
		List<OrganisationUnit> desks = desk.deskUnits();
		model.addAttribute("desks", desks);
		model.addAttribute("topics", topics.active());
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("senderTypes", SenderType.values());
		model.addAttribute("challenge", challenge);
		model.addAttribute("maxAttachments", desk.settings().maxAttachments());
		model.addAttribute("maxAttachmentMb", desk.settings().maxAttachmentSize().toMegabytes());
	}
}
