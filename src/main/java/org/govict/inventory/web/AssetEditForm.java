package org.govict.inventory.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govict.inventory.Asset;
import org.govict.inventory.AssetForm;
import org.govict.inventory.AssetKind;
import org.govict.inventory.AssetStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The asset form as the page sends it: the kind's fields are lines of {@code key = value} in one text box, so that
 * each kind may have its own without a form per kind.
 */
public class AssetEditForm {

	@NotNull
	private AssetKind kind;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 50)
	private String inventoryNumber;

	@Size(max = 100)
	private String serialNumber;

	@Size(max = 200)
	private String manufacturer;

	@Size(max = 200)
	private String model;

	@NotNull
	private Long ownerUnitId;

	@Size(max = 300)
	private String location;

	private Long responsibleUserId;

	private AssetStatus status = AssetStatus.IN_USE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate purchasedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate warrantyUntil;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate retiredOn;

	@Size(max = 8000)
	private String attributes;

	@Size(max = 4000)
	private String notes;

	private int version;

	static AssetEditForm of(Asset a) {
		AssetEditForm f = new AssetEditForm();
		f.kind = a.kind();
		f.name = a.name();
		f.inventoryNumber = a.inventoryNumber();
		f.serialNumber = a.serialNumber();
		f.manufacturer = a.manufacturer();
		f.model = a.model();
		f.ownerUnitId = a.ownerUnitId();
		f.location = a.location();
		f.responsibleUserId = a.responsibleUserId();
		f.status = a.status();
		f.purchasedOn = a.purchasedOn();
		f.warrantyUntil = a.warrantyUntil();
		f.retiredOn = a.retiredOn();
		f.attributes = a.attributes()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + " = " + e.getValue())
			.collect(Collectors.joining("\n"));
		f.notes = a.notes();
		f.version = a.version();
		return f;
	}

	AssetForm toForm() {
		return new AssetForm(kind, name, inventoryNumber, serialNumber, manufacturer, model, ownerUnitId, location,
				responsibleUserId, status, purchasedOn, warrantyUntil, retiredOn, attributeMap(), notes);
	}

	/** The lines {@code key = value}; a line without "=" is a key with no value, blank lines are skipped. */
	Map<String, Object> attributeMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		if (attributes != null) {
			for (String line : attributes.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				int eq = line.indexOf('=');
				String key = (eq < 0 ? line : line.substring(0, eq)).strip();
				String value = eq < 0 ? "" : line.substring(eq + 1).strip();
				if (!key.isEmpty()) {
					map.put(key, value);
				}
			}
		}
		return map;
	}

	public AssetKind getKind() {
		return kind;
	}

	public void setKind(AssetKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getInventoryNumber() {
		return inventoryNumber;
	}

	public void setInventoryNumber(String inventoryNumber) {
		this.inventoryNumber = inventoryNumber;
	}

	public String getSerialNumber() {
		return serialNumber;
	}

	public void setSerialNumber(String serialNumber) {
		this.serialNumber = serialNumber;
	}

	public String getManufacturer() {
		return manufacturer;
	}

	public void setManufacturer(String manufacturer) {
		this.manufacturer = manufacturer;
	}

	public String getModel() {
		return model;
	}

	public void setModel(String model) {
		this.model = model;
	}

	public Long getOwnerUnitId() {
		return ownerUnitId;
	}

	public void setOwnerUnitId(Long ownerUnitId) {
		this.ownerUnitId = ownerUnitId;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public Long getResponsibleUserId() {
		return responsibleUserId;
	}

	public void setResponsibleUserId(Long responsibleUserId) {
		this.responsibleUserId = responsibleUserId;
	}

	public AssetStatus getStatus() {
		return status;
	}

	public void setStatus(AssetStatus status) {
		this.status = status;
	}

	public LocalDate getPurchasedOn() {
		return purchasedOn;
	}

	public void setPurchasedOn(LocalDate purchasedOn) {
		this.purchasedOn = purchasedOn;
	}

	public LocalDate getWarrantyUntil() {
		return warrantyUntil;
	}

	public void setWarrantyUntil(LocalDate warrantyUntil) {
		this.warrantyUntil = warrantyUntil;
	}

	public LocalDate getRetiredOn() {
		return retiredOn;
	}

	public void setRetiredOn(LocalDate retiredOn) {
		this.retiredOn = retiredOn;
	}

	public String getAttributes() {
		return attributes;
	}

	public void setAttributes(String attributes) {
		this.attributes = attributes;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
