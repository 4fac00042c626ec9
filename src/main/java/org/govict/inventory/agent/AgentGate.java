package org.govict.inventory.agent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;


import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.govict.inventory.InventorySettings;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Who may send inventories: agents carry no user account, so the desk accepts them only from the networks the
 * administrators name ({@code govict.inventory.agent-networks}) and, when a shared token is set, only with that
 * token, as the header {@code X-Inventory-Token} or as the password of HTTP basic authentication.
 */
@Component
class AgentGate {

	static final String TOKEN_HEADER = "X-Inventory-Token";

	private final List<IpAddressMatcher> networks;

	private final byte[] token;

	AgentGate(InventorySettings settings) {
		this.networks = settings.agentNetworks().stream().map(String::strip).map(IpAddressMatcher::new).toList();
		this.token = settings.agentToken().isBlank() ? null : settings.agentToken().getBytes(StandardCharsets.UTF_8);
	}

	/** Whether each address agents sent from lies in the named networks: a fleet sends from a known set of them. */
	private final Cache<String, Boolean> inNetworks = Caffeine.newBuilder().maximumSize(100_000).build();

	boolean admits(HttpServletRequest request) {
		boolean inside = inNetworks.get(request.getRemoteAddr(),
				address -> networks.stream().anyMatch(network -> network.matches(address)));
		return inside && (token == null || same(presented(request)));
	}

	private static String presented(HttpServletRequest request) {
		String header = request.getHeader(TOKEN_HEADER);
		if (header != null) {
			return header.strip();
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = pair.indexOf(':');
				return colon < 0 ? null : pair.substring(colon + 1);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	private boolean same(String presented) {
		return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
	}
}
