package org.govict.personnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.internal.ConsentEntries;
import org.govict.personnel.internal.ConsentEntries.ConsentEntry;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's consent to access by another agency (Decree 13/2023/NĐ-CP on personal data protection): the
 * officers of the record's own agency record a consent (to which agency, for what, from when, until when) and
 * its withdrawal. {@link PersonnelRegistry} checks them whenever a reader from another agency's tree opens a record.
 */
@Service
public class PersonnelConsents {

	static final String CONSENT = "PersonnelConsent";

	private final PersonnelRegistry registry;

	private final ConsentEntries consents;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final Clock clock;

	PersonnelConsents(PersonnelRegistry registry, ConsentEntries consents, Organisation organisation,
			AuditTrail audit, Optional<Clock> clock) {
		this.registry = registry;
		this.consents = consents;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** What an officer enters for a consent. */
	public record ConsentForm(Long agencyUnitId, String purpose, LocalDate givenOn, LocalDate expiresOn) {
	}

	@Transactional
	public List<ConsentEntry> list(long recordId) {
		registry.get(recordId);
		return consents.ofRecord(recordId);
	}

	/** @throws RecordRefused with the form's fields at fault */
	@Transactional
	public ConsentEntry record(long recordId, ConsentForm form) {
		PersonnelRecord record = changeable(recordId);
		List<FieldRefusal> refusals = new ArrayList<>();
		Optional<OrganisationUnit> agency = form.agencyUnitId() == null ? Optional.empty()
				: organisation.findUnscoped(form.agencyUnitId());
		if (agency.isEmpty()) {
			refusals.add(FieldRefusal.of("agencyUnitId", "personnel.value.required"));
		}
		String purpose = form.purpose() == null ? "" : form.purpose().strip();
		if (purpose.isEmpty()) {
			refusals.add(FieldRefusal.of("purpose", "personnel.value.required"));
		}
		else if (purpose.length() > 500) {
			refusals.add(FieldRefusal.of("purpose", "personnel.value.tooLong", 500));
		}
		if (form.givenOn() == null) {
			refusals.add(FieldRefusal.of("givenOn", "personnel.value.required"));
		}
		else if (form.givenOn().isAfter(LocalDate.now(clock))) {
			refusals.add(FieldRefusal.of("givenOn", "personnel.value.dateInFuture"));
		}
		if (form.givenOn() != null && form.expiresOn() != null && form.expiresOn().isBefore(form.givenOn())) {
			refusals.add(FieldRefusal.of("expiresOn", "personnel.consent.expiresBeforeGiven"));
		}
		if (!refusals.isEmpty()) {
			throw new RecordRefused(refusals);
		}
		long id = consents.insert(recordId, agency.get().id(), purpose, form.givenOn(), form.expiresOn(),
				CurrentUser.actorName());
		audit.record(AuditRecord.created(PersonnelRegistry.MODULE, CONSENT, id, record.unitId(),
				Map.of("record", recordId, "agency", agency.get().code(), "purpose", purpose, "givenOn",
						form.givenOn().toString(), "expiresOn", String.valueOf(form.expiresOn()))));
		return consents.find(recordId, id).orElseThrow();
	}

	/** Withdraws a consent from {@code on} (today if null): from that day the agency no longer reads the record. */
	@Transactional
	public ConsentEntry withdraw(long recordId, long consentId, LocalDate on) {
		PersonnelRecord record = changeable(recordId);
		ConsentEntry consent = consents.find(recordId, consentId)
			.orElseThrow(() -> new NotFoundException(CONSENT, consentId));
		LocalDate day = on == null ? LocalDate.now(clock) : on;
		if (day.isBefore(consent.givenOn())) {
			throw new RecordRefused(FieldRefusal.of("withdrawnOn", "personnel.consent.withdrawnBeforeGiven"));
		}
		if (consents.withdraw(consentId, day)) {
			audit.record(AuditRecord.action(PersonnelRegistry.MODULE, "WITHDRAW", CONSENT, consentId,
					record.unitId(), null, Map.of("withdrawnOn", day.toString())));
		}
		return consents.find(recordId, consentId).orElseThrow();
	}

	private PersonnelRecord changeable(long recordId) {
		if (!PersonnelRegistry.canChange()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
		return registry.get(recordId);
	}
}
