package org.govict.helpdesk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.helpdesk.internal.Catalogue;
import org.govict.helpdesk.internal.Catalogue.Person;
import org.govict.helpdesk.internal.TicketAttachments;
import org.govict.helpdesk.internal.Tickets;
import org.govict.helpdesk.internal.Tickets.Viewer;
import org.govict.identity.StaffDirectory;
import org.govict.identity.StaffDirectory.StaffContact;
import org.govict.inventory.Asset;
import org.govict.inventory.Inventory;
import org.govict.mail.Outbox;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.PlatformSettings;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.govict.platform.security.ScopedPrincipal;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.govict.reference.WorkingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * The service desk's tickets (phiếu hỗ trợ): any signed-in staff member opens one and follows it; IT technicians
 * take, work on, put on hold and resolve the tickets of the units in their scope and of their groups; a unit leader
 * approves software installs first. Every step goes into the ticket's history and the audit trail, the service-level
 * clock runs in working hours and stands while the ticket waits, and the people concerned are written to.
 */
@Service
public class Helpdesk {

	public static final String MODULE = "helpdesk";

	public static final String TECHNICIAN = Inventory.TECHNICIAN;

	static final String RECORD = "Ticket";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Tickets tickets;

	private final Catalogue catalogue;

	private final Organisation organisation;

	private final Inventory inventory;

	private final AuditTrail audit;

	private final Outbox outbox;

	private final MessageSource messages;

	private final StaffDirectory staff;

	private final PlatformSettings platform;

	private final ServiceClock clock;

	private final Clock time;

	private final TicketAttachments attachments;

	private final HelpdeskSettings settings;

	Helpdesk(Tickets tickets, Catalogue catalogue, Organisation organisation, Inventory inventory, AuditTrail audit,
			Outbox outbox, MessageSource messages, StaffDirectory staff, PlatformSettings platform,
			HelpdeskSettings settings, WorkingCalendar calendar, TicketAttachments attachments) {
		this.tickets = tickets;
		this.attachments = attachments;
		this.settings = settings;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.inventory = inventory;
		this.audit = audit;
		this.outbox = outbox;
		this.messages = messages;
		this.staff = staff;
		this.platform = platform;
		ZoneId zone = ZoneId.of(settings.zone());
		this.clock = new ServiceClock(ServiceClock.parse(settings.businessHours()), zone, calendar::isWorkingDay);
		this.time = Clock.system(zone);
	}

	/** IT technicians and system administrators work on tickets. */
	public static boolean isDesk() {
		return CurrentUser.hasRole(TECHNICIAN) || CurrentUser.hasRole(Roles.SYSTEM_ADMIN);
	}

	/** The files a ticket may carry: how many at once, how large each. */
	public HelpdeskSettings settings() {
		return settings;
	}

	public ServiceClock clock() {
		return clock;
	}

	public Instant now() {
		return time.instant();
	}

	// ---- Reading ----

	@Transactional(readOnly = true)
	public TicketPage list(TicketQuery query) {
		return page(query, viewer(false));
	}

	/** The current user's own tickets, whatever their role. */
	@Transactional(readOnly = true)
	public TicketPage mine(TicketQuery query) {
		return page(query, viewer(true));
	}

	private TicketPage page(TicketQuery query, Viewer viewer) {
		Instant now = now();
		List<Ticket> rows = tickets.search(query, viewer, now);
		boolean more = rows.size() > TicketQuery.PAGE_SIZE;
		if (more) {
			rows = rows.subList(0, TicketQuery.PAGE_SIZE);
		}
		Long total = query.hasText() ? null : (Long) tickets.count(query, viewer, now);
		return new TicketPage(rows, total, query.page(), more);
	}

	@Transactional(readOnly = true)
	public Optional<Ticket> find(long id) {
		return tickets.find(id).filter(this::canSee);
	}

	@Transactional(readOnly = true)
	public Ticket get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	/** The steps of a ticket; the requester does not see technicians' private notes. */
	@Transactional(readOnly = true)
	public List<TicketStep> steps(long id) {
		Ticket t = get(id);
		return tickets.steps(id, worksOn(t) || isApprover(t));
	}

	/** The assets linked to the ticket that the reader's scope covers. */
	@Transactional(readOnly = true)
	public List<Asset> assets(long id) {
		get(id);
		List<Asset> found = new ArrayList<>();
		for (long assetId : tickets.assetIds(id)) {
			inventory.find(assetId).ifPresent(found::add);
		}
		return found;
	}

	@Transactional(readOnly = true)
	public List<Long> articleIds(long id) {
		get(id);
		return tickets.articleIds(id);
	}

	/** Whether the current user works on this ticket as a technician (or administrator) whose scope covers it. */
	public boolean worksOn(Ticket t) {
		if (!isDesk()) {
			return false;
		}
		long me = me();
		DataScope scope = CurrentUser.scope();
		return scope.unrestricted() || organisation.isWithinScope(t.requesterUnitId(), scope)
				|| (t.groupId() != null && catalogue.isMember(t.groupId(), me))
				|| (t.technicianId() != null && t.technicianId() == me);
	}

	/** Whether the current user is a leader whose scope covers the requester's unit. */
	public boolean isApprover(Ticket t) {
		return CurrentUser.hasRole(Roles.LEADER) && organisation.isWithinScope(t.requesterUnitId(), CurrentUser.scope());
	}

	public boolean isRequester(Ticket t) {
		return CurrentUser.get().map(ScopedPrincipal::userId).map(id -> id == t.requesterId()).orElse(false);
	}

	private boolean canSee(Ticket t) {
		return isRequester(t) || worksOn(t) || isApprover(t);
	}

	// ---- Opening and approval ----

	@Transactional
	public Ticket open(TicketForm input) {
		return open(input, Channel.WEB, List.of());
	}

	/**
	 * Opens a ticket with the files the requester attached. A file refused (by its content, its size, or one too
	 * many) refuses the whole ticket, with a message per file on the field {@code files}: nothing is kept half.
	 */
	@Transactional
	public Ticket open(TicketForm input, Channel channel, List<TicketFile> files) {
		TicketForm form = input.normalised();
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "ticket");
		Judged judged = judge(files);
		judged.rejectOn(errors, FILES);
		if (form.categoryId() != null
				&& catalogue.categories().stream().noneMatch(c -> c.id() == form.categoryId() && c.active())) {
			errors.rejectValue("categoryId", "helpdesk.error.category");
		}
		if (form.assetId() != null && inventory.find(form.assetId()).isEmpty()) {
			errors.rejectValue("assetId", "helpdesk.error.asset");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		return opened(form, channel, judged.accepted());
	}

	private Ticket opened(TicketForm form, Channel channel, List<CheckedFile> files) {
		long me = me();
		Person requester = catalogue.person(me).orElseThrow();
		Level priority = PriorityMatrix.priority(form.impact(), form.urgency());
		ServiceLevel level = serviceLevel(priority);
		Instant now = now();
		Approval approval = form.type().needsApproval() ? Approval.PENDING : Approval.NOT_NEEDED;
		long id = tickets.insert(form.type(), form.title(), form.description(), form.categoryId(), form.impact(),
				form.urgency(), priority, approval, me, requester.unitId(), null, now,
				clock.add(now, level.responseMinutes()), clock.add(now, level.resolutionMinutes()), channel);
		if (form.assetId() != null) {
			tickets.linkAsset(id, form.assetId());
		}
		Ticket opened = tickets.find(id).orElseThrow();
		long stepId = step(opened, TicketStep.OPENED, TicketStatus.NEW, null, false);
		audit.record(AuditRecord.created(MODULE, RECORD, id, opened.requesterUnitId(), opened));
		store(opened, stepId, files, false);
		mail(requester, "helpdesk.mail.opened", opened);
		if (approval == Approval.PENDING) {
			for (Person leader : leadersOf(opened.requesterUnitId())) {
				mail(leader, "helpdesk.mail.approvalNeeded", opened);
			}
		}
		return opened;
	}

	/** A leader whose scope covers the requester's unit approves a software install, or refuses it with a reason. */
	@Transactional
	public Ticket decide(long id, boolean approve, String note) {
		Ticket t = lock(id);
		if (!isApprover(t)) {
			throw new AccessDeniedException("helpdesk.access.denied");
		}
		if (t.approval() != Approval.PENDING) {
			throw new RuleViolationException("helpdesk.error.notPending");
		}
		if (!approve && blank(note)) {
			throw invalid("note", "helpdesk.error.reasonNeeded");
		}
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("approval", approve ? Approval.APPROVED : Approval.REJECTED);
		set.put("approved_by", me());
		if (!approve) {
			set.put("status", TicketStatus.CLOSED);
			set.put("closed_at", now());
		}
		else {
			// The targets count from the approval: nobody could work on it before.
			ServiceLevel level = serviceLevel(t.priority());
			Instant now = now();
			set.put("response_due_at", clock.add(now, level.responseMinutes()));
			set.put("resolution_due_at", clock.add(now, level.resolutionMinutes()));
		}
		Ticket after = change(t, set, approve ? TicketStep.APPROVED : TicketStep.REJECTED, note, false);
		mailRequester(after, approve ? "helpdesk.mail.approved" : "helpdesk.mail.rejected");
		return after;
	}

	// ---- Technicians' steps ----

	/** Routes the ticket to a group and, when given, a technician of it (who must be an IT technician). */
	@Transactional
	public Ticket assign(long id, Long groupId, Long technicianId) {
		Ticket t = lockForDesk(id);
		requireOpen(t);
		if (groupId != null && catalogue.group(groupId).isEmpty()) {
			throw invalid("groupId", "helpdesk.error.group");
		}
		if (technicianId != null && !catalogue.isTechnician(technicianId)) {
			throw invalid("technicianId", "helpdesk.error.technician");
		}
		if (technicianId != null && groupId != null && !catalogue.isMember(groupId, technicianId)) {
			throw invalid("technicianId", "helpdesk.error.notInGroup");
		}
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("group_id", groupId);
		set.put("technician_id", technicianId);
		if (technicianId != null && t.status() == TicketStatus.NEW) {
			set.put("status", TicketStatus.ASSIGNED);
		}
		if (technicianId != null) {
			responded(t, set);
		}
		Ticket after = change(t, set, TicketStep.ASSIGNED, null, false);
		if (technicianId != null && technicianId != me()) {
			catalogue.person(technicianId).ifPresent(p -> mail(p, "helpdesk.mail.assigned", after));
		}
		return after;
	}

	/** The technician takes the ticket for themself. */
	@Transactional
	public Ticket take(long id) {
		Ticket t = lockForDesk(id);
		requireOpen(t);
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("technician_id", me());
		if (t.status() == TicketStatus.NEW) {
			set.put("status", TicketStatus.ASSIGNED);
		}
		responded(t, set);
		Ticket after = change(t, set, TicketStep.ASSIGNED, null, false);
		mailRequester(after, "helpdesk.mail.taken");
		return after;
	}

	@Transactional
	public Ticket start(long id) {
		Ticket t = lockForDesk(id);
		if (t.status() != TicketStatus.ASSIGNED && t.status() != TicketStatus.NEW) {
			throw new RuleViolationException("helpdesk.error.status");
		}
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("status", TicketStatus.IN_PROGRESS);
		if (t.technicianId() == null) {
			set.put("technician_id", me());
		}
		responded(t, set);
		return change(t, set, TicketStep.STARTED, null, false);
	}

	/**
	 * Puts the ticket on hold, waiting for the requester (until null) or until a moment, when the watch resumes it.
	 * The service-level clock stands meanwhile.
	 */
	@Transactional
	public Ticket waitFor(long id, String note, Instant until) {
		Ticket t = lockForDesk(id);
		if (t.status() != TicketStatus.ASSIGNED && t.status() != TicketStatus.IN_PROGRESS) {
			throw new RuleViolationException("helpdesk.error.status");
		}
		if (blank(note)) {
			throw invalid("note", "helpdesk.error.reasonNeeded");
		}
		if (until != null && !until.isAfter(now())) {
			throw invalid("until", "helpdesk.error.untilPast");
		}
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("status", TicketStatus.WAITING);
		set.put("paused_since", now());
		set.put("waiting_until", until);
		responded(t, set);
		Ticket after = change(t, set, TicketStep.WAITING, note, false);
		mailRequester(after, "helpdesk.mail.waiting", note);
		return after;
	}

	/** Resumes a waiting ticket: its resolution target moves by the working time it waited. */
	@Transactional
	public Ticket resume(long id) {
		Ticket t = lockForDesk(id);
		return resumed(t, null);
	}

	private Ticket resumed(Ticket t, String note) {
		if (t.status() != TicketStatus.WAITING) {
			throw new RuleViolationException("helpdesk.error.status");
		}
		Instant now = now();
		long stood = clock.between(t.pausedSince(), now);
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("status", TicketStatus.IN_PROGRESS);
		set.put("paused_since", null);
		set.put("waiting_until", null);
		set.put("resolution_due_at", clock.add(t.resolutionDueAt(), stood));
		set.put("paused_minutes", t.pausedMinutes() + stood);
		return change(t, set, TicketStep.RESUMED, note, false);
	}

	/**
	 * A follow-up (comment): the requester's, which resumes a ticket waiting for them, or a technician's, public or
	 * private. The other side is written to when it is public.
	 */
	@Transactional
	public Ticket followUp(long id, String note, boolean privateNote) {
		Ticket t = tickets.lock(id).filter(this::canSee).orElseThrow(() -> new NotFoundException(RECORD, id));
		if (blank(note)) {
			throw invalid("note", "validation.required");
		}
		if (t.status() == TicketStatus.CLOSED) {
			throw new RuleViolationException("helpdesk.error.status");
		}
		boolean technician = worksOn(t);
		if (privateNote && !technician) {
			throw new AccessDeniedException("helpdesk.access.denied");
		}
		if (!technician && t.status() == TicketStatus.WAITING && t.waitingUntil() == null) {
			Ticket after = resumed(t, note);
			mailTechnician(after, "helpdesk.mail.requesterAnswered", note);
			return after;
		}
		Map<String, Object> set = new LinkedHashMap<>();
		if (technician) {
			responded(t, set);
		}
		Ticket after = change(t, set, TicketStep.FOLLOW_UP, note, privateNote);
		if (!privateNote) {
			if (technician) {
				mailRequester(after, "helpdesk.mail.followUp", note);
			}
			else {
				mailTechnician(after, "helpdesk.mail.followUp", note);
			}
		}
		return after;
	}

	@Transactional
	public Ticket resolve(long id, String solution) {
		Ticket t = lockForDesk(id);
		if (t.status() != TicketStatus.ASSIGNED && t.status() != TicketStatus.IN_PROGRESS
				&& t.status() != TicketStatus.NEW) {
			throw new RuleViolationException("helpdesk.error.status");
		}
		if (blank(solution)) {
			throw invalid("solution", "helpdesk.error.solutionNeeded");
		}
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("status", TicketStatus.RESOLVED);
		set.put("solution", solution.strip());
		set.put("resolved_at", now());
		if (t.technicianId() == null) {
			set.put("technician_id", me());
		}
		responded(t, set);
		Ticket after = change(t, set, TicketStep.RESOLVED, solution.strip(), false);
		mailRequester(after, "helpdesk.mail.resolved", solution.strip());
		return after;
	}

	/** The requester does not accept the solution: the ticket goes back to work. */
	@Transactional
	public Ticket reopen(long id, String note) {
		Ticket t = tickets.lock(id).filter(this::canSee).orElseThrow(() -> new NotFoundException(RECORD, id));
		if (!isRequester(t) && !worksOn(t)) {
			throw new AccessDeniedException("helpdesk.access.denied");
		}
		if (t.status() != TicketStatus.RESOLVED) {
			throw new RuleViolationException("helpdesk.error.status");
		}
		if (blank(note)) {
			throw invalid("note", "helpdesk.error.reasonNeeded");
		}
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("status", TicketStatus.IN_PROGRESS);
		set.put("resolved_at", null);
		Ticket after = change(t, set, TicketStep.REOPENED, note, false);
		mailTechnician(after, "helpdesk.mail.reopened", note);
		return after;
	}

	/**
	 * Closes a resolved ticket (the requester accepting the solution, or the technician). The requester is sent the
	 * satisfaction survey's one-click link, unless they are the ticket's technician: nobody rates their own work.
	 */
	@Transactional
	public Ticket close(long id) {
		Ticket t = tickets.lock(id).filter(this::canSee).orElseThrow(() -> new NotFoundException(RECORD, id));
		if (!isRequester(t) && !worksOn(t)) {
			throw new AccessDeniedException("helpdesk.access.denied");
		}
		if (t.status() != TicketStatus.RESOLVED) {
			throw new RuleViolationException("helpdesk.error.status");
		}
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("status", TicketStatus.CLOSED);
		set.put("closed_at", now());
		String token = null;
		if (t.technicianId() == null || t.technicianId() != t.requesterId()) {
			token = newToken();
			set.put("survey_token_hash", hash(token));
		}
		Ticket after = change(t, set, TicketStep.CLOSED, null, false);
		if (token != null) {
			String link = platform.baseUrl() + "/helpdesk/survey/" + token;
			// Sent even when the requester closed it themself: the link is how they rate.
			catalogue.person(after.requesterId()).ifPresent(p -> mail(p, "helpdesk.mail.survey", after, link));
		}
		return after;
	}

	/** The ticket a survey link is for, while it may still be rated; no sign-in needed. */
	@Transactional(readOnly = true)
	public Optional<Ticket> surveyTicket(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return tickets.ticketOfSurveyToken(hash(token)).flatMap(tickets::find);
	}

	/** The requester's rating from the survey link, once. */
	@Transactional
	public Ticket rate(String token, int rating, String comment) {
		Ticket t = surveyTicket(token).orElseThrow(() -> new NotFoundException("Survey", 0));
		if (t.rating() != null) {
			throw new RuleViolationException("helpdesk.error.rated");
		}
		if (rating < 0 || rating > 5) {
			throw invalid("rating", "helpdesk.error.rating");
		}
		if (comment != null && comment.length() > 2000) {
			throw invalid("comment", "validation.tooLong");
		}
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("rating", rating);
		set.put("rating_comment", blank(comment) ? null : comment.strip());
		set.put("rated_at", now());
		tickets.set(t.id(), set);
		tickets.addStep(t.id(), t.requesterId(), t.requesterName(), TicketStep.RATED, t.status(),
				rating + "/5" + (blank(comment) ? "" : " — " + comment.strip()), false);
		Ticket after = tickets.find(t.id()).orElseThrow();
		audit.record(AuditRecord.action(MODULE, TicketStep.RATED, RECORD, t.id(), t.requesterUnitId(), null,
				Map.of("rating", rating)).by("survey:" + t.requesterId()));
		return after;
	}

	/** Links an asset of the inventory, within the technician's scope, to the ticket. */
	@Transactional
	public Ticket linkAsset(long id, long assetId) {
		Ticket t = lockForDesk(id);
		Asset asset = inventory.find(assetId).orElseThrow(() -> invalid("assetId", "helpdesk.error.asset"));
		tickets.linkAsset(id, assetId);
		return change(t, new LinkedHashMap<>(), TicketStep.ASSET_LINKED, asset.label(), false);
	}

	@Transactional
	public Ticket linkArticle(long id, long articleId, String title) {
		Ticket t = lockForDesk(id);
		tickets.linkArticle(id, articleId);
		return change(t, new LinkedHashMap<>(), TicketStep.ARTICLE_LINKED, title, false);
	}

	// ---- Attachments ----

	/** The files attached to a ticket; the requester does not see those of technicians' private notes. */
	@Transactional(readOnly = true)
	public List<TicketAttachment> attachments(long id) {
		Ticket t = get(id);
		return attachments.of(id, worksOn(t) || isApprover(t));
	}

	/** A file to download, for those who may see the ticket and the step it came with. */
	@Transactional(readOnly = true)
	public TicketAttachment.Download attachment(long id, long attachmentId) {
		TicketAttachment info = attachments(id).stream()
			.filter(a -> a.id() == attachmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("TicketAttachment", attachmentId));
		return new TicketAttachment.Download(info, attachments.content(id, attachmentId).orElseThrow());
	}

	/**
	 * Files attached after the opening, by the requester or a technician, with a note if they give one; the files
	 * are one step of the ticket's history. Any file refused refuses them all.
	 */
	@Transactional
	public List<TicketAttachment> attach(long id, List<TicketFile> files, String note) {
		Ticket t = tickets.lock(id).filter(this::canSee).orElseThrow(() -> new NotFoundException(RECORD, id));
		if (t.status() == TicketStatus.CLOSED) {
			throw new RuleViolationException("helpdesk.error.status");
		}
		if (note != null && note.length() > 8000) {
			throw invalid("note", "validation.tooLong");
		}
		Judged judged = judge(files);
		BindingResult errors = new MapBindingResult(new HashMap<>(), "attachment");
		if (judged.accepted().isEmpty() && judged.refused().isEmpty()) {
			errors.rejectValue(FILES, "helpdesk.error.noFiles");
		}
		judged.rejectOn(errors, FILES);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		String names = String.join(", ", judged.accepted().stream().map(CheckedFile::fileName).toList());
		Ticket after = change(t, new LinkedHashMap<>(), TicketStep.ATTACHED,
				blank(note) ? names : note.strip() + "\n" + names, false);
		long stepId = tickets.lastStepId(id);
		store(after, stepId, judged.accepted(), false);
		return attachments(id).stream().filter(a -> a.stepId() != null && a.stepId() == stepId).toList();
	}

	/** A file that passed the checks, with what it really is. */
	record CheckedFile(String fileName, String contentType, byte[] content, String sha256) {
	}

	/** A file refused, with the message saying why. */
	record Refusal(String fileName, String code, Object[] args) {
	}

	/** The files given, judged: those taken and those refused. */
	record Judged(List<CheckedFile> accepted, List<Refusal> refused) {

		void rejectOn(BindingResult errors, String field) {
			for (Refusal r : refused) {
				errors.addError(new FieldError(errors.getObjectName(), field, null, false, new String[] { r.code() },
						r.args(), null));
			}
		}
	}

	static final String FILES = "files";

	/** Judges the files by number, size and content; empty ones (a file input left empty) do not count. */
	Judged judge(List<TicketFile> files) {
		List<TicketFile> given = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		List<CheckedFile> accepted = new ArrayList<>();
		List<Refusal> refused = new ArrayList<>();
		long maxBytes = settings.maxAttachmentSize().toBytes();
		for (int i = 0; i < given.size(); i++) {
			TicketFile file = given.get(i);
			String name = displayName(file.fileName());
			if (i >= settings.maxAttachments()) {
				refused.add(new Refusal(name, "helpdesk.error.tooManyFiles",
						new Object[] { name, settings.maxAttachments() }));
				continue;
			}
			if (file.content().length > maxBytes) {
				refused.add(new Refusal(name, "helpdesk.error.fileTooLarge",
						new Object[] { name, settings.maxAttachmentSize().toMegabytes() }));
				continue;
			}
			Optional<String> type = AttachmentContent.typeOf(file.content());
			if (type.isEmpty()) {
				refused.add(new Refusal(name, "helpdesk.error.fileType", new Object[] { name }));
				continue;
			}
			accepted.add(new CheckedFile(safeName(name, type.get()), type.get(), file.content(), sha256(file.content())));
		}
		return new Judged(accepted, refused);
	}

	private void store(Ticket t, long stepId, List<CheckedFile> files, boolean privateNote) {
		if (files.isEmpty()) {
			return;
		}
		Long me = CurrentUser.get().map(ScopedPrincipal::userId).orElse(null);
		List<Map<String, Object>> stored = new ArrayList<>();
		for (CheckedFile file : files) {
			long attachmentId = attachments.insert(t.id(), stepId, file.fileName(), file.contentType(), file.content(),
					file.sha256(), privateNote, me);
			stored.add(Map.of("id", attachmentId, "fileName", file.fileName(), "contentType", file.contentType(),
					"size", file.content().length, "sha256", file.sha256()));
		}
		audit.record(AuditRecord.action(MODULE, TicketStep.ATTACHED, RECORD, t.id(), t.requesterUnitId(), null,
				Map.of("attachments", stored)));
	}

	/** The name a file is kept under: the sender's, cleaned, with the extension of what it really is. */
	static String safeName(String name, String type) {
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = AttachmentContent.extension(type, name);
		if (base.length() + extension.length() > 255) {
			base = base.substring(0, 255 - extension.length());
		}
		return base + extension;
	}

	private static String displayName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "").strip();
		return base.isEmpty() ? "file" : base.length() > 200 ? base.substring(0, 200) : base;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	// ---- Mail to the desk's mailbox (the sender signed in for it) ----

	/**
	 * Opens a ticket from a mail: the files that pass the checks are attached, the others are noted on the ticket
	 * in the sender's language, and the ticket is made all the same.
	 */
	@Transactional
	Ticket openFromMail(TicketForm form, List<TicketFile> files, Locale locale) {
		Judged judged = judge(files);
		Ticket opened = opened(form.normalised(), Channel.MAIL, judged.accepted());
		noteRefused(opened, judged, locale);
		return opened;
	}

	/** Adds a mail that refers to a ticket as the sender's follow-up, with its files. */
	@Transactional
	Ticket followUpFromMail(long id, String note, List<TicketFile> files, Locale locale) {
		Judged judged = judge(files);
		Ticket after = followUp(id, note, false);
		store(after, tickets.lastStepId(id), judged.accepted(), false);
		noteRefused(after, judged, locale);
		return after;
	}

	private void noteRefused(Ticket t, Judged judged, Locale locale) {
		if (judged.refused().isEmpty()) {
			return;
		}
		List<String> lines = new ArrayList<>();
		for (Refusal r : judged.refused()) {
			lines.add(messages.getMessage(r.code(), r.args(), locale));
		}
		step(t, TicketStep.ATTACHMENT_REFUSED, t.status(), String.join("\n", lines), false);
		audit.record(AuditRecord.action(MODULE, TicketStep.ATTACHMENT_REFUSED, RECORD, t.id(), t.requesterUnitId(),
				null, Map.of("files", judged.refused().stream().map(Refusal::fileName).toList())));
	}

	// ---- The watch's work (no user signed in) ----

	/** Resumes the tickets whose waiting date has come; returns how many. */
	@Transactional
	public int resumeDue() {
		int count = 0;
		for (long id : tickets.waitingUntilPast(now())) {
			Ticket t = tickets.lock(id).orElseThrow();
			if (t.status() == TicketStatus.WAITING) {
				Ticket after = resumed(t, null);
				mailTechnician(after, "helpdesk.mail.resumed");
				count++;
			}
		}
		return count;
	}

	/**
	 * Escalates, once, the tickets nobody took within their response target: their group's members (or, without a
	 * group, the technicians whose units cover the requester's) and the requester's unit leader are written to.
	 */
	@Transactional
	public int escalateUntaken() {
		int count = 0;
		Instant now = now();
		for (long id : tickets.untakenPastResponse(now)) {
			Ticket t = tickets.lock(id).orElseThrow();
			Map<String, Object> set = new LinkedHashMap<>();
			set.put("escalated_at", now);
			Ticket after = change(t, set, TicketStep.ESCALATED, null, true);
			Set<String> sent = new LinkedHashSet<>();
			List<Person> to = new ArrayList<>();
			if (t.groupId() != null) {
				catalogue.group(t.groupId()).ifPresent(g -> to.addAll(catalogue.people(g.memberIds())));
			}
			else {
				for (StaffContact c : staff.holdingRoleIn(t.requesterUnitId(), List.of(TECHNICIAN))) {
					catalogue.person(c.userId()).ifPresent(to::add);
				}
			}
			to.addAll(leadersOf(t.requesterUnitId()));
			for (Person p : to) {
				if (p.email() != null && sent.add(p.email())) {
					mail(p, "helpdesk.mail.escalated", after);
				}
			}
			count++;
		}
		return count;
	}

	// ---- Helpers ----

	ServiceLevel serviceLevel(Level priority) {
		return catalogue.serviceLevels()
			.stream()
			.filter(l -> l.priority() == priority)
			.findFirst()
			.orElseThrow();
	}

	private Ticket lock(long id) {
		return tickets.lock(id).filter(this::canSee).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	private Ticket lockForDesk(long id) {
		Ticket t = lock(id);
		if (!worksOn(t)) {
			throw new AccessDeniedException("helpdesk.access.denied");
		}
		if (!t.isReleased()) {
			throw new RuleViolationException("helpdesk.error.awaitingApproval");
		}
		return t;
	}

	private static void requireOpen(Ticket t) {
		if (!t.status().isOpen()) {
			throw new RuleViolationException("helpdesk.error.status");
		}
	}

	private void responded(Ticket t, Map<String, Object> set) {
		if (t.respondedAt() == null) {
			set.put("responded_at", now());
		}
	}

	private Ticket change(Ticket before, Map<String, Object> set, String action, String note, boolean privateNote) {
		if (!set.isEmpty()) {
			tickets.set(before.id(), set);
		}
		Ticket after = tickets.find(before.id()).orElseThrow();
		step(after, action, after.status(), note, privateNote);
		audit.record(AuditRecord.action(MODULE, action, RECORD, before.id(), before.requesterUnitId(), before, after));
		return after;
	}

	private long step(Ticket t, String action, TicketStatus status, String note, boolean privateNote) {
		Optional<ScopedPrincipal> user = CurrentUser.get();
		return tickets.addStep(t.id(), user.map(ScopedPrincipal::userId).orElse(null),
				user.map(ScopedPrincipal::fullName).orElse(CurrentUser.actorName()), action, status, note, privateNote);
	}

	/** The leaders of the nearest unit, from the requester's upwards, that has any. */
	private List<Person> leadersOf(long unitId) {
		Long id = unitId;
		while (id != null) {
			List<StaffContact> leaders = staff.holdingRoleIn(id, List.of(Roles.LEADER));
			if (!leaders.isEmpty()) {
				return catalogue.people(leaders.stream().map(StaffContact::userId).toList());
			}
			id = organisation.findUnscoped(id).map(OrganisationUnit::parentId).orElse(null);
		}
		return List.of();
	}

	private void mailRequester(Ticket t, String key, Object... extra) {
		catalogue.person(t.requesterId())
			.filter(p -> CurrentUser.get().map(ScopedPrincipal::userId).map(me -> me != p.id()).orElse(true))
			.ifPresent(p -> mail(p, key, t, extra));
	}

	private void mailTechnician(Ticket t, String key, Object... extra) {
		if (t.technicianId() != null) {
			catalogue.person(t.technicianId())
				.filter(p -> CurrentUser.get().map(ScopedPrincipal::userId).map(me -> me != p.id()).orElse(true))
				.ifPresent(p -> mail(p, key, t, extra));
		}
	}

	private void mail(Person to, String key, Ticket t, Object... extra) {
		if (to.email() == null || to.email().isBlank()) {
			return;
		}
		Locale locale = Locale.forLanguageTag(to.language() == null ? "vi" : to.language());
		Object[] args = new Object[] { t.id(), t.title(), extra.length > 0 && extra[0] != null ? extra[0] : "",
				platform.baseUrl() + "/helpdesk/tickets/" + t.id() };
		outbox.send(to.email(), messages.getMessage(key + ".subject", args, locale),
				messages.getMessage(key + ".body", args, locale));
	}

	private long me() {
		return CurrentUser.get()
			.map(ScopedPrincipal::userId)
			.orElseThrow(() -> new AccessDeniedException("helpdesk.access.denied"));
	}

	private Viewer viewer(boolean ownOnly) {
		long me = me();
		DataScope scope = CurrentUser.scope();
		if (ownOnly || (!isDesk() && !CurrentUser.hasRole(Roles.LEADER))) {
			return new Viewer(me, List.of(), false, true);
		}
		if (scope.unrestricted()) {
			return new Viewer(me, List.of(), true, false);
		}
		return new Viewer(me, organisation.pathPrefixes(scope), false, false);
	}

	private static InvalidInputException invalid(String field, String key) {
		org.springframework.validation.MapBindingResult errors = new org.springframework.validation.MapBindingResult(
				new java.util.HashMap<>(), "step");
		errors.rejectValue(field, key);
		return new InvalidInputException(errors);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
