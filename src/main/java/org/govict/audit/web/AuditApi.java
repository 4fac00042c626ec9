package org.govict.audit.web;

import java.time.Instant;
import java.util.List;

import org.govict.audit.internal.AuditEntry;
import org.govict.audit.internal.AuditSearch;
import org.govict.audit.internal.ChainVerification;
import org.govict.audit.internal.ChainVerifier;
import org.govict.platform.web.ApiController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The trail for auditors' tools: search, one page at a time, and chain verification. */
@ApiController("/api/v1/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'SYSTEM_ADMIN')")
class AuditApi {

	private final AuditSearch search;

	private final ChainVerifier verifier;

	private final JsonMapper json;

	AuditApi(AuditSearch search, ChainVerifier verifier, JsonMapper json) {
		this.search = search;
		this.verifier = verifier;
		this.json = json;
	}

	@GetMapping
	EntryPage search(AuditFilter filter) {
		AuditSearch.Page page = search.search(filter.toQuery(), filter.pageOrFirst(), filter.sizeOrDefault());
		return new EntryPage(page.content().stream().map(this::toResponse).toList(), page.page(), page.size(),
				page.totalElements());
	}

	@GetMapping("/verify")
	ChainVerification verify() {
		return verifier.verify();
	}

	private Entry toResponse(AuditEntry e) {
		return new Entry(e.id(), e.occurredAt(), e.actor(), e.actorIp(), e.module(), e.action(), e.recordType(),
				e.recordId(), e.unitId(), e.summary(), parse(e.beforeState()), parse(e.afterState()), e.prevHash(),
				e.hash());
	}

	/** States go out as JSON, not as JSON inside a string; one that does not parse goes out as text. */
	private JsonNode parse(String state) {
		if (state == null) {
			return null;
		}
		try {
			return json.readTree(state);
		}
		catch (JacksonException notJson) {
			return json.getNodeFactory().stringNode(state);
		}
	}

	record Entry(long id, Instant occurredAt, String actor, String actorIp, String module, String action,
			String recordType, String recordId, Long unitId, String summary, JsonNode before, JsonNode after,
			String prevHash, String hash) {
	}

	record EntryPage(List<Entry> content, int page, int size, long totalElements) {
	}
}
