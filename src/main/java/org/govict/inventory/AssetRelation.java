package org.govict.inventory;

/**
 * How one asset stands to another, read from the first to the second: software INSTALLED_ON a workstation, a
 * virtual machine RUNS_ON a server, a disk PART_OF a server, an information system DEPENDS_ON its servers.
 */
public enum AssetRelation {

	INSTALLED_ON, RUNS_ON, PART_OF, DEPENDS_ON
}
