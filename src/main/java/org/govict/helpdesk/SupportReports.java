package org.govict.helpdesk;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govict.organisation.Organisation;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's reports (báo cáo hỗ trợ kỹ thuật) for technicians and leaders, over the tickets opened in a period by
 * requesters of the units in their scope.
 */
@Service
public class SupportReports {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Helpdesk helpdesk;

	SupportReports(JdbcClient jdbc, Organisation organisation, Helpdesk helpdesk) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.helpdesk = helpdesk;
	}

	public static boolean canRead() {
		return Helpdesk.isDesk() || CurrentUser.hasRole(Roles.LEADER);
	}

	/**
	 * The report for the tickets opened from {@code from} to {@code to} inclusive. The counts are grouped in SQL on
	 * the (requester_unit_id, opened_at) index; the working hours to respond and to resolve (less the time it stood
	 * waiting) are counted on the service-level clock in Java, over the period's answered tickets only.
	 */
	@Transactional(readOnly = true)
	public SupportReport report(LocalDate from, LocalDate to) {
		if (!canRead()) {
			throw new AccessDeniedException("helpdesk.access.denied");
		}
		ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
		Map<String, Object> params = new HashMap<>();
		params.put("from", Timestamp.from(from.atStartOfDay(zone).toInstant()));
		params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		StringBuilder where = new StringBuilder(" WHERE t.opened_at >= :from AND t.opened_at < :to");
		DataScope scope = CurrentUser.scope();
		if (!scope.unrestricted()) {
			where.append(" AND t.requester_unit_id IN (SELECT id FROM organisation_units WHERE path LIKE ANY(CAST(:prefixes AS text[])))");
			params.put("prefixes", organisation.pathPrefixes(scope).stream().map(p -> p + "%").toArray(String[]::new));
		}
		String counts = """
				count(*), count(t.resolved_at), count(*) FILTER (WHERE t.resolved_at <= t.resolution_due_at)""";
		List<SupportReport.Count> byCategory = jdbc
			.sql("SELECT t.category_id, " + counts + " FROM helpdesk_tickets t" + where
					+ " GROUP BY t.category_id ORDER BY count(*) DESC")
			.params(params)
			.query((rs, n) -> new SupportReport.Count(rs.getObject(1, Long.class), rs.getLong(2), rs.getLong(3),
					rs.getLong(4)))
			.list();
		List<SupportReport.Count> byUnit = jdbc
			.sql("SELECT t.requester_unit_id, " + counts + " FROM helpdesk_tickets t" + where
					+ " GROUP BY t.requester_unit_id ORDER BY count(*) DESC")
			.params(params)
			.query((rs, n) -> new SupportReport.Count(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
		long[] totals = new long[3];
		byCategory.forEach(c -> {
			totals[0] += c.opened();
			totals[1] += c.resolved();
			totals[2] += c.resolvedInTime();
		});
		ServiceClock clock = helpdesk.clock();
		long[] response = new long[2];
		long[] resolution = new long[2];
		jdbc.sql("SELECT t.opened_at, t.responded_at, t.resolved_at, t.paused_minutes FROM helpdesk_tickets t" + where
				+ " AND t.responded_at IS NOT NULL")
			.params(params)
			.query(rs -> {
				Instant opened = rs.getTimestamp(1).toInstant();
				response[0] += clock.between(opened, rs.getTimestamp(2).toInstant());
				response[1]++;
				Timestamp resolved = rs.getTimestamp(3);
				if (resolved != null) {
					resolution[0] += Math.max(0, clock.between(opened, resolved.toInstant()) - rs.getLong(4));
					resolution[1]++;
				}
			});
		Object[] rating = jdbc.sql("SELECT avg(t.rating), count(t.rating) FROM helpdesk_tickets t" + where)
			.params(params)
			.query((rs, n) -> new Object[] { rs.getObject(1) == null ? null : rs.getDouble(1), rs.getLong(2) })
			.single();
		return new SupportReport(from, to, byCategory, byUnit, totals[0], totals[1], totals[2],
				response[1] == 0 ? null : response[0] / 60.0 / response[1],
				resolution[1] == 0 ? null : resolution[0] / 60.0 / resolution[1], (Double) rating[0],
				(Long) rating[1]);
	}
}
