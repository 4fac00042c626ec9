package org.govict.personnel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.internal.ChangeCursor;
import org.govict.personnel.internal.ExchangeRecords;
import org.govict.personnel.internal.ReadReach;
import org.govict.personnel.internal.Subscriptions;
import org.govict.personnel.internal.Subscriptions.Delivery;
import org.govict.personnel.internal.Subscriptions.Subscription;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.Roles;
import org.govict.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook subscriptions: systems that want the changes pushed to them. Each subscription keeps its own cursor into
 * the feed of changes (the same feed as {@code GET /changes}), and the sender delivers the changes after it in
 * batches, signed with the subscription's secret, retrying a failed batch with a growing pause until the receiver
 * takes it. Working from the feed rather than from events covers imports, which write changes in bulk without
 * events, and a sender that was down: the event listener only wakes the sender up.
 */
@Service
public class ExchangeSubscriptions {

	private static final Logger log = LoggerFactory.getLogger(ExchangeSubscriptions.class);

	static final String EVENT = "personnel.changes";

	private static final SecureRandom random = new SecureRandom();

	private final Subscriptions subscriptions;

	private final ExchangeRecords exchange;

	private final PersonnelRegistry registry;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final ExchangeSettings settings;

	private final HttpClient http;

	private final Clock clock;

	ExchangeSubscriptions(Subscriptions subscriptions, ExchangeRecords exchange, PersonnelRegistry registry,
			Organisation organisation, AuditTrail audit, JsonMapper json, ExchangeSettings settings,
			Optional<Clock> clock) {
		this.subscriptions = subscriptions;
		this.exchange = exchange;
		this.registry = registry;
		this.organisation = organisation;
		this.audit = audit;
		this.json = json;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** A new subscription and its secret, which is shown this once. */
	public record Created(Subscription subscription, String secret) {
	}

	public static boolean canManage() {
		return CurrentUser.hasRole(Roles.SYSTEM_ADMIN) || CurrentUser.hasRole(PersonnelRegistry.NATIONAL);
	}

	@Transactional(readOnly = true)
	public List<Subscription> list() {
		requireManage();
		return subscriptions.all();
	}

	@Transactional(readOnly = true)
	public List<Delivery> recentDeliveries(int limit) {
		requireManage();
		return subscriptions.recent(limit);
	}

	/**
	 * Subscribes {@code url} to the changes of the records in the subtree of {@code unitId}, which must lie within
	 * the creator's scope. The deliveries carry the sensitive groups only when the creator may see them. The
	 * subscription starts at the current end of the feed: what it needs from before, the receiver pulls.
	 * @throws RecordRefused when the URL or the unit is not acceptable
	 */
	@Transactional
	public Created subscribe(String name, String url, long unitId) {
		requireManage();
		URI uri = acceptableUrl(url);
		OrganisationUnit unit = organisation.find(unitId)
			.orElseThrow(() -> new RecordRefused(FieldRefusal.of("unitId", "personnel.value.unitOutOfScope")));
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = subscriptions.insert(name.strip(), uri.toString(), secret, unit.id(), unit.path(),
				PersonnelRegistry.canSeeSensitive(), CurrentUser.actorName());
		subscriptions.moveCursor(id, exchange.endOfFeed());
		audit.record(AuditRecord.created(PersonnelRegistry.MODULE, "PersonnelSubscription", id, unit.id(),
				Map.of("name", name.strip(), "url", uri.toString(), "unit", unit.code())));
		return new Created(subscriptions.find(id).orElseThrow(), secret);
	}

	@Transactional
	public void deactivate(long id) {
		requireManage();
		Subscription subscription = subscriptions.find(id).orElseThrow(() -> new NotFoundException("Subscription", id));
		if (subscriptions.deactivate(id)) {
			audit.record(AuditRecord.action(PersonnelRegistry.MODULE, "DEACTIVATE", "PersonnelSubscription", id,
					subscription.unitId(), null, null));
		}
	}

	/**
	 * Sends what is due: for each active subscription whose pause is over, its undelivered batch again, or the
	 * next batch of changes after its cursor. A subscription whose receiver fails waits (30 s, 1 min, 2 min, ...
	 * at most an hour by default) and is tried again for ever; the exchange page shows it as failing meanwhile.
	 * Runs outside any transaction: a transaction held open while a receiver answers would hold back every reader
	 * of the feed (they read only below the oldest running transaction).
	 * @return how many deliveries were received; null when another round holds the lock
	 */
	@SchedulerLock(name = "personnel-webhooks", lockAtMostFor = "PT10M")
	public Integer deliverDue() {
		int received = 0;
		RecordSchema schema = registry.schema();
		for (Subscription subscription : subscriptions.due()) {
			// A few batches per round, so that one busy subscription does not hold up the others.
			for (int round = 0; round < 10; round++) {
				Optional<Delivery> delivery = subscriptions.pending(subscription.id())
					.or(() -> nextBatch(subscriptions.find(subscription.id()).orElseThrow(), schema));
				if (delivery.isEmpty()) {
					break;
				}
				if (!send(subscription, delivery.get())) {
					break;
				}
				received++;
			}
		}
		return received;
	}

	/** The next batch after the subscription's cursor, as a delivery; empty when nothing new has committed. */
	private Optional<Delivery> nextBatch(Subscription subscription, RecordSchema schema) {
		ReadReach reach = ReadReach.subtree(subscription.unitPath(), subscription.includeSensitive());
		ChangeCursor from = subscription.cursor();
		while (true) {
			List<ExchangeRecords.FeedEntry> entries = exchange.feed(from, settings.deliveryBatch(), reach, schema,
					LocalDate.now(clock));
			if (entries.isEmpty()) {
				return Optional.empty();
			}
			ChangeCursor to = entries.get(entries.size() - 1).cursor();
			List<PersonnelExchange.ExchangedChange> changes = entries.stream()
				.filter(ExchangeRecords.FeedEntry::visible)
				.map(e -> PersonnelExchange.exchanged(e, schema, reach))
				.toList();
			if (changes.isEmpty()) {
				// Nothing here for this subscriber: step over it without a delivery.
				subscriptions.moveCursor(subscription.id(), to);
				from = to;
				continue;
			}
			long id = subscriptions.insertDelivery(subscription.id(), from, to, changes.size());
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("event", EVENT);
			body.put("subscription", subscription.id());
			body.put("delivery", id);
			body.put("createdAt", Instant.now(clock).toString());
			body.put("fromCursor", from.toString());
			body.put("cursor", to.toString());
			body.put("changes", changes);
			subscriptions.writePayload(id, json.writeValueAsString(body));
			return subscriptions.delivery(id);
		}
	}

	private boolean send(Subscription subscription, Delivery delivery) {
		String secret = subscriptions.secretOf(subscription.id());
		Integer status = null;
		String error;
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
				.timeout(settings.timeout())
				.header("Content-Type", "application/json; charset=utf-8")
				.header("User-Agent", "GovICT-Webhooks/1")
				.header("X-GovICT-Event", EVENT)
				.header("X-GovICT-Delivery", String.valueOf(delivery.id()))
				.header("X-GovICT-Timestamp", String.valueOf(Instant.now(clock).getEpochSecond()))
				.header("X-GovICT-Signature", "sha256=" + sign(delivery.payload(), secret))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
				.build();
			HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
			status = response.statusCode();
			if (status >= 200 && status < 300) {
				subscriptions.delivered(delivery.id(), status);
				return true;
			}
			error = "HTTP " + status;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		catch (Exception ex) {
			error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		}
		Instant next = Instant.now(clock).plus(pause(delivery.attempts() + 1, settings.firstRetry(), settings.maxRetry()));
		subscriptions.failed(delivery.id(), status, error, next);
		log.warn("Webhook delivery {} to subscription {} failed ({}); next attempt at {}", delivery.id(),
				subscription.id(), error, next);
		return false;
	}

	/** The pause after the given number of failed attempts: doubling from the first retry, up to the longest. */
	static Duration pause(int failures, Duration first, Duration longest) {
		Duration pause = first;
		for (int i = 1; i < failures && pause.compareTo(longest) < 0; i++) {
			pause = pause.multipliedBy(2);
		}
		return pause.compareTo(longest) > 0 ? longest : pause;
	}

	/** The hex HMAC-SHA256 of the body with the subscription's secret, as in {@code X-GovICT-Signature}. */
	public static String sign(String body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private URI acceptableUrl(String url) {
		URI uri;
		try {
			uri = URI.create(url.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RecordRefused(FieldRefusal.of("url", "personnel.exchange.badUrl"));
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
		if (host.isEmpty() || !(scheme.equals("https") || (scheme.equals("http") && local && settings.allowLocalHttp()))) {
			throw new RecordRefused(FieldRefusal.of("url", "personnel.exchange.badUrl"));
		}
		return uri;
	}

	private static void requireManage() {
		if (!canManage()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
	}
}
