package org.govict.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditTrail implements AuditTrail {

	private final AuditEntries entries;

	private final JsonMapper json;

	private final Clock clock;

	JdbcAuditTrail(AuditEntries entries, JsonMapper json) {
		this.entries = entries;
		this.json = json;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record) {
		entries.append(entry(record, Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAll(List<AuditRecord> records) {
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		entries.appendAll(records.stream().map(record -> entry(record, now)).toList());
	}

	private AuditEntry entry(AuditRecord record, Instant now) {
		return new AuditEntry(0, now, record.actor() != null ? record.actor() : CurrentUser.actorName(),
				record.clientAddress() != null ? record.clientAddress() : clientAddress(), record.module(),
				record.action(), record.recordType(), record.recordId(), record.unitId(), record.summary(),
				toJson(record.before()), toJson(record.after()), null, null);
	}

	private String toJson(Object state) {
		if (state == null) {
			return null;
		}
		if (state instanceof String text) {
			return text;
		}
		return json.writeValueAsString(state);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
