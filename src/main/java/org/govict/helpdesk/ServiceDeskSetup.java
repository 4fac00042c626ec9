package org.govict.helpdesk;

import java.util.List;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.helpdesk.internal.Catalogue;
import org.govict.helpdesk.internal.Catalogue.Person;
import org.govict.organisation.Organisation;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.Roles;
import org.govict.platform.web.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's lists (danh mục): ticket categories, assignment groups of IT technicians and the service level of each
 * priority. Everyone reads them; system administrators change categories and service levels, and technicians or
 * administrators the groups of units in their scope. Every change goes on the audit trail.
 */
@Service
public class ServiceDeskSetup {

	private final Catalogue catalogue;

	private final Organisation organisation;

	private final AuditTrail audit;

	ServiceDeskSetup(Catalogue catalogue, Organisation organisation, AuditTrail audit) {
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.audit = audit;
	}

	/** A technician as the forms list them. */
	public record Technician(long id, String fullName) {
	}

	@Transactional(readOnly = true)
	public List<Category> categories() {
		return catalogue.categories();
	}

	@Transactional(readOnly = true)
	public List<AssignmentGroup> groups() {
		return catalogue.groups();
	}

	@Transactional(readOnly = true)
	public List<ServiceLevel> serviceLevels() {
		return catalogue.serviceLevels();
	}

	@Transactional(readOnly = true)
	public List<Technician> technicians() {
		return catalogue.technicians().stream().map(p -> new Technician(p.id(), p.fullName())).toList();
	}

	@Transactional
	public Category addCategory(String nameVi, String nameEn) {
		requireAdmin();
		if (nameVi == null || nameVi.isBlank()) {
			throw new RuleViolationException("helpdesk.error.name");
		}
		long id = catalogue.addCategory(nameVi.strip(), nameEn == null || nameEn.isBlank() ? nameVi.strip() : nameEn.strip());
		Category added = catalogue.categories().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
		audit.record(AuditRecord.created(Helpdesk.MODULE, "Category", id, null, added));
		return added;
	}

	@Transactional
	public void changeCategory(long id, String nameVi, String nameEn, boolean active) {
		requireAdmin();
		if (nameVi == null || nameVi.isBlank()) {
			throw new RuleViolationException("helpdesk.error.name");
		}
		nameEn = nameEn == null || nameEn.isBlank() ? nameVi : nameEn;
		Category before = catalogue.categories().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
		catalogue.changeCategory(id, nameVi.strip(), nameEn.strip(), active);
		audit.record(AuditRecord.changed(Helpdesk.MODULE, "Category", id, null, before,
				new Category(id, nameVi.strip(), nameEn.strip(), active)));
	}

	/** A group within a unit of the user's scope, whose members must all be IT technicians. */
	@Transactional
	public AssignmentGroup addGroup(String name, long unitId, List<Long> memberIds) {
		if (!Helpdesk.isDesk()) {
			throw new AccessDeniedException("helpdesk.access.denied");
		}
		if (name == null || name.isBlank()) {
			throw new RuleViolationException("helpdesk.error.name");
		}
		if (catalogue.groups().stream().anyMatch(g -> g.name().equalsIgnoreCase(name.strip()))) {
			throw new RuleViolationException("helpdesk.error.groupTaken");
		}
		if (!organisation.isWithinScope(unitId, CurrentUser.scope())) {
			throw new RuleViolationException("helpdesk.error.unit");
		}
		checkMembers(memberIds);
		long id = catalogue.addGroup(name.strip(), unitId);
		catalogue.setMembers(id, memberIds);
		AssignmentGroup added = catalogue.group(id).orElseThrow();
		audit.record(AuditRecord.created(Helpdesk.MODULE, "AssignmentGroup", id, unitId, added));
		return added;
	}

	@Transactional
	public AssignmentGroup setMembers(long groupId, List<Long> memberIds) {
		AssignmentGroup before = catalogue.group(groupId).orElseThrow();
		if (!Helpdesk.isDesk() || !organisation.isWithinScope(before.unitId(), CurrentUser.scope())) {
			throw new AccessDeniedException("helpdesk.access.denied");
		}
		checkMembers(memberIds);
		catalogue.setMembers(groupId, memberIds);
		AssignmentGroup after = catalogue.group(groupId).orElseThrow();
		audit.record(AuditRecord.changed(Helpdesk.MODULE, "AssignmentGroup", groupId, before.unitId(), before, after));
		return after;
	}

	@Transactional
	public void setServiceLevel(ServiceLevel level) {
		requireAdmin();
		if (level.responseMinutes() <= 0 || level.resolutionMinutes() < level.responseMinutes()) {
			throw new RuleViolationException("helpdesk.error.serviceLevel");
		}
		ServiceLevel before = catalogue.serviceLevels()
			.stream()
			.filter(l -> l.priority() == level.priority())
			.findFirst()
			.orElseThrow();
		catalogue.setServiceLevel(level);
		audit.record(AuditRecord.changed(Helpdesk.MODULE, "ServiceLevel", level.priority(), null, before, level));
	}

	private void checkMembers(List<Long> memberIds) {
		for (Long id : memberIds) {
			if (!catalogue.isTechnician(id)) {
				throw new RuleViolationException("helpdesk.error.technician");
			}
		}
	}

	private static void requireAdmin() {
		if (!CurrentUser.hasRole(Roles.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("helpdesk.access.denied");
		}
	}

	static List<Long> ids(List<Person> people) {
		return people.stream().map(Person::id).toList();
	}
}
