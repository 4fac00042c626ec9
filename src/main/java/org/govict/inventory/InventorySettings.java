package org.govict.inventory;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the IT inventory.
 *
 * @param agentNetworks the addresses and CIDR ranges inventory agents may send from; any other address is refused
 *        (403). By default the local host and the private ranges
 * @param agentToken when not empty, agents must also present this shared secret, either as the header
 *        {@code X-Inventory-Token} or as the password of HTTP basic authentication (what OCS, FusionInventory and
 *        GLPI agents can send with their {@code --user/--password} options)
 * @param agentUnit the code of the unit that owns computers registered by agents when the agent's TAG names no unit;
 *        empty: the first top-level unit
 * @param agentMaxRequest the largest request body accepted, compressed
 * @param agentMaxInflated the largest inventory accepted once decompressed (against compression bombs)
 * @param prologFrequency the hours an agent waits between two inventories, told in the PROLOG reply
 */
@ConfigurationProperties("govict.inventory")
public record InventorySettings(
		@DefaultValue({ "127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
				"fc00::/7" }) List<String> agentNetworks,
		@DefaultValue("") String agentToken, @DefaultValue("") String agentUnit,
		@DefaultValue("5MB") DataSize agentMaxRequest, @DefaultValue("50MB") DataSize agentMaxInflated,
		@DefaultValue("24") int prologFrequency) {
}
