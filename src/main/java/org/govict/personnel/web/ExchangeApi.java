package org.govict.personnel.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govict.personnel.PersonnelExchange;
import org.govict.personnel.PersonnelExchange.BatchResult;
import org.govict.personnel.PersonnelExchange.ChangesPage;
import org.govict.personnel.PersonnelExchange.RecordsPage;
import org.govict.personnel.internal.ChangeCursor;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The data exchange of Circular 13/2017/TT-BNV for ministries' and provinces' systems. Pull: all records of the
 * caller's scope, the records as of a date, the changes since a cursor. Sync: a batch upsert by ID number. A token
 * needs the scope {@code personnel:read} to pull and {@code personnel:write} to sync; the caller's data scope,
 * the person's consent for another agency's records and the sensitive groups apply as everywhere in the registry.
 */
@ApiController("/api/v1/personnel/exchange")
@Tag(name = "Personnel data exchange", description = "Circular 13/2017: pull records and changes, sync records in")
class ExchangeApi {

	private final PersonnelExchange exchange;

	ExchangeApi(PersonnelExchange exchange) {
		this.exchange = exchange;
	}

	@GetMapping("/records")
	@Operation(summary = "Records of the caller's scope, by keyset pages of id; or as they stood on a date",
			description = "Pass the nextAfter of a page as after to get the next one; nextAfter is absent after the last page.")
	RecordsPage records(@RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "200") int limit,
			@Parameter(description = "yyyy-MM-dd: each record as it stood on that day") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		requireScope(PersonnelExchange.READ_SCOPE);
		return asOf == null ? exchange.records(after, limit) : exchange.recordsAsOf(asOf, after, limit);
	}

	@GetMapping("/changes")
	@Operation(summary = "Changes after a cursor, in cursor order",
			description = "Start without since; then pass the nextCursor of the last page. A change appears only once "
					+ "every transaction that might write an earlier one has ended, so a reader never skips a change.")
	ChangesPage changes(@RequestParam(required = false) String since, @RequestParam(defaultValue = "200") int limit) {
		requireScope(PersonnelExchange.READ_SCOPE);
		if (ChangeCursor.parse(since).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "since: not a cursor of this feed");
		}
		return exchange.changes(since, limit);
	}

	@PostMapping("/records/batch")
	@Operation(summary = "Create or update records by ID number (sync into the registry)",
			description = "Each record is a JSON object of field values with id_number, and the unit as unit_id or "
					+ "unit_code. Each is saved on its own: the result lists, in order, created, updated, unchanged "
					+ "or refused with the fields at fault. The same batch twice changes nothing. With an "
					+ "Idempotency-Key, a repeated request gets the stored answer of the first.")
	BatchResult batch(@RequestBody List<Map<String, Object>> records,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		requireScope(PersonnelExchange.WRITE_SCOPE);
		return exchange.sync(records, idempotencyKey);
	}

	private static void requireScope(String scope) {
		if (!CurrentUser.hasScope(scope)) {
			throw new AccessDeniedException("personnel.exchange.scopeNeeded");
		}
	}
}
