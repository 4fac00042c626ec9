package org.govict.inventory.agent;

import jakarta.servlet.http.HttpServletRequest;
import org.govict.platform.security.SystemAccess;
import org.govict.platform.web.ApiController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The desk's own agent protocol: the same content as an OCS/FusionInventory inventory, as JSON, for scripts and
 * agents of our own. Admitted like the XML endpoint, by network and shared token, not by a user account.
 */
@ApiController("/api/v1/inventory")
class AgentApi {

	private final AgentInventories inventories;

	private final AgentGate gate;

	AgentApi(AgentInventories inventories, AgentGate gate) {
		this.inventories = inventories;
		this.gate = gate;
	}

	@PostMapping("/agent")
	AgentInventories.Outcome receive(@RequestBody AgentInventory inventory, HttpServletRequest request) {
		if (!gate.admits(request)) {
			throw new AccessDeniedException("inventory.agent.refused");
		}
		return SystemAccess.call(() -> inventories.record(inventory));
	}
}
