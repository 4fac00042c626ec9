package org.govict.personnel.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.govict.personnel.PersonnelConsents;
import org.govict.personnel.PersonnelConsents.ConsentForm;
import org.govict.personnel.internal.ConsentEntries.ConsentEntry;
import org.govict.platform.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person's consents to access by other agencies (Decree 13/2023/NĐ-CP). */
@ApiController("/api/v1/personnel/records/{recordId}/consents")
@Tag(name = "Personnel consents", description = "Consents to access by another agency")
class ConsentApi {

	private final PersonnelConsents consents;

	ConsentApi(PersonnelConsents consents) {
		this.consents = consents;
	}

	@GetMapping
	List<ConsentEntry> list(@PathVariable long recordId) {
		return consents.list(recordId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ConsentEntry record(@PathVariable long recordId, @RequestBody ConsentForm form) {
		return consents.record(recordId, form);
	}

	/** Withdraws the consent from {@code on} (yyyy-MM-dd; today if absent). */
	@PostMapping("/{id}/withdraw")
	ConsentEntry withdraw(@PathVariable long recordId, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return consents.withdraw(recordId, id, on);
	}
}
