package org.govict.helpdesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govict.helpdesk.Approval;
import org.govict.helpdesk.Channel;
import org.govict.helpdesk.Level;
import org.govict.helpdesk.Ticket;
import org.govict.helpdesk.TicketPage;
import org.govict.helpdesk.TicketQuery;
import org.govict.helpdesk.TicketStatus;
import org.govict.helpdesk.TicketStep;
import org.govict.helpdesk.TicketType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tickets, their steps and their links to assets and articles. */
@Repository
public class Tickets {

	/** Who reads the lists: everything, the tickets of units under the path prefixes and their groups', or their own. */
	public record Viewer(long userId, List<String> prefixes, boolean everything, boolean ownOnly) {
	}

	private static final String SELECT = """
			SELECT t.*, r.full_name AS requester_name, tech.full_name AS technician_name
			  FROM helpdesk_tickets t
			  JOIN users r ON r.id = t.requester_id
			  LEFT JOIN users tech ON tech.id = t.technician_id""";

	private final JdbcClient jdbc;

	Tickets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(TicketType type, String title, String description, Long categoryId, Level impact,
			Level urgency, Level priority, Approval approval, long requesterId, long requesterUnitId, Long groupId,
			Instant openedAt, Instant responseDue, Instant resolutionDue, Channel channel) {
		return jdbc.sql("""
				INSERT INTO helpdesk_tickets (type, title, description, category_id, impact, urgency, priority, approval,
				       requester_id, requester_unit_id, group_id, opened_at, response_due_at, resolution_due_at, channel)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(type.name(), title, description, categoryId, impact.value(), urgency.value(), priority.value(),
					approval.name(), requesterId, requesterUnitId, groupId, ts(openedAt), ts(responseDue),
					ts(resolutionDue), channel.name())
			.query(Long.class)
			.single();
	}

	public Optional<Ticket> find(long id) {
		return jdbc.sql(SELECT + " WHERE t.id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	/** Locks the ticket's row for the step being taken, so that two steps at once do not overwrite each other. */
	public Optional<Ticket> lock(long id) {
		jdbc.sql("SELECT id FROM helpdesk_tickets WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
		return find(id);
	}

	/** Sets the given columns (names from code, never from input) and bumps the version. */
	public void set(long id, Map<String, Object> columns) {
		StringBuilder sql = new StringBuilder("UPDATE helpdesk_tickets SET updated_at = now(), version = version + 1");
		Map<String, Object> params = new HashMap<>();
		columns.forEach((column, value) -> {
			sql.append(", ").append(column).append(" = :").append(column);
			params.put(column, value instanceof Instant i ? ts(i) : value instanceof Enum<?> e ? e.name() : value);
		});
		params.put("id", id);
		jdbc.sql(sql + " WHERE id = :id").params(params).update();
	}

	public long addStep(long ticketId, Long actorId, String actorName, String action, TicketStatus status,
			String note, boolean privateNote) {
		return jdbc.sql("""
				INSERT INTO helpdesk_ticket_steps (ticket_id, actor_id, actor_name, action, status, note, private)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(ticketId, actorId, actorName, action, status.name(), note, privateNote)
			.query(Long.class)
			.single();
	}

	/** The ticket's latest step: the one a step's files go with. */
	public long lastStepId(long ticketId) {
		return jdbc.sql("SELECT max(id) FROM helpdesk_ticket_steps WHERE ticket_id = ?")
			.param(ticketId)
			.query(Long.class)
			.single();
	}

	public List<TicketStep> steps(long ticketId, boolean withPrivate) {
		return jdbc.sql("""
				SELECT id, at, actor_name, action, status, note, private FROM helpdesk_ticket_steps
				 WHERE ticket_id = ? AND (? OR NOT private) ORDER BY id""")
			.params(ticketId, withPrivate)
			.query((rs, n) -> new TicketStep(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), TicketStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	public void linkAsset(long ticketId, long assetId) {
		jdbc.sql("INSERT INTO helpdesk_ticket_assets (ticket_id, asset_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(ticketId, assetId)
			.update();
	}

	public List<Long> assetIds(long ticketId) {
		return jdbc.sql("SELECT asset_id FROM helpdesk_ticket_assets WHERE ticket_id = ? ORDER BY asset_id")
			.param(ticketId)
			.query(Long.class)
			.list();
	}

	public void linkArticle(long ticketId, long articleId) {
		jdbc.sql("INSERT INTO helpdesk_ticket_articles (ticket_id, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(ticketId, articleId)
			.update();
	}

	public List<Long> articleIds(long ticketId) {
		return jdbc.sql("SELECT article_id FROM helpdesk_ticket_articles WHERE ticket_id = ? ORDER BY article_id")
			.param(ticketId)
			.query(Long.class)
			.list();
	}

	public Optional<Long> ticketOfSurveyToken(String tokenHash) {
		return jdbc.sql("SELECT id FROM helpdesk_tickets WHERE survey_token_hash = ?")
			.param(tokenHash)
			.query(Long.class)
			.optional();
	}

	/** The waiting tickets whose date to wait until has come. */
	public List<Long> waitingUntilPast(Instant now) {
		return jdbc.sql("SELECT id FROM helpdesk_tickets WHERE status = 'WAITING' AND waiting_until <= ? ORDER BY id")
			.param(ts(now))
			.query(Long.class)
			.list();
	}

	/** The open tickets nobody took within their response target, not yet escalated. */
	public List<Long> untakenPastResponse(Instant now) {
		return jdbc.sql("""
				SELECT id FROM helpdesk_tickets
				 WHERE responded_at IS NULL AND escalated_at IS NULL AND response_due_at < ?
				   AND status NOT IN ('RESOLVED', 'CLOSED') AND approval IN ('NOT_NEEDED', 'APPROVED')
				 ORDER BY id LIMIT 500""")
			.param(ts(now))
			.query(Long.class)
			.list();
	}

	/**
	 * One page of the tickets the viewer may see that match the query, and the first ticket of the next page if any, the open ones by their resolution due time,
	 * the others newest first. Written for a million tickets: the technicians' queue (open only, by group or
	 * technician, ordered by due time) reads the partial indexes on open tickets; "late" is a range on the same
	 * column; a requester's own list reads (requester_id, opened_at); the text is matched on the stored folded
	 * title and description that the trigram index covers. The count of a text search is capped (see
	 * {@link #count}).
	 */
	public List<Ticket> search(TicketQuery query, Viewer viewer, Instant now) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, viewer, now, params);
		// One more than a page, to tell whether another page follows.
		params.put("limit", TicketQuery.PAGE_SIZE + 1);
		params.put("offset", query.page() * TicketQuery.PAGE_SIZE);
		String order = query.openOnly() || query.late() || (query.status() != null && query.status().isOpen())
				? " ORDER BY t.resolution_due_at, t.id" : " ORDER BY t.opened_at DESC, t.id DESC";
		return jdbc.sql(SELECT + where + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * How many match, counted up to {@link TicketPage#COUNT_CAP} and no further, so that a broad filter over a
	 * million rows stays quick. Measured on a million tickets (5% open), embedded PostgreSQL on two busy cores:
	 * each list of the queue (open, late, mine, unassigned, text search), page and count together, within 10–90 ms.
	 */
	public long count(TicketQuery query, Viewer viewer, Instant now) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, viewer, now, params);
		return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM helpdesk_tickets t" + where + " LIMIT " + TicketPage.COUNT_CAP + ") c")
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(TicketQuery query, Viewer viewer, Instant now, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		params.put("me", viewer.userId());
		if (viewer.ownOnly()) {
			conditions.add("t.requester_id = :me");
		}
		else if (!viewer.everything()) {
			conditions.add("""
					(t.requester_unit_id IN (SELECT id FROM organisation_units WHERE path LIKE ANY(CAST(:prefixes AS text[])))
					 OR t.group_id IN (SELECT group_id FROM helpdesk_group_members WHERE user_id = :me)
					 OR t.requester_id = :me OR t.technician_id = :me)""");
			params.put("prefixes", viewer.prefixes().stream().map(p -> p + "%").toArray(String[]::new));
		}
		if (query.status() != null) {
			conditions.add("t.status = :status");
			params.put("status", query.status().name());
		}
		// Said again for an open status, so that the planner reads the open tickets' index.
		if (query.openOnly() || query.late() || (query.status() != null && query.status().isOpen())) {
			conditions.add("t.status NOT IN ('RESOLVED', 'CLOSED')");
		}
		if (query.late()) {
			conditions.add("t.resolution_due_at < :now AND t.paused_since IS NULL");
			params.put("now", ts(now));
		}
		if (query.groupId() != null) {
			conditions.add("t.group_id = :group");
			params.put("group", query.groupId());
		}
		if (query.categoryId() != null) {
			conditions.add("t.category_id = :category");
			params.put("category", query.categoryId());
		}
		if (query.mine()) {
			conditions.add("t.technician_id = :me");
		}
		if (query.unassigned()) {
			conditions.add("t.technician_id IS NULL");
		}
		if (query.hasText()) {
			// Without diacritics, case or spaces, as the search indexes hold the text (V31).
			conditions.add("replace(t.search_text, ' ', '') LIKE '%' || replace(search_fold(:text), ' ', '') || '%'");
			params.put("text", likeLiteral(query.text().strip()));
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/** The text as a LIKE pattern matches it literally: a typed % or _ is not a wildcard. */
	static String likeLiteral(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Ticket map(ResultSet rs) throws SQLException {
		return new Ticket(rs.getLong("id"), TicketType.valueOf(rs.getString("type")), rs.getString("title"),
				rs.getString("description"), rs.getObject("category_id", Long.class), Level.of(rs.getInt("impact")),
				Level.of(rs.getInt("urgency")), Level.of(rs.getInt("priority")),
				TicketStatus.valueOf(rs.getString("status")), Approval.valueOf(rs.getString("approval")),
				rs.getLong("requester_id"), rs.getString("requester_name"), rs.getLong("requester_unit_id"),
				rs.getObject("group_id", Long.class), rs.getObject("technician_id", Long.class),
				rs.getString("technician_name"), rs.getString("solution"), instant(rs, "opened_at"),
				instant(rs, "responded_at"), instant(rs, "resolved_at"), instant(rs, "closed_at"),
				instant(rs, "response_due_at"), instant(rs, "resolution_due_at"), instant(rs, "paused_since"),
				instant(rs, "waiting_until"), rs.getLong("paused_minutes"), instant(rs, "escalated_at"), rs.getObject("rating", Integer.class),
				rs.getString("rating_comment"), rs.getInt("version"), Channel.valueOf(rs.getString("channel")));
	}
}
