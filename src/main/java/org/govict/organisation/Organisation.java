package org.govict.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.organisation.internal.Units;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.govict.reference.AdministrativeAreas;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * The organisation tree and the rules for changing it. Every query is limited to the caller's data scope: a unit
 * outside it is "not found", whether it exists or not.
 */
@Service
public class Organisation {

	static final String MODULE = "organisation";

	static final String RECORD = "OrganisationUnit";

	private final Units units;

	private final AdministrativeAreas areas;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final List<UnitOccupancy> occupancies;

	Organisation(Units units, AdministrativeAreas areas, AuditTrail audit, ApplicationEventPublisher events,
			List<UnitOccupancy> occupancies) {
		this.units = units;
		this.areas = areas;
		this.audit = audit;
		this.events = events;
		this.occupancies = occupancies;
	}

	// ---- Reading, within the caller's scope ----

	/** The unit, if it exists and the current user may see it. */
	@Transactional(readOnly = true)
	public Optional<OrganisationUnit> find(long id) {
		return units.find(id).filter(u -> isVisible(u, CurrentUser.scope()));
	}

	public OrganisationUnit get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Unit", id));
	}

	/** The unit regardless of scope: for the platform's own work (sign-in, demo data), never for display. */
	@Transactional(readOnly = true)
	public Optional<OrganisationUnit> findUnscoped(long id) {
		return units.find(id);
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationUnit> findByCodeUnscoped(String code) {
		return units.findByCode(code);
	}

	/**
	 * Every unit regardless of scope, in tree order: for bulk work that resolves many units at once (imports, data
	 * exchange) after it has checked the caller's scope itself; never for display.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationUnit> allUnscoped() {
		return units.everything(false);
	}

	/** The tops of the trees the current user sees: the tree roots, or the roots of their scope. */
	@Transactional(readOnly = true)
	public List<OrganisationUnit> scopeRoots() {
		DataScope scope = CurrentUser.scope();
		if (scope.unrestricted()) {
			return units.roots();
		}
		List<OrganisationUnit> roots = units.findAll(scope.rootUnitIds());
		// A granted subtree inside the home subtree is not a root of its own.
		return roots.stream().filter(r -> roots.stream().noneMatch(o -> !o.id().equals(r.id()) && r.isWithin(o))).toList();
	}

	@Transactional(readOnly = true)
	public List<OrganisationUnit> children(long unitId) {
		get(unitId);
		return units.children(unitId);
	}

	@Transactional(readOnly = true)
	public Set<Long> withChildren(Collection<OrganisationUnit> of) {
		return Set.copyOf(units.withChildren(of.stream().map(OrganisationUnit::id).toList()));
	}

	/** Every unit the current user sees, in tree order. */
	@Transactional(readOnly = true)
	public List<OrganisationUnit> visibleUnits(boolean activeOnly) {
		DataScope scope = CurrentUser.scope();
		if (scope.unrestricted()) {
			return units.everything(activeOnly);
		}
		if (scope.coversNothing()) {
			return List.of();
		}
		return units.subtrees(pathPrefixes(scope), activeOnly);
	}

	/** The chain from the root down to the unit, for breadcrumbs; only the part the user may see. */
	@Transactional(readOnly = true)
	public List<OrganisationUnit> ancestry(OrganisationUnit unit) {
		List<Long> ids = new ArrayList<>();
		for (String part : unit.path().split("/")) {
			if (!part.isEmpty()) {
				ids.add(Long.valueOf(part));
			}
		}
		DataScope scope = CurrentUser.scope();
		return units.findAll(ids).stream().filter(u -> isVisible(u, scope)).toList();
	}

	@Transactional(readOnly = true)
	public List<OrganisationUnit> search(String text, int offset, int limit) {
		DataScope scope = CurrentUser.scope();
		if (scope.coversNothing()) {
			return List.of();
		}
		return units.search(text, scope.unrestricted() ? null : pathPrefixes(scope), offset, limit);
	}

	/** Whether the unit lies in the given scope: one query, asked on every intake and every form that names a unit. */
	public boolean isWithinScope(long unitId, DataScope scope) {
		if (scope.coversNothing()) {
			return false;
		}
		return units.isWithin(unitId, scope.unrestricted() ? null : scope.rootUnitIds());
	}

	/**
	 * The path prefixes of a scope, for modules that filter their own tables by unit in SQL:
	 * {@code unit_id IN (SELECT id FROM organisation_units WHERE path LIKE ANY(:prefixes))}, each prefix
	 * followed by '%'. Empty for a scope that covers nothing; not meaningful for an unrestricted scope.
	 */
	@Transactional(readOnly = true)
	public List<String> pathPrefixes(DataScope scope) {
		return units.findAll(scope.rootUnitIds()).stream().map(OrganisationUnit::path).toList();
	}

	private boolean isVisible(OrganisationUnit unit, DataScope scope) {
		if (scope.unrestricted()) {
			return true;
		}
		return units.findAll(scope.rootUnitIds()).stream().anyMatch(root -> unit.isWithin(root));
	}

	// ---- Changing ----

	@Transactional
	public OrganisationUnit create(UnitForm input) {
		UnitForm form = input.normalised();
		OrganisationUnit parent = null;
		if (form.parentId() == null) {
			requireSystemAdmin();
		}
		else {
			parent = get(form.parentId());
			requireManageable(parent);
			if (!parent.active()) {
				throw new RuleViolationException("organisation.rule.parentInactive");
			}
		}
		check(form, null);
		long id = units.create(new OrganisationUnit(null, form.code(), form.nameVi(), form.nameEn(), form.kind(),
				form.parentId(), null, form.address(), form.provinceCode(), form.wardCode(), true, 0));
		OrganisationUnit created = units.find(id).orElseThrow();
		audit.record(AuditRecord.created(MODULE, RECORD, id, id, created));
		events.publishEvent(new UnitCreated(id, created.code(), form.parentId()));
		return created;
	}

	@Transactional
	public OrganisationUnit update(long id, UnitForm input) {
		UnitForm form = input.normalised();
		OrganisationUnit before = get(id);
		requireManageable(before);
		check(form, id);
		OrganisationUnit changed = new OrganisationUnit(id, form.code(), form.nameVi(), form.nameEn(), form.kind(),
				before.parentId(), before.path(), form.address(), form.provinceCode(), form.wardCode(),
				before.active(), form.version() == null ? before.version() : form.version());
		if (!units.update(changed)) {
			throw new RuleViolationException("validation.stale");
		}
		OrganisationUnit after = units.find(id).orElseThrow();
		audit.record(AuditRecord.changed(MODULE, RECORD, id, id, before, after));
		return after;
	}

	/** Moves the unit, with everything under it, beneath a new parent (or to the top, for administrators). */
	@Transactional
	public OrganisationUnit move(long id, Long newParentId) {
		OrganisationUnit unit = get(id);
		requireManageable(unit);
		if (isScopeRoot(unit)) {
			throw new AccessDeniedException("A unit administrator cannot move their own scope root");
		}
		OrganisationUnit newParent = null;
		if (newParentId == null) {
			requireSystemAdmin();
		}
		else {
			newParent = get(newParentId);
			requireManageable(newParent);
			if (newParent.isWithin(unit)) {
				throw new RuleViolationException("organisation.rule.moveIntoOwnSubtree");
			}
			if (!newParent.active()) {
				throw new RuleViolationException("organisation.rule.parentInactive");
			}
		}
		if (java.util.Objects.equals(unit.parentId(), newParentId)) {
			return unit;
		}
		units.move(unit, newParent);
		OrganisationUnit after = units.find(id).orElseThrow();
		audit.record(AuditRecord.action(MODULE, "MOVE", RECORD, id, id, Map.of("parentId", String.valueOf(unit.parentId()), "path", unit.path()),
				Map.of("parentId", String.valueOf(newParentId), "path", after.path())));
		events.publishEvent(new UnitMoved(id, unit.parentId(), newParentId));
		return after;
	}

	@Transactional
	public OrganisationUnit deactivate(long id) {
		OrganisationUnit unit = get(id);
		requireManageable(unit);
		if (isScopeRoot(unit)) {
			throw new AccessDeniedException("A unit administrator cannot deactivate their own scope root");
		}
		if (units.countChildren(id, true) > 0) {
			throw new RuleViolationException("organisation.rule.hasActiveChildren");
		}
		requireEmpty(id);
		units.setActive(id, false);
		OrganisationUnit after = units.find(id).orElseThrow();
		audit.record(AuditRecord.action(MODULE, "DEACTIVATE", RECORD, id, id, unit, after));
		events.publishEvent(new UnitDeactivated(id));
		return after;
	}

	@Transactional
	public OrganisationUnit reactivate(long id) {
		OrganisationUnit unit = get(id);
		requireManageable(unit);
		if (unit.parentId() != null && !units.find(unit.parentId()).orElseThrow().active()) {
			throw new RuleViolationException("organisation.rule.parentInactive");
		}
		units.setActive(id, true);
		OrganisationUnit after = units.find(id).orElseThrow();
		audit.record(AuditRecord.action(MODULE, "REACTIVATE", RECORD, id, id, unit, after));
		return after;
	}

	/** Deletes a unit created by mistake: one with no sub-units and nothing filed under it. */
	@Transactional
	public void delete(long id) {
		OrganisationUnit unit = get(id);
		requireManageable(unit);
		if (isScopeRoot(unit)) {
			throw new AccessDeniedException("A unit administrator cannot delete their own scope root");
		}
		if (units.countChildren(id, false) > 0) {
			throw new RuleViolationException("organisation.rule.hasChildren");
		}
		requireEmpty(id);
		units.delete(id);
		audit.record(AuditRecord.deleted(MODULE, RECORD, id, unit.parentId(), unit));
	}

	/** What other modules keep in the unit; empty when it holds nothing. */
	@Transactional(readOnly = true)
	public List<UnitOccupancy.Occupant> occupantsOf(long id) {
		return occupancies.stream()
			.flatMap(o -> o.occupantsOf(id).stream())
			.filter(o -> o.count() > 0)
			.toList();
	}

	/** Whether the current user may change this unit: administrators within their scope. */
	public boolean canManage(OrganisationUnit unit) {
		if (CurrentUser.hasRole(Roles.SYSTEM_ADMIN)) {
			return true;
		}
		return CurrentUser.hasRole(Roles.UNIT_ADMIN) && isVisible(unit, CurrentUser.scope());
	}

	public boolean isScopeRoot(OrganisationUnit unit) {
		DataScope scope = CurrentUser.scope();
		return !scope.unrestricted() && scope.rootUnitIds().contains(unit.id());
	}

	private void requireEmpty(long id) {
		List<UnitOccupancy.Occupant> occupants = occupantsOf(id);
		if (!occupants.isEmpty()) {
			UnitOccupancy.Occupant first = occupants.get(0);
			throw new RuleViolationException("organisation.rule.notEmpty", first.count());
		}
	}

	private void requireManageable(OrganisationUnit unit) {
		if (!canManage(unit)) {
			throw new AccessDeniedException("Not allowed to manage unit " + unit.id());
		}
	}

	private static void requireSystemAdmin() {
		if (!CurrentUser.hasRole(Roles.SYSTEM_ADMIN)) {
			throw new AccessDeniedException("Only system administrators manage top-level units");
		}
	}

	/** The rules a unit's own fields must keep; throws with the fields at fault. */
	private void check(UnitForm form, Long id) {
		Errors errors = new BeanPropertyBindingResult(form, "unitForm");
		if (units.codeTaken(form.code(), id)) {
			errors.rejectValue("code", "organisation.codeTaken");
		}
		if (form.provinceCode() != null && areas.province(form.provinceCode()).isEmpty()) {
			errors.rejectValue("provinceCode", "organisation.unknownProvince");
		}
		if (form.wardCode() != null) {
			if (form.provinceCode() == null || !areas.wardBelongsTo(form.wardCode(), form.provinceCode())) {
				errors.rejectValue("wardCode", "organisation.wardNotInProvince");
			}
		}
		if (errors.hasErrors()) {
			throw new org.govict.platform.web.InvalidInputException((BeanPropertyBindingResult) errors);
		}
	}
}
