package org.govict.demo;

import java.time.LocalDate;
import java.util.Map;

import org.govict.inventory.Asset;
import org.govict.inventory.AssetForm;
import org.govict.inventory.AssetKind;
import org.govict.inventory.AssetRelation;
import org.govict.inventory.AssetStatus;
import org.govict.inventory.Inventory;

/** A few assets of the Information Center, so that the inventory, the helpdesk and information security open on something. */
class DemoAssets {

	private final Inventory inventory;

	DemoAssets(Inventory inventory) {
		this.inventory = inventory;
	}

	void load(long centre, long databaseDivision) {
		Asset server = register(new AssetForm(AssetKind.SERVER, "Máy chủ ứng dụng 01", "TTTT-MC-01", "CZJ2410A7K", "HPE",
				"ProLiant DL380 Gen10", centre, "Phòng máy chủ, tầng 5", null, AssetStatus.IN_USE, LocalDate.of(2022, 6, 15),
				LocalDate.of(2027, 6, 15), null, Map.of("cpu", "2 x Xeon Silver 4214R", "ram_gb", 128, "os", "Ubuntu 22.04 LTS"),
				null));
		Asset system = register(new AssetForm(AssetKind.INFORMATION_SYSTEM, "Cơ sở dữ liệu cán bộ, công chức, viên chức",
				"TTTT-HT-01", null, null, null, centre, null, null, AssetStatus.IN_USE, null, null, null, Map.of(), null));
		inventory.link(system.id(), AssetRelation.DEPENDS_ON, server.id());
		register(new AssetForm(AssetKind.PRINTER, "Máy in tầng 3", "TTTT-MI-03", "VNB3K21456", "HP", "LaserJet Pro M404dn",
				databaseDivision, "Phòng 305", null, AssetStatus.IN_USE, LocalDate.of(2023, 3, 1), LocalDate.of(2026, 3, 1),
				null, Map.of("ip", "10.10.3.15"), null));
		register(new AssetForm(AssetKind.WORKSTATION, "Máy trạm phòng Cơ sở dữ liệu 01", "TTTT-MT-11", "PF3ABC12", "Lenovo",
				"ThinkCentre M70s", databaseDivision, "Phòng 305", null, AssetStatus.IN_USE, LocalDate.of(2024, 1, 10),
				LocalDate.of(2027, 1, 10), null, Map.of("os", "Windows 11 Pro", "ram_gb", 16), null));
	}

	private Asset register(AssetForm form) {
		return inventory.register(form);
	}
}
