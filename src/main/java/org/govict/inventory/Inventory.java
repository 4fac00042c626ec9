package org.govict.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.inventory.internal.Assets;
import org.govict.organisation.Organisation;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The inventory's front: the assets a user's data scope covers, and their registration and changes by IT
 * technicians, each on the audit trail. Anyone signed in reads the assets of their scope (to name the computer a
 * ticket is about); technicians and system administrators change them.
 */
@Service
public class Inventory {

	public static final String MODULE = "inventory";

	public static final String TECHNICIAN = "IT_TECHNICIAN";

	public static final String SECURITY_OFFICER = "SECURITY_OFFICER";

	static final String RECORD = "Asset";

	private final Assets assets;

	private final Organisation organisation;

	private final AuditTrail audit;

	Inventory(Assets assets, Organisation organisation, AuditTrail audit) {
		this.assets = assets;
		this.organisation = organisation;
		this.audit = audit;
	}

	public static boolean canManage() {
		return CurrentUser.hasRole(TECHNICIAN) || CurrentUser.hasRole(Roles.SYSTEM_ADMIN);
	}

	/** The asset, when it lies in the current user's scope. */
	@Transactional(readOnly = true)
	public Optional<Asset> find(long id) {
		return assets.find(id).filter(a -> organisation.isWithinScope(a.ownerUnitId(), CurrentUser.scope()));
	}

	@Transactional(readOnly = true)
	public Asset get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	@Transactional(readOnly = true)
	public List<Asset> search(AssetQuery query) {
		DataScope scope = CurrentUser.scope();
		if (scope.coversNothing()) {
			return List.of();
		}
		return assets.search(query, scope.unrestricted() ? null : organisation.pathPrefixes(scope));
	}

	@Transactional(readOnly = true)
	public long count(AssetQuery query) {
		DataScope scope = CurrentUser.scope();
		if (scope.coversNothing()) {
			return 0;
		}
		return assets.count(query, scope.unrestricted() ? null : organisation.pathPrefixes(scope));
	}

	@Transactional
	public Asset register(AssetForm input) {
		requireManager();
		AssetForm form = input.normalised();
		check(form, null);
		long id = assets.insert(toAsset(0, form, 0));
		Asset created = assets.find(id).orElseThrow();
		audit.record(AuditRecord.created(MODULE, RECORD, id, created.ownerUnitId(), created));
		return created;
	}

	@Transactional
	public Asset change(long id, AssetForm input, int version) {
		requireManager();
		Asset before = get(id);
		AssetForm form = input.normalised();
		check(form, id);
		Asset changed = toAsset(id, form, version);
		changed = new Asset(id, changed.kind(), changed.name(), changed.inventoryNumber(), changed.serialNumber(),
				before.hardwareUuid(), changed.manufacturer(), changed.model(), changed.ownerUnitId(), changed.location(),
				changed.responsibleUserId(), changed.status(), changed.purchasedOn(), changed.warrantyUntil(),
				changed.retiredOn(), changed.attributes(), changed.notes(), null, version);
		if (!assets.update(changed)) {
			throw new org.govict.platform.web.RuleViolationException("validation.stale");
		}
		Asset after = assets.find(id).orElseThrow();
		audit.record(AuditRecord.changed(MODULE, RECORD, id, after.ownerUnitId(), before, after));
		assets.recordChanges(id, differences(before, after));
		return after;
	}

	/** Records that {@code from} is {@code relation} {@code to}; both must lie in the user's scope. */
	@Transactional
	public void link(long fromId, AssetRelation relation, long toId) {
		requireManager();
		get(fromId);
		get(toId);
		if (fromId == toId) {
			throw new org.govict.platform.web.RuleViolationException("inventory.error.selfLink");
		}
		assets.link(fromId, relation, toId);
		audit.record(AuditRecord.action(MODULE, "LINK", RECORD, fromId, null, null,
				new AssetLink(fromId, relation, toId)));
	}

	/** Removes the link; both assets must lie in the user's scope. */
	@Transactional
	public void unlink(long fromId, AssetRelation relation, long toId) {
		requireManager();
		get(fromId);
		get(toId);
		if (assets.unlink(fromId, relation, toId)) {
			audit.record(AuditRecord.action(MODULE, "UNLINK", RECORD, fromId, null, new AssetLink(fromId, relation, toId),
					null));
		}
	}

	/** The assets at the other ends of the asset's links that the user may see, by id. */
	@Transactional(readOnly = true)
	public Map<Long, Asset> linked(long id) {
		Set<Long> ids = new HashSet<>();
		for (AssetLink link : links(id)) {
			ids.add(link.fromId());
			ids.add(link.toId());
		}
		DataScope scope = CurrentUser.scope();
		Map<Long, Asset> found = new HashMap<>();
		for (Asset asset : assets.findAll(ids)) {
			if (organisation.isWithinScope(asset.ownerUnitId(), scope)) {
				found.put(asset.id(), asset);
			}
		}
		return found;
	}

	@Transactional(readOnly = true)
	public List<InstalledSoftware> software(long id) {
		get(id);
		return assets.software(id);
	}

	@Transactional(readOnly = true)
	public List<NetworkInterface> interfaces(long id) {
		get(id);
		return assets.interfaces(id);
	}

	/** The asset's latest changes, newest first: reported by agents and made by technicians. */
	@Transactional(readOnly = true)
	public List<AssetChange> history(long id) {
		get(id);
		return assets.changes(id, 200);
	}

	@Transactional(readOnly = true)
	public Optional<AgentContact> agentContact(long id) {
		get(id);
		return assets.agentContact(id);
	}

	@Transactional(readOnly = true)
	public List<AssetLink> links(long id) {
		get(id);
		return assets.links(id);
	}

	/**
	 * Registers the asset of a new information system for the security officer who enters it in the register of
	 * security levels: officers may add information systems, not other assets.
	 */
	@Transactional
	public Asset registerInformationSystem(String name, long ownerUnitId) {
		if (!canManage() && !CurrentUser.hasRole(SECURITY_OFFICER)) {
			throw new AccessDeniedException("inventory.access.denied");
		}
		AssetForm form = new AssetForm(AssetKind.INFORMATION_SYSTEM, name, null, null, null, null, ownerUnitId, null,
				null, AssetStatus.IN_USE, null, null, null, null, null).normalised();
		check(form, null);
		long id = assets.insert(toAsset(0, form, 0));
		Asset created = assets.find(id).orElseThrow();
		audit.record(AuditRecord.created(MODULE, RECORD, id, created.ownerUnitId(), created));
		return created;
	}

	private static List<AssetChange> differences(Asset before, Asset after) {
		List<AssetChange> changes = new ArrayList<>();
		Instant now = Instant.now();
		difference(changes, now, "KIND", before.kind(), after.kind());
		difference(changes, now, "NAME", before.name(), after.name());
		difference(changes, now, "INVENTORY_NUMBER", before.inventoryNumber(), after.inventoryNumber());
		difference(changes, now, "SERIAL", before.serialNumber(), after.serialNumber());
		difference(changes, now, "UNIT", before.ownerUnitId(), after.ownerUnitId());
		difference(changes, now, "LOCATION", before.location(), after.location());
		difference(changes, now, "STATUS", before.status(), after.status());
		difference(changes, now, "WARRANTY_UNTIL", before.warrantyUntil(), after.warrantyUntil());
		difference(changes, now, "RETIRED_ON", before.retiredOn(), after.retiredOn());
		return changes;
	}

	private static void difference(List<AssetChange> changes, Instant at, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new AssetChange(at, field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}

	private void requireManager() {
		if (!canManage()) {
			throw new AccessDeniedException("inventory.access.denied");
		}
	}

	private void check(AssetForm form, Long id) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "assetForm");
		if (form.inventoryNumber() != null && assets.inventoryNumberTaken(form.inventoryNumber(), id)) {
			errors.rejectValue("inventoryNumber", "inventory.error.numberTaken");
		}
		if (form.ownerUnitId() == null || !organisation.isWithinScope(form.ownerUnitId(), CurrentUser.scope())) {
			errors.rejectValue("ownerUnitId", "inventory.error.unit");
		}
		if (form.warrantyUntil() != null && form.purchasedOn() != null
				&& form.warrantyUntil().isBefore(form.purchasedOn())) {
			errors.rejectValue("warrantyUntil", "inventory.error.warrantyBeforePurchase");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

	private static Asset toAsset(long id, AssetForm f, int version) {
		return new Asset(id, f.kind(), f.name(), f.inventoryNumber(), f.serialNumber(), null, f.manufacturer(),
				f.model(), f.ownerUnitId(), f.location(), f.responsibleUserId(), f.status(), f.purchasedOn(),
				f.warrantyUntil(), f.retiredOn(), f.attributes(), f.notes(), null, version);
	}
}
