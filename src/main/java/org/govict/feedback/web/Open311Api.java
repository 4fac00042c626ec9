package org.govict.feedback.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.govict.feedback.CaseKind;
import org.govict.feedback.CaseStatus;
import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.FeedbackTopics;
import org.govict.feedback.PublicRequest;
import org.govict.feedback.Receipt;
import org.govict.feedback.SenderType;
import org.govict.feedback.ServiceRequests;
import org.govict.feedback.Submission;
import org.govict.feedback.Topic;
import org.govict.feedback.internal.PublicRequests;
import org.govict.feedback.web.Open311Format.Acknowledgement;
import org.govict.feedback.web.Open311Format.Attribute;
import org.govict.feedback.web.Open311Format.Service;
import org.govict.feedback.web.Open311Format.ServiceDefinition;
import org.govict.feedback.web.Open311Format.ServiceRequest;
import org.govict.feedback.web.Open311Format.Value;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.security.ApiScope;
import org.govict.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The desk in Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/), for the applications and clients that
 * speak it. The kinds of case, alone or with a topic, are its services; a case is a service request whose
 * service_request_id is its tracking code. Reading is public and shows nothing about the sender; submitting takes
 * an {@code api_key} (a personal API token with the scope {@value ServiceRequests#SUBMIT_SCOPE}) and goes through
 * the public form's intake, within a limit per address and one per key. Answers are JSON or XML by the path's
 * extension, or by the Accept header without one; errors are the specification's list of code and description, in
 * the caller's language.
 */
@RestController
@RequestMapping(Open311Api.BASE)
@Tag(name = "Open311 GeoReport v2", description = "Services, service requests and tokens as the GeoReport v2 "
		+ "specification defines them; .json or .xml; api_key (a token with the open311:submit scope) to submit")
class Open311Api {

	static final String BASE = "/open311/v2";

	/** Without filters, the specification lists the requests of the last 90 days. */
	private static final int DEFAULT_DAYS = 90;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	/** Which Open311 parameter each field of a submission comes from, to name it in an error. */
	private static final Map<String, String> PARAMETERS = Map.ofEntries(Map.entry("senderName", "first_name"),
			Map.entry("senderEmail", "email"), Map.entry("senderPhone", "phone"),
			Map.entry("senderAddress", "attribute[sender_address]"),
			Map.entry("senderIdNumber", "attribute[sender_id_number]"), Map.entry("senderType", "attribute[sender_type]"),
			Map.entry("title", "attribute[title]"), Map.entry("content", "description"),
			Map.entry("topicCode", "service_code"), Map.entry("kind", "service_code"),
			Map.entry("receivingUnitId", "jurisdiction_id"), Map.entry("attachments", "media_url"));

	private final ServiceRequests requests;

	private final FeedbackDesk desk;

	private final FeedbackTopics topics;

	private final Organisation organisation;

	private final RateLimits limits;

	private final Validator validator;

	private final MessageSource messages;

	Open311Api(ServiceRequests requests, FeedbackDesk desk, FeedbackTopics topics, Organisation organisation,
			RateLimits limits, Validator validator, MessageSource messages) {
		this.requests = requests;
		this.desk = desk;
		this.topics = topics;
		this.organisation = organisation;
		this.limits = limits;
		this.validator = validator;
		this.messages = messages;
	}

	/** A refusal, answered in the specification's error format. */
	static final class Refusal extends RuntimeException {

		private final HttpStatus status;

		private final List<String> descriptions;

		Refusal(HttpStatus status, List<String> descriptions) {
			super(String.join("; ", descriptions));
			this.status = status;
			this.descriptions = descriptions;
		}
	}

	/** One call: its format and language, from the path's extension, the Accept header and {@code locale}. */
	private record Call(Open311Format format, Locale locale) {
	}

	@GetMapping({ "/services", "/services.{extension}" })
	@Operation(summary = "The services: each kind of case, alone and with each active topic")
	ResponseEntity<byte[]> services(@PathVariable(required = false) String extension,
			@RequestParam(name = "locale", required = false) String language,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
		return answer(extension, accept, language, locale, call -> call.format().services(services(call.locale())));
	}

	@GetMapping("/services/{file}")
	@Operation(summary = "A service definition, {service_code}.json or .xml, with its attributes")
	ResponseEntity<byte[]> definition(@PathVariable String file,
			@RequestParam(name = "locale", required = false) String language,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
		String[] named = split(file);
		return answer(named[1], accept, language, locale, call -> {
			ServiceCode code = ServiceCode.parse(named[0], topics)
				.orElseThrow(() -> refusal(HttpStatus.NOT_FOUND, call, "open311.error.serviceCode"));
			return call.format().definition(new ServiceDefinition(code.code(), attributes(code.kind(), call.locale())));
		});
	}

	@PostMapping({ "/requests", "/requests.{extension}" })
	@Operation(summary = "Submits a service request, form-encoded, with api_key")
	ResponseEntity<byte[]> submit(@PathVariable(required = false) String extension,
			@RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Locale locale,
			HttpServletRequest request) {
		return answer(extension, accept, form.getFirst("locale"), locale, call -> {
			Authentication key = SecurityContextHolder.getContext().getAuthentication();
			if (!maySubmit(key)) {
				throw refusal(HttpStatus.FORBIDDEN, call, "open311.error.apiKey");
			}
			if (!limits.allow(RateLimits.Action.KEY_SUBMIT, RateLimits.keyOf(request.getParameter("api_key")))) {
				throw refusal(HttpStatus.TOO_MANY_REQUESTS, call, "open311.error.keyRateLimited");
			}
			if (!limits.allow(RateLimits.Action.SUBMIT, request.getRemoteAddr())) {
				throw refusal(HttpStatus.TOO_MANY_REQUESTS, call, "feedback.error.rateLimited");
			}
			Submission submission = submission(form, call);
			ServiceRequests.Submitted submitted;
			try {
				submitted = requests.submit(submission, key.getName(), call.locale());
			}
			catch (InvalidInputException invalid) {
				throw new Refusal(HttpStatus.BAD_REQUEST,
						invalid.getErrors().getAllErrors().stream().map(e -> describe(e, call.locale())).toList());
			}
			Receipt receipt = submitted.receipt();
			String notice = receipt.duplicate()
					? text(call, "open311.notice.duplicate", receipt.trackingCode())
					: text(call, "open311.notice.received", receipt.trackingCode(),
							receipt.dueOn() == null ? "-" : receipt.dueOn().toString());
			return call.format()
				.requests(receipt.duplicate() ? HttpStatus.OK : HttpStatus.CREATED, List.of(
						new Acknowledgement(receipt.trackingCode(), submitted.token(), notice, form.getFirst("account_id"))));
		});
	}

	@GetMapping({ "/requests", "/requests.{extension}" })
	@Operation(summary = "Lists service requests (no personal data): service_request_id, service_code, start_date, end_date, status")
	ResponseEntity<byte[]> list(@PathVariable(required = false) String extension,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "locale", required = false) String language,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Locale locale,
			HttpServletRequest request) {
		return answer(extension, accept, language, locale, call -> {
			lookUp(call, request);
			List<String> codes = ids == null ? List.of()
					: Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty())
						.map(s -> s.toUpperCase(Locale.ROOT)).toList();
			PublicRequests.Filter filter;
			if (!codes.isEmpty()) {
				filter = new PublicRequests.Filter(codes, null, null, false, null, null, null,
						ServiceRequests.LIST_LIMIT);
			}
			else {
				ServiceCode code = serviceCode == null || serviceCode.isBlank() ? null
						: ServiceCode.parse(serviceCode.strip(), topics)
							.orElseThrow(() -> refusal(HttpStatus.BAD_REQUEST, call, "open311.error.serviceCode"));
				Instant until = endDate == null ? null : instant(endDate, call, false);
				Instant from = startDate == null ? null : instant(startDate, call, true);
				if (from == null && until == null) {
					from = Instant.now().minus(DEFAULT_DAYS, ChronoUnit.DAYS);
				}
				filter = new PublicRequests.Filter(null, code == null ? null : code.kind(),
						code == null ? null : code.topicCode(), false, from, until, statuses(status, call),
						ServiceRequests.LIST_LIMIT);
			}
			Names names = new Names(call.locale());
			return call.format()
				.requests(HttpStatus.OK, requests.search(filter).stream().map(r -> request(r, names)).toList());
		});
	}

	@GetMapping("/requests/{file}")
	@Operation(summary = "A service request by its service_request_id (the tracking code)")
	ResponseEntity<byte[]> request(@PathVariable String file,
			@RequestParam(name = "locale", required = false) String language,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Locale locale,
			HttpServletRequest http) {
		String[] named = split(file);
		return answer(named[1], accept, language, locale, call -> {
			lookUp(call, http);
			PublicRequest found = requests.find(named[0])
				.orElseThrow(() -> refusal(HttpStatus.NOT_FOUND, call, "open311.error.requestNotFound"));
			return call.format().requests(HttpStatus.OK, List.of(request(found, new Names(call.locale()))));
		});
	}

	@GetMapping("/tokens/{file}")
	@Operation(summary = "The service_request_id of a token given at submission")
	ResponseEntity<byte[]> token(@PathVariable String file,
			@RequestParam(name = "locale", required = false) String language,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Locale locale,
			HttpServletRequest http) {
		String[] named = split(file);
		return answer(named[1], accept, language, locale, call -> {
			lookUp(call, http);
			String id = requests.serviceRequestIdOf(named[0])
				.orElseThrow(() -> refusal(HttpStatus.NOT_FOUND, call, "open311.error.tokenNotFound"));
			return call.format().requests(HttpStatus.OK, List.of(new Acknowledgement(id, named[0], null, null)));
		});
	}

	private interface Handler {

		ResponseEntity<byte[]> handle(Call call);
	}

	/** Runs a call in its format and language, and answers any refusal in the specification's error format. */
	private ResponseEntity<byte[]> answer(String extension, String accept, String language, Locale resolved,
			Handler handler) {
		Locale locale = language(language, resolved);
		LocaleContextHolder.setLocale(locale);
		Open311Format format = Open311Format.of(extension, accept);
		Call call = new Call(format == null ? Open311Format.JSON : format, locale);
		try {
			if (format == null) {
				throw refusal(HttpStatus.NOT_FOUND, call, "open311.error.format");
			}
			return handler.handle(call);
		}
		catch (Refusal refusal) {
			return call.format()
				.errors(refusal.status, refusal.descriptions.stream()
					.map(d -> new Open311Format.Error(refusal.status.value(), d))
					.toList());
		}
	}

	/** The {@code locale} parameter (vi or en) wins over the Accept-Language header. */
	private static Locale language(String language, Locale resolved) {
		if (language != null && language.toLowerCase(Locale.ROOT).startsWith("en")) {
			return Locale.ENGLISH;
		}
		if (language != null && language.toLowerCase(Locale.ROOT).startsWith("vi")) {
			return Locale.forLanguageTag("vi");
		}
		return resolved != null && "en".equals(resolved.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
	}

	/** A request may submit only with an API key that carries the Open311 scope; a signed-in session is not a key. */
	private static boolean maySubmit(Authentication key) {
		return key != null && key.isAuthenticated() && key.getAuthorities()
			.stream()
			.anyMatch(a -> ApiScope.authority(ServiceRequests.SUBMIT_SCOPE).equals(a.getAuthority()));
	}

	private void lookUp(Call call, HttpServletRequest request) {
		if (!limits.allow(RateLimits.Action.LOOKUP, request.getRemoteAddr())) {
			throw refusal(HttpStatus.TOO_MANY_REQUESTS, call, "feedback.error.rateLimited");
		}
	}

	private List<Service> services(Locale locale) {
		List<Service> services = new ArrayList<>();
		List<Topic> active = topics.active();
		for (CaseKind kind : CaseKind.values()) {
			String group = kind(kind, locale);
			services.add(new Service(kind.name(), group, text(locale, "open311.service." + kind.name()), true,
					"realtime", kind.name().toLowerCase(Locale.ROOT), group));
			for (Topic topic : active) {
				services.add(new Service(kind.name() + "-" + topic.code(), group + ": " + topic.name(locale),
						text(locale, "open311.service." + kind.name()) + " " + topic.name(locale), true, "realtime",
						kind.name().toLowerCase(Locale.ROOT) + ", " + topic.code().toLowerCase(Locale.ROOT), group));
			}
		}
		return services;
	}

	/** What a client may, and for complaints and denunciations must, say beyond the standard fields. */
	private List<Attribute> attributes(CaseKind kind, Locale locale) {
		List<Value> senderTypes = Arrays.stream(SenderType.values())
			.map(t -> new Value(t.name(), text(locale, "feedback.senderType." + t.name())))
			.toList();
		List<Value> yesNo = List.of(new Value("true", text(locale, "open311.value.true")),
				new Value("false", text(locale, "open311.value.false")));
		return List.of(
				new Attribute(true, "title", "string", false, null, 1, text(locale, "open311.attribute.title"), null),
				new Attribute(true, "sender_type", "singlevaluelist", false, null, 2,
						text(locale, "open311.attribute.sender_type"), senderTypes),
				new Attribute(true, "sender_id_number", "string", kind.needsIdentity(),
						text(locale, "open311.attribute.sender_id_number.format"), 3,
						text(locale, "open311.attribute.sender_id_number"), null),
				new Attribute(true, "sender_address", "string", kind.needsIdentity(), null, 4,
						text(locale, "open311.attribute.sender_address"), null),
				new Attribute(true, "publish_consent", "singlevaluelist", false, null, 5,
						text(locale, "open311.attribute.publish_consent"), yesNo));
	}

	/** The public form's submission made of the Open311 parameters. */
	private Submission submission(MultiValueMap<String, String> form, Call call) {
		String given = form.getFirst("service_code");
		if (given == null || given.isBlank()) {
			throw refusal(HttpStatus.BAD_REQUEST, call, "open311.error.serviceCodeRequired");
		}
		ServiceCode code = ServiceCode.parse(given.strip(), topics)
			.orElseThrow(() -> refusal(HttpStatus.BAD_REQUEST, call, "open311.error.serviceCode"));
		SenderType senderType = SenderType.INDIVIDUAL;
		String type = form.getFirst("attribute[sender_type]");
		if (type != null && !type.isBlank()) {
			try {
				senderType = SenderType.valueOf(type.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				throw refusal(HttpStatus.BAD_REQUEST, call, "open311.error.senderType");
			}
		}
		Long unitId = null;
		String jurisdiction = form.getFirst("jurisdiction_id");
		if (jurisdiction != null && !jurisdiction.isBlank()) {
			unitId = desk.deskUnits()
				.stream()
				.filter(u -> u.code().equalsIgnoreCase(jurisdiction.strip()))
				.map(OrganisationUnit::id)
				.findFirst()
				.orElseThrow(() -> refusal(HttpStatus.NOT_FOUND, call, "open311.error.jurisdiction"));
		}
		String description = blankToNull(form.getFirst("description"));
		String name = String.join(" ", nonBlank(form.getFirst("first_name")), nonBlank(form.getFirst("last_name")))
			.strip();
		String title = blankToNull(form.getFirst("attribute[title]"));
		if (title == null && description != null) {
			title = titleOf(description);
		}
		Submission submission = new Submission(senderType, name, blankToNull(form.getFirst("email")),
				blankToNull(form.getFirst("phone")), blankToNull(form.getFirst("attribute[sender_address]")),
				blankToNull(form.getFirst("attribute[sender_id_number]")), code.kind(), code.topicCode(), title,
				content(description, form, call.locale()),
				"true".equalsIgnoreCase(form.getFirst("attribute[publish_consent]")), unitId);
		List<String> problems = new ArrayList<>();
		for (ConstraintViolation<Submission> violation : validator.validate(submission)) {
			String field = violation.getPropertyPath().toString();
			problems.add(PARAMETERS.getOrDefault(field, field) + ": " + violation.getMessage());
		}
		for (FieldError error : desk.problems(submission)) {
			problems.add(describe(error, call.locale()));
		}
		if (!problems.isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, problems.stream().distinct().toList());
		}
		return submission;
	}

	/**
	 * The case's content: the description, then where it happened and the picture's address as the client gave
	 * them. The desk does not fetch the picture: it would be a request to any address a client names.
	 */
	private String content(String description, MultiValueMap<String, String> form, Locale locale) {
		if (description == null) {
			return null;
		}
		StringBuilder content = new StringBuilder(description);
		String address = blankToNull(form.getFirst("address_string"));
		String lat = blankToNull(form.getFirst("lat"));
		String lon = blankToNull(form.getFirst("long"));
		if (address != null || (lat != null && lon != null)) {
			content.append("\n\n").append(text(locale, "open311.content.location")).append(": ");
			content.append(address == null ? "" : address);
			if (lat != null && lon != null) {
				content.append(address == null ? "" : " ").append("(").append(lat).append(", ").append(lon).append(")");
			}
		}
		String media = blankToNull(form.getFirst("media_url"));
		if (media != null) {
			content.append("\n").append(text(locale, "open311.content.media")).append(": ").append(media);
		}
		return content.toString();
	}

	/** The first line of the description, cut at a word near 120 characters. */
	static String titleOf(String description) {
		String line = description.strip().lines().findFirst().orElse("").strip();
		if (line.length() <= 120) {
			return line;
		}
		int cut = line.lastIndexOf(' ', 120);
		return line.substring(0, cut > 60 ? cut : 120) + "…";
	}

	/**
	 * The names of topics and units, each looked up once for a whole list: a list holds up to
	 * {@value ServiceRequests#LIST_LIMIT} requests.
	 */
	private final class Names {

		private final Locale locale;

		private final Map<String, Topic> topicsByCode = new HashMap<>();

		private final Map<Long, Optional<String>> units = new HashMap<>();

		Names(Locale locale) {
			this.locale = locale;
			topics.all().forEach(t -> topicsByCode.put(t.code(), t));
		}

		String topic(String code) {
			Topic topic = code == null ? null : topicsByCode.get(code);
			return topic == null ? null : topic.name(locale);
		}

		String unit(long id) {
			return units.computeIfAbsent(id, u -> organisation.findUnscoped(u).map(unit -> unit.name(locale)))
				.orElse(null);
		}
	}

	private ServiceRequest request(PublicRequest r, Names names) {
		Locale locale = names.locale;
		String serviceCode = r.topicCode() == null ? r.kind().name() : r.kind().name() + "-" + r.topicCode();
		String topic = names.topic(r.topicCode());
		String serviceName = kind(r.kind(), locale) + (topic == null ? "" : ": " + topic);
		String notes = text(locale, "feedback.status." + r.status().name());
		String agency;
		if (r.status() == CaseStatus.TRANSFERRED && r.transferredTo() != null) {
			agency = r.transferredTo();
		}
		else {
			agency = names.unit(r.responsibleUnitId());
		}
		if (r.clockStopped()) {
			notes = notes + ". " + text(locale, "open311.notes.clockStopped");
		}
		String expected = r.status().isOpen() && r.dueOn() != null
				? ISO.format(r.dueOn().atTime(LocalTime.of(23, 59, 59)).atZone(FeedbackDesk.VIETNAM)) : null;
		return new ServiceRequest(r.trackingCode(), r.status().isOpen() ? "open" : "closed", notes, serviceName,
				serviceCode, r.publishedContent(), agency, null, vietnam(r.receivedAt()), vietnam(r.updatedAt()),
				expected);
	}

	private static String vietnam(Instant at) {
		return at == null ? null : ISO.format(ZonedDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), FeedbackDesk.VIETNAM));
	}

	/** A date and time with its offset, as the specification asks; a bare date is taken as a day in Vietnam. */
	private Instant instant(String text, Call call, boolean start) {
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException notDateTime) {
			try {
				LocalDate day = LocalDate.parse(text.strip());
				return (start ? day : day.plusDays(1)).atStartOfDay(FeedbackDesk.VIETNAM).toInstant();
			}
			catch (DateTimeParseException notDate) {
				throw refusal(HttpStatus.BAD_REQUEST, call, "open311.error.date");
			}
		}
	}

	private List<CaseStatus> statuses(String status, Call call) {
		if (status == null || status.isBlank()) {
			return null;
		}
		EnumSet<CaseStatus> chosen = EnumSet.noneOf(CaseStatus.class);
		for (String one : status.split(",")) {
			switch (one.strip().toLowerCase(Locale.ROOT)) {
				case "open" -> Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).forEach(chosen::add);
				case "closed" -> Arrays.stream(CaseStatus.values()).filter(s -> !s.isOpen()).forEach(chosen::add);
				default -> throw refusal(HttpStatus.BAD_REQUEST, call, "open311.error.status");
			}
		}
		return List.copyOf(chosen);
	}

	private String describe(ObjectError error, Locale locale) {
		String message = messages.getMessage(error, locale);
		if (error instanceof FieldError field) {
			return PARAMETERS.getOrDefault(field.getField(), field.getField()) + ": " + message;
		}
		return message;
	}

	private Refusal refusal(HttpStatus status, Call call, String key) {
		return new Refusal(status, List.of(text(call.locale(), key)));
	}

	private String kind(CaseKind kind, Locale locale) {
		return text(locale, "feedback.kind." + kind.name());
	}

	private String text(Call call, String key, Object... args) {
		return text(call.locale(), key, args);
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The name and the extension of the last path segment: {@code 261123-K7M2QX.json}. */
	private static String[] split(String file) {
		int dot = file.lastIndexOf('.');
		return dot > 0 ? new String[] { file.substring(0, dot), file.substring(dot + 1) } : new String[] { file, null };
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String nonBlank(String text) {
		return text == null ? "" : text.strip();
	}

	/** A service code: a kind of case ({@code COMPLAINT}), or a kind and an active topic ({@code COMPLAINT-TELECOM}). */
	record ServiceCode(CaseKind kind, String topicCode) {

		String code() {
			return topicCode == null ? kind.name() : kind.name() + "-" + topicCode;
		}

		static Optional<ServiceCode> parse(String code, FeedbackTopics topics) {
			int dash = code.indexOf('-');
			String kindName = (dash < 0 ? code : code.substring(0, dash)).toUpperCase(Locale.ROOT);
			Optional<CaseKind> kind = Arrays.stream(CaseKind.values()).filter(k -> k.name().equals(kindName)).findFirst();
			if (kind.isEmpty()) {
				return Optional.empty();
			}
			if (dash < 0) {
				return Optional.of(new ServiceCode(kind.get(), null));
			}
			return topics.find(code.substring(dash + 1))
				.filter(Topic::active)
				.map(t -> new ServiceCode(kind.get(), t.code()));
		}
	}
}
