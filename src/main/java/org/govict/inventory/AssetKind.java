package org.govict.inventory;

/** What an asset is; each kind has its own fields, kept in the asset's attributes. */
public enum AssetKind {

	NETWORK_DEVICE, SERVER, VIRTUAL_MACHINE, WORKSTATION, LAPTOP, PRINTER, PERIPHERAL, SOFTWARE, LICENCE,
	INFORMATION_SYSTEM;

	/** Whether the kind is a machine an inventory agent runs on and reports. */
	public boolean isComputer() {
		return this == SERVER || this == VIRTUAL_MACHINE || this == WORKSTATION || this == LAPTOP;
	}
}
