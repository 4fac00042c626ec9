package org.govict.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.feedback.internal.Attachments;
import org.govict.feedback.internal.CaseSteps;
import org.govict.feedback.internal.Cases;
import org.govict.organisation.Organisation;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff side of the desk: triage, assignment, transfer, the wait for the sender, the record of the work,
 * extensions, the answer and its approval by a leader, closing and reopening. Feedback officers do the work and
 * leaders approve the answers, each within their data scope: a case is seen by the units that received it, handle
 * it or help with it. Every step goes into the case's history and the audit trail; opening a case, which shows
 * the sender's personal data, is audited as a view.
 */
@Service
public class CaseHandling {

	public static final String OFFICER = "FEEDBACK_OFFICER";

	/** The account of another system that forwards cases to the desk (hệ thống đối tác): the 1022 hotline, a portal. */
	public static final String PARTNER_SYSTEM = "PARTNER_SYSTEM";

	/** The API scope to enter cases, and nothing else, through {@code POST /api/v1/feedback/cases}. */
	public static final String INTAKE_SCOPE = "feedback:intake";

	private final Cases cases;

	private final CaseSteps steps;

	private final Attachments attachments;

	private final CaseDeadlines deadlines;

	private final CaseLog log;

	private final FeedbackDesk desk;

	private final FeedbackTopics topics;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final FeedbackSettings settings;

	CaseHandling(Cases cases, CaseSteps steps, Attachments attachments, CaseDeadlines deadlines, CaseLog log,
			FeedbackDesk desk, FeedbackTopics topics, Organisation organisation, AuditTrail audit,
			FeedbackSettings settings) {
		this.cases = cases;
		this.steps = steps;
		this.attachments = attachments;
		this.deadlines = deadlines;
		this.log = log;
		this.desk = desk;
		this.topics = topics;
		this.organisation = organisation;
		this.audit = audit;
		this.settings = settings;
	}

	/** Whether the current user does the desk's work. */
	public static boolean canHandle() {
		return CurrentUser.hasRole(OFFICER) || CurrentUser.hasRole(Roles.SYSTEM_ADMIN);
	}

	/**
	 * Whether the current request may enter a case: a feedback officer or an administrator, or another system whose
	 * API token carries {@value #INTAKE_SCOPE}.
	 */
	public static boolean canEnter() {
		return canHandle() || CurrentUser.tokenCarries(INTAKE_SCOPE);
	}

	/** Whether the current user approves answers. */
	public static boolean canApprove() {
		return CurrentUser.hasRole(Roles.LEADER);
	}

	public static boolean canRead() {
		return canHandle() || canApprove();
	}

	// ---- Reading ----

	@Transactional(readOnly = true)
	public CasePage list(CaseQuery query) {
		requireReader();
		DataScope scope = CurrentUser.scope();
		if (scope.coversNothing()) {
			return new CasePage(List.of(), 0, 0);
		}
		List<String> prefixes = scope.unrestricted() ? null : organisation.pathPrefixes(scope);
		LocalDate today = FeedbackDesk.today();
		LocalDate soon = today.plusDays(settings.dueSoonDays());
		return new CasePage(cases.search(query, prefixes, today, soon), cases.count(query, prefixes, today, soon),
				query.page() == null ? 0 : query.page());
	}

	/** A case with the sender's personal data; the view goes on the audit trail. */
	@Transactional
	public FeedbackCase get(long id) {
		FeedbackCase c = visible(id);
		audit.record(AuditRecord.viewed(FeedbackDesk.MODULE, CaseLog.RECORD, id, c.responsibleUnitId())
			.withSummary(c.trackingCode()));
		return c;
	}

	@Transactional(readOnly = true)
	public List<CaseStep> history(long id) {
		visible(id);
		return steps.ofCase(id);
	}

	@Transactional(readOnly = true)
	public List<AttachmentInfo> attachments(long id) {
		visible(id);
		return attachments.ofCase(id);
	}

	/** An attachment's bytes; the download is audited as a view. */
	@Transactional
	public byte[] attachment(long id, long attachmentId) {
		FeedbackCase c = visible(id);
		byte[] content = attachments.content(id, attachmentId)
			.orElseThrow(() -> new NotFoundException("FeedbackAttachment", attachmentId));
		audit.record(AuditRecord.viewed(FeedbackDesk.MODULE, "FeedbackAttachment", attachmentId, c.responsibleUnitId())
			.withSummary(c.trackingCode()));
		return content;
	}

	// ---- Triage ----

	/** Sets the kind, topic and complexity; the deadlines follow the rules of the new kind. */
	@Transactional
	public FeedbackCase classify(long id, Classification classification) {
		if (classification.topicCode() != null && !classification.topicCode().isBlank()
				&& topics.find(classification.topicCode()).isEmpty()) {
			throw new RuleViolationException("feedback.error.topic");
		}
		return act(id, Step.CLASSIFIED, describe(classification), d -> {
			d.kind = classification.kind();
			d.topicCode = classification.topicCode() == null || classification.topicCode().isBlank() ? null
					: classification.topicCode();
			d.complex = Boolean.TRUE.equals(classification.complex());
			d.remoteArea = Boolean.TRUE.equals(classification.remoteArea());
		});
	}

	/** Merges a duplicate into the case it repeats; the other case's history records it. */
	@Transactional
	public FeedbackCase merge(long id, String intoTrackingCode, String note) {
		FeedbackCase target = cases.findByCode(CaseCodes.normalise(intoTrackingCode))
			.filter(this::isVisible)
			.orElseThrow(() -> new RuleViolationException("feedback.merge.unknown", intoTrackingCode));
		if (target.id() == id || !target.status().isOpen()) {
			throw new RuleViolationException("feedback.merge.invalid", intoTrackingCode);
		}
		FeedbackCase merged = act(id, Step.MERGED, joined(target.trackingCode(), note), d -> d.mergedInto = target.id());
		act(target.id(), Step.WORK_RECORDED, joined(merged.trackingCode(), note), d -> {
		});
		return merged;
	}

	@Transactional
	public FeedbackCase markSpam(long id, String note) {
		return act(id, Step.MARKED_SPAM, note, d -> {
		});
	}

	/** Refuses a case that is not receivable (không đủ điều kiện thụ lý), with the reason the sender is told. */
	@Transactional
	public FeedbackCase reject(long id, String reason) {
		String text = required(reason);
		return act(id, Step.REJECTED, text, d -> d.rejectReason = text);
	}

	// ---- Assignment ----

	/**
	 * Gives the case to the unit that settles it, with the units that help. Assigning a case received but not yet
	 * accepted accepts it (thụ lý) today, and its settling clock starts.
	 */
	@Transactional
	public FeedbackCase assign(long id, Assignment assignment) {
		DataScope scope = CurrentUser.scope();
		if (assignment.handlingUnitId() == null || organisation.findUnscoped(assignment.handlingUnitId()).isEmpty()) {
			throw new RuleViolationException("feedback.assign.unknownUnit");
		}
		if (!organisation.isWithinScope(assignment.handlingUnitId(), scope)) {
			throw new RuleViolationException("feedback.assign.outsideScope");
		}
		LinkedHashSet<Long> helpers = new LinkedHashSet<>(
				assignment.coordinatingUnitIds() == null ? List.of() : assignment.coordinatingUnitIds());
		helpers.remove(assignment.handlingUnitId());
		for (Long unit : helpers) {
			if (unit == null || organisation.findUnscoped(unit).isEmpty()) {
				throw new RuleViolationException("feedback.assign.unknownUnit");
			}
		}
		cases.setCoordinatingUnits(id, List.copyOf(helpers));
		return act(id, Step.ASSIGNED, assignment.note(), d -> {
			d.handlingUnitId = assignment.handlingUnitId();
			if (d.acceptedOn == null) {
				d.acceptedOn = FeedbackDesk.today();
			}
		});
	}

	/** Sends a case outside the desk's competence to the agency that has it; the record stays here. */
	@Transactional
	public FeedbackCase transfer(long id, String agency, String note) {
		String to = required(agency);
		return act(id, Step.TRANSFERRED, joined(to, note), d -> d.transferredTo = to);
	}

	// ---- Handling ----

	/** Asks the sender for more information; the clock stops until they answer. */
	@Transactional
	public FeedbackCase requestInformation(long id, String question) {
		String text = required(question);
		return act(id, Step.INFO_REQUESTED, text, d -> d.pausedSince = FeedbackDesk.today());
	}

	/** Records information the sender gave another way (by phone, on paper); the clock runs again. */
	@Transactional
	public FeedbackCase recordInformation(long id, String note) {
		FeedbackCase c = visible(id);
		requireOfficer();
		if (c.status() != CaseStatus.WAITING_FOR_SENDER) {
			throw new RuleViolationException("feedback.step.notAllowed", statusName(c.status()));
		}
		desk.resume(c, required(note), CurrentUser.actorName());
		return cases.find(id).orElseThrow();
	}

	/** Records that the parties of a denunciation were notified of its acceptance, which the law times. */
	@Transactional
	public FeedbackCase notifyParties(long id, String note) {
		String text = required(note);
		return act(id, Step.PARTIES_NOTIFIED, text, d -> {
			if (d.notifyDueOn == null || d.notifiedOn != null) {
				throw new RuleViolationException("feedback.notify.notNeeded");
			}
			d.notifiedOn = FeedbackDesk.today();
		});
	}

	@Transactional
	public FeedbackCase recordWork(long id, String note) {
		String text = required(note);
		return act(id, Step.WORK_RECORDED, text, d -> {
		});
	}

	/** Extends the settling deadline, as often as the rule allows, with the reason the sender is told. */
	@Transactional
	public FeedbackCase extend(long id, String reason) {
		String text = required(reason);
		return act(id, Step.EXTENDED, text, d -> {
			deadlines.requireExtensionAllowed(d);
			d.extensions++;
		});
	}

	@Transactional
	public FeedbackCase draftAnswer(long id, String answer) {
		String text = required(answer);
		if (text.length() > 8000) {
			throw new RuleViolationException("feedback.answer.tooLong", 8000);
		}
		return act(id, Step.ANSWER_DRAFTED, null, d -> d.answer = text);
	}

	/** A leader sends the draft back for more work. */
	@Transactional
	public FeedbackCase returnDraft(long id, String note) {
		return leaderAct(id, Step.ANSWER_RETURNED, required(note));
	}

	/** A leader approves the answer; nobody approves an answer they drafted themselves. */
	@Transactional
	public FeedbackCase approve(long id, String note) {
		if (!canApprove()) {
			throw new AccessDeniedException("feedback.access.denied");
		}
		String drafter = steps.ofCase(id)
			.stream()
			.filter(s -> s.step() == Step.ANSWER_DRAFTED)
			.reduce((a, b) -> b)
			.map(CaseStep::actor)
			.orElse(null);
		if (CurrentUser.actorName().equals(drafter)) {
			throw new RuleViolationException("feedback.approve.ownDraft");
		}
		return leaderAct(id, Step.ANSWER_APPROVED, blankToNull(note));
	}

	/**
	 * Sends the approved answer to the sender; when they agreed, a copy without personal data goes into the public
	 * list of answers.
	 */
	@Transactional
	public FeedbackCase sendAnswer(long id) {
		FeedbackCase sent = act(id, Step.ANSWER_SENT, null, d -> d.answeredAt = Instant.now());
		if (sent.publishConsent()) {
			cases.publish(id, PublicText.redact(sent.title(), sent.senderName()),
					PublicText.redact(sent.content(), sent.senderName()),
					PublicText.redact(sent.answer(), sent.senderName()));
		}
		return sent;
	}

	@Transactional
	public FeedbackCase close(long id, String note) {
		return act(id, Step.CLOSED, blankToNull(note), d -> {
		});
	}

	/** Opens an answered case again when the sender follows up; a new answer will need approval again. */
	@Transactional
	public FeedbackCase reopen(long id, String note) {
		String text = required(note);
		return act(id, Step.REOPENED, text, d -> {
			d.answerApprovedBy = null;
			d.answeredAt = null;
		});
	}

	/** The steps the current user may take on the case now, for the page to offer. */
	public List<Step> possibleSteps(FeedbackCase c) {
		ArrayList<Step> possible = new ArrayList<>();
		for (Step step : Step.values()) {
			if (step == Step.RECEIVED || step == Step.ESCALATED || !step.allowedFrom(c.status())
					|| (step == Step.PARTIES_NOTIFIED && !c.awaitsNotification())) {
				continue;
			}
			boolean leaderStep = step == Step.ANSWER_APPROVED || step == Step.ANSWER_RETURNED;
			if (leaderStep ? canApprove() : canHandle()) {
				possible.add(step);
			}
		}
		return possible;
	}

	private FeedbackCase leaderAct(long id, Step step, String note) {
		if (!canApprove()) {
			throw new AccessDeniedException("feedback.access.denied");
		}
		return take(id, step, note, d -> {
			if (step == Step.ANSWER_APPROVED) {
				d.answerApprovedBy = CurrentUser.actorName();
			}
		});
	}

	private FeedbackCase act(long id, Step step, String note, Consumer<CaseDraft> change) {
		requireOfficer();
		return take(id, step, note, change);
	}

	private FeedbackCase take(long id, Step step, String note, Consumer<CaseDraft> change) {
		FeedbackCase before = visible(id);
		if (!step.allowedFrom(before.status())) {
			throw new RuleViolationException("feedback.step.notAllowed", statusName(before.status()));
		}
		CaseDraft draft = new CaseDraft(before);
		draft.status = step.leadsFrom(before.status());
		change.accept(draft);
		String actor = CurrentUser.actorName();
		String text = blankToNull(note);
		steps.insert(id, step, before.status(), draft.status, text, actor);
		deadlines.apply(draft, steps.ofCase(id));
		FeedbackCase after = draft.toCase();
		if (!cases.update(after)) {
			throw new RuleViolationException("validation.stale");
		}
		log.announce(before, after, step, text, actor);
		return cases.find(id).orElseThrow();
	}

	private FeedbackCase visible(long id) {
		requireReader();
		return cases.find(id).filter(this::isVisible).orElseThrow(() -> new NotFoundException(CaseLog.RECORD, id));
	}

	private boolean isVisible(FeedbackCase c) {
		DataScope scope = CurrentUser.scope();
		if (scope.unrestricted()) {
			return true;
		}
		if (organisation.isWithinScope(c.receivingUnitId(), scope)) {
			return true;
		}
		if (c.handlingUnitId() != null && organisation.isWithinScope(c.handlingUnitId(), scope)) {
			return true;
		}
		return c.coordinatingUnitIds().stream().anyMatch(u -> organisation.isWithinScope(u, scope));
	}

	private static void requireReader() {
		if (!canRead()) {
			throw new AccessDeniedException("feedback.access.denied");
		}
	}

	private static void requireOfficer() {
		if (!canHandle()) {
			throw new AccessDeniedException("feedback.access.denied");
		}
	}

	/** The status as an argument the message source puts in the reader's language. */
	private static DefaultMessageSourceResolvable statusName(CaseStatus status) {
		return new DefaultMessageSourceResolvable("feedback.status." + status.name());
	}

	private static String required(String text) {
		if (text == null || text.isBlank()) {
			throw new RuleViolationException("feedback.error.noteRequired");
		}
		return text.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String joined(String first, String note) {
		return note == null || note.isBlank() ? first : first + " — " + note.strip();
	}

	private static String describe(Classification c) {
		return c.kind() + (c.topicCode() == null || c.topicCode().isBlank() ? "" : " / " + c.topicCode())
				+ (Boolean.TRUE.equals(c.complex()) ? " / complex" : "")
				+ (Boolean.TRUE.equals(c.remoteArea()) ? " / remote" : "");
	}
}
