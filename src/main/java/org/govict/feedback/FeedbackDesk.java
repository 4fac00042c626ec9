package org.govict.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.govict.feedback.internal.Attachments;
import org.govict.feedback.internal.CaseSteps;
import org.govict.feedback.internal.Cases;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.files.AttachedContent;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The feedback desk's front: it receives cases from the public form and from staff who enter what came on paper,
 * by phone or by e-mail, and answers senders who come back with their tracking code and secret. A case is
 * acknowledged only once it is committed with its attachments, in one transaction with its history, its audit
 * entry and the receipt e-mail.
 */
@Service
public class FeedbackDesk {

	public static final String MODULE = "feedback";

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The actor the history and the audit trail name for what a sender did without signing in. */
	static final String SENDER_ACTOR = "sender";

	/** Steps whose note is written for the sender and shown on their status page. */
	private static final Set<Step> NOTES_FOR_SENDER = EnumSet.of(Step.INFO_REQUESTED, Step.INFO_ADDED, Step.REJECTED,
			Step.TRANSFERRED, Step.EXTENDED, Step.REOPENED);

	private final Cases cases;

	private final CaseSteps steps;

	private final Attachments attachments;

	private final FeedbackTopics topics;

	private final CaseDeadlines deadlines;

	private final CaseLog log;

	private final Organisation organisation;

	private final FeedbackSettings settings;

	private final IntakeRegister register;

	FeedbackDesk(Cases cases, CaseSteps steps, Attachments attachments, FeedbackTopics topics,
			CaseDeadlines deadlines, CaseLog log, Organisation organisation, FeedbackSettings settings,
			IntakeRegister register) {
		this.cases = cases;
		this.steps = steps;
		this.attachments = attachments;
		this.topics = topics;
		this.deadlines = deadlines;
		this.log = log;
		this.organisation = organisation;
		this.settings = settings;
		this.register = register;
	}

	static LocalDate today() {
		return LocalDate.now(VIETNAM);
	}

	static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, VIETNAM);
	}

	/** The units the public form sends to; the first is the default. */
	@Transactional(readOnly = true)
	public List<OrganisationUnit> deskUnits() {
		List<OrganisationUnit> units = settings.deskUnits()
			.stream()
			.map(organisation::findByCodeUnscoped)
			.flatMap(Optional::stream)
			.filter(OrganisationUnit::active)
			.toList();
		if (!units.isEmpty()) {
			return units;
		}
		return organisation.allUnscoped().stream().filter(u -> u.parentId() == null && u.active()).toList();
	}

	public FeedbackSettings settings() {
		return settings;
	}

	/**
	 * Receives a case from the public form.
	 * @throws InvalidInputException naming the fields at fault, the attachments included
	 * @throws org.govict.platform.web.ServiceUnavailableException when the case could not be written now
	 */
	public Receipt submit(Submission input, List<Upload> uploads, Locale locale) {
		Submission form = input.normalised();
		List<OrganisationUnit> desks = deskUnits();
		BeanPropertyBindingResult errors = check(form);
		List<CheckedFile> files = checkFiles(uploads, errors, "attachments");
		Long unitId = form.receivingUnitId();
		if (unitId == null && !desks.isEmpty()) {
			unitId = desks.get(0).id();
		}
		final Long chosen = unitId;
		if (chosen == null || desks.stream().noneMatch(u -> u.id().equals(chosen))) {
			errors.rejectValue("receivingUnitId", "feedback.error.unit");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		return register(form, files, Channel.ONLINE, chosen, locale, SENDER_ACTOR);
	}

	/**
	 * Enters a case that came on paper, by phone or by e-mail, as the law requires; the staff member gives the
	 * sender the tracking code and secret.
	 */
	public Receipt enter(Submission input, List<Upload> uploads, Channel channel, Locale locale) {
		if (!CaseHandling.canEnter()) {
			throw new AccessDeniedException("feedback.access.denied");
		}
		Submission form = input.normalised();
		BeanPropertyBindingResult errors = check(form);
		List<CheckedFile> files = checkFiles(uploads, errors, "attachments");
		if (channel == null || channel == Channel.ONLINE) {
			errors.reject("feedback.error.channel");
		}
		if (form.receivingUnitId() == null
				|| !organisation.isWithinScope(form.receivingUnitId(), CurrentUser.scope())) {
			errors.rejectValue("receivingUnitId", "feedback.error.unit");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		return register(form, files, channel, form.receivingUnitId(), locale, CurrentUser.actorName());
	}

	/**
	 * What the desk's own checks find wrong with a submission, besides its files: for a form to show them together
	 * with the bean validation errors, so that the sender corrects everything at once.
	 */
	public List<FieldError> problems(Submission input) {
		return check(input.normalised()).getFieldErrors();
	}

	/** The case behind a tracking code, if the secret matches; nothing at all otherwise. */
	@Transactional(readOnly = true)
	public Optional<SenderView> status(String trackingCode, String secret) {
		return open(trackingCode, secret).map(this::view);
	}

	/**
	 * Adds what the sender was asked for; the clock runs again from today.
	 * @throws RuleViolationException when the desk is not waiting for the sender
	 */
	@Transactional
	public SenderView addInformation(String trackingCode, String secret, String text, List<Upload> uploads) {
		FeedbackCase c = open(trackingCode, secret).orElseThrow(() -> new RuleViolationException("feedback.status.notFound"));
		if (c.status() != CaseStatus.WAITING_FOR_SENDER) {
			throw new RuleViolationException("feedback.status.notWaiting");
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Object(), "information");
		String note = text == null ? "" : text.strip();
		if (note.isEmpty()) {
			errors.reject("feedback.error.informationRequired");
		}
		if (note.length() > Submission.MAX_CONTENT) {
			errors.reject("feedback.error.informationTooLong", new Object[] { Submission.MAX_CONTENT }, null);
		}
		List<CheckedFile> files = checkFiles(uploads, errors, null);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		long stepId = resume(c, note, SENDER_ACTOR);
		store(c.id(), stepId, files);
		return view(cases.find(c.id()).orElseThrow());
	}

	/** Ends a wait for the sender: their answer is recorded and the deadline moves on by the days waited. */
	long resume(FeedbackCase c, String note, String actor) {
		CaseDraft draft = new CaseDraft(c);
		draft.status = c.acceptedOn() == null ? CaseStatus.RECEIVED : CaseStatus.IN_PROGRESS;
		draft.pausedSince = null;
		long stepId = steps.insert(c.id(), Step.INFO_ADDED, c.status(), draft.status, note, actor);
		deadlines.apply(draft, steps.ofCase(c.id()));
		FeedbackCase after = draft.toCase();
		if (!cases.update(after)) {
			throw new RuleViolationException("validation.stale");
		}
		log.announce(c, after, Step.INFO_ADDED, note, actor);
		return stepId;
	}

	private Optional<FeedbackCase> open(String trackingCode, String secret) {
		if (trackingCode == null || secret == null || trackingCode.isBlank() || secret.isBlank()) {
			return Optional.empty();
		}
		return cases.findByCode(CaseCodes.normalise(trackingCode))
			.filter(c -> CaseCodes.sameHash(cases.secretHash(c.id()).orElse(null), CaseCodes.secretHash(secret)));
	}

	private SenderView view(FeedbackCase c) {
		List<SenderView.SenderStep> shown = steps.ofCase(c.id())
			.stream()
			.filter(CaseStep::visibleToSender)
			.map(s -> new SenderView.SenderStep(s.step(), NOTES_FOR_SENDER.contains(s.step()) ? s.note() : null, s.at()))
			.toList();
		boolean answered = c.status() == CaseStatus.ANSWERED || c.status() == CaseStatus.CLOSED;
		return new SenderView(c.trackingCode(), c.kind(), c.title(), c.status(), c.receivedOn(),
				c.status().isOpen() ? c.dueOn() : null, c.clockStopped(), c.handlingUnitId(), c.receivingUnitId(),
				answered ? c.answer() : null, shown);
	}

	/**
	 * Hands the checked case to the intake register, which answers once the case is committed; everything that
	 * needs no database is prepared here, on the request's thread.
	 */
	private Receipt register(Submission form, List<CheckedFile> files, Channel channel, long unitId, Locale locale,
			String actor) {
		LocalDate today = today();
		String secret = CaseCodes.secret();
		String language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi";
		Cases.NewCase newCase = new Cases.NewCase(CaseCodes.trackingCode(today), CaseCodes.secretHash(secret),
				form.kind(), form.topicCode(), channel, form.senderType(), form.senderName(), form.senderEmail(),
				form.senderPhone(), form.senderAddress(), form.senderIdNumber(), language, form.title(), form.content(),
				CaseCodes.contentHash(form), Boolean.TRUE.equals(form.publishConsent()), unitId, today,
				deadlines.onReceipt(form.kind(), today));
		String auditActor = SENDER_ACTOR.equals(actor) ? actor : CurrentUser.actorName();
		return register.write(new IntakeRegister.Entry(newCase, secret, files, actor, auditActor, clientAddress(),
				new CompletableFuture<>()));
	}

	private static String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	private BeanPropertyBindingResult check(Submission form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "submission");
		if (form.senderType() == null) {
			errors.rejectValue("senderType", "validation.required");
		}
		if (form.kind() == null) {
			errors.rejectValue("kind", "validation.required");
		}
		if (form.senderName() == null) {
			errors.rejectValue("senderName", "validation.required");
		}
		if (form.title() == null) {
			errors.rejectValue("title", "validation.required");
		}
		if (form.content() == null) {
			errors.rejectValue("content", "validation.required");
		}
		else if (form.content().length() > Submission.MAX_CONTENT) {
			errors.rejectValue("content", "validation.tooLong", new Object[] { Submission.MAX_CONTENT }, null);
		}
		if (form.senderEmail() == null && form.senderPhone() == null) {
			errors.rejectValue("senderEmail", "feedback.error.contact");
		}
		if (form.topicCode() != null && topics.find(form.topicCode()).filter(Topic::active).isEmpty()) {
			errors.rejectValue("topicCode", "feedback.error.topic");
		}
		if (form.kind() != null && form.kind().needsIdentity() && form.senderType() != null) {
			if (!SenderIdentity.isValid(form.senderType(), form.senderIdNumber())) {
				errors.rejectValue("senderIdNumber", form.senderType().identifiedByTaxCode() ? "feedback.error.taxCode"
						: "feedback.error.personalId");
			}
			if (form.senderAddress() == null) {
				errors.rejectValue("senderAddress", "feedback.error.addressRequired");
			}
		}
		else if (form.senderIdNumber() != null && form.senderType() != null
				&& !SenderIdentity.isValid(form.senderType(), form.senderIdNumber())) {
			errors.rejectValue("senderIdNumber",
					form.senderType().identifiedByTaxCode() ? "feedback.error.taxCode" : "feedback.error.personalId");
		}
		return errors;
	}

	/** A file that passed the checks, with what it really is. */
	record CheckedFile(String fileName, String contentType, byte[] content, String sha256) {
	}

	/** Checks the files by count, size and content; errors go on {@code field}, or on the whole form when null. */
	List<CheckedFile> checkFiles(List<Upload> uploads, BeanPropertyBindingResult errors, String field) {
		List<Upload> given = uploads == null ? List.of()
				: uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
		ArrayList<CheckedFile> files = new ArrayList<>();
		if (given.size() > settings.maxAttachments()) {
			reject(errors, field, "feedback.error.tooManyFiles", settings.maxAttachments());
			return files;
		}
		for (Upload upload : given) {
			String name = displayName(upload.fileName());
			if (upload.content().length > settings.maxAttachmentSize().toBytes()) {
				reject(errors, field, "feedback.error.fileTooLarge", name, settings.maxAttachmentSize().toMegabytes());
				continue;
			}
			Optional<String> type = AttachedContent.typeOf(upload.content());
			if (type.isEmpty()) {
				reject(errors, field, "feedback.error.fileType", name);
				continue;
			}
			files.add(new CheckedFile(safeName(name, type.get()), type.get(), upload.content(),
					CaseCodes.sha256(upload.content())));
		}
		return files;
	}

	private void store(long caseId, Long stepId, List<CheckedFile> files) {
		for (CheckedFile file : files) {
			attachments.insert(caseId, stepId, file.fileName(), file.contentType(), file.content(), file.sha256());
		}
	}

	/**
	 * The files are no property of the submission, so their errors are added as field errors by name, for the form
	 * that carries them to show next to its file input.
	 */
	private static void reject(BeanPropertyBindingResult errors, String field, String code, Object... args) {
		if (field == null) {
			errors.reject(code, args, null);
		}
		else {
			errors.addError(new FieldError(errors.getObjectName(), field, null, false,
					errors.resolveMessageCodes(code, field), args, null));
		}
	}

	private static String displayName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "").strip();
		return base.isEmpty() ? "file" : base.length() > 200 ? base.substring(0, 200) : base;
	}

	/** The name to save a file under: the sender's, without its extension, with the extension of what it is. */
	static String safeName(String name, String type) {
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		return base + AttachedContent.extension(type);
	}
}
