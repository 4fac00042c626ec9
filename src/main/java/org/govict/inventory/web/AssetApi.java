package org.govict.inventory.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govict.inventory.Asset;
import org.govict.inventory.AssetChange;
import org.govict.inventory.AssetForm;
import org.govict.inventory.AssetKind;
import org.govict.inventory.AssetLink;
import org.govict.inventory.AssetQuery;
import org.govict.inventory.AssetRelation;
import org.govict.inventory.AssetStatus;
import org.govict.inventory.InstalledSoftware;
import org.govict.inventory.Inventory;
import org.govict.inventory.NetworkInterface;
import org.govict.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The IT inventory for other systems: anyone signed in reads the assets of their scope; IT technicians and system
 * administrators register and change them.
 */
@ApiController("/api/v1/inventory")
class AssetApi {

	/** One page of assets and how many match in all. */
	record AssetPage(List<Asset> assets, long total, int page, int pageSize) {
	}

	/** A change of an asset: the form and the version it was read at. */
	record AssetChangeRequest(@NotNull @Valid AssetForm asset, int version) {
	}

	/** The asset's software, interfaces and history as its inventory agent and technicians left them. */
	record AssetDetail(Asset asset, List<AssetLink> links, List<NetworkInterface> interfaces,
			List<InstalledSoftware> software, List<AssetChange> history) {
	}

	private final Inventory inventory;

	AssetApi(Inventory inventory) {
		this.inventory = inventory;
	}

	@GetMapping("/assets")
	AssetPage list(@RequestParam(required = false) String q, @RequestParam(required = false) AssetKind kind,
			@RequestParam(required = false) AssetStatus status, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page) {
		AssetQuery query = new AssetQuery(q, kind, status, unitId, Math.max(page, 0));
		return new AssetPage(inventory.search(query), inventory.count(query), query.page(), AssetQuery.PAGE_SIZE);
	}

	@GetMapping("/assets/{id}")
	AssetDetail get(@PathVariable long id) {
		return new AssetDetail(inventory.get(id), inventory.links(id), inventory.interfaces(id), inventory.software(id),
				inventory.history(id));
	}

	@PostMapping("/assets")
	@ResponseStatus(HttpStatus.CREATED)
	Asset create(@Valid @RequestBody AssetForm form) {
		return inventory.register(form);
	}

	@PutMapping("/assets/{id}")
	Asset change(@PathVariable long id, @Valid @RequestBody AssetChangeRequest request) {
		return inventory.change(id, request.asset(), request.version());
	}

	@GetMapping("/assets/{id}/links")
	List<AssetLink> links(@PathVariable long id) {
		return inventory.links(id);
	}

	/** Links this asset to another: this asset is {@code relation} the other ({@code fromId} must be this one). */
	@PostMapping("/assets/{id}/links")
	@ResponseStatus(HttpStatus.CREATED)
	AssetLink link(@PathVariable long id, @Valid @RequestBody AssetLink link) {
		inventory.link(id, link.relation(), link.toId());
		return new AssetLink(id, link.relation(), link.toId());
	}

	@DeleteMapping("/assets/{id}/links/{relation}/{toId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlink(@PathVariable long id, @PathVariable AssetRelation relation, @PathVariable long toId) {
		inventory.unlink(id, relation, toId);
	}
}
