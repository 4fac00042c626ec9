package org.govict.inventory.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.govict.inventory.InventorySettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** Agents are admitted from the configured networks, and with the shared token when one is set. */
class AgentGateAdmitsByNetworkAndToken {

	static AgentGate gate(String token) {
		return new AgentGate(new InventorySettings(List.of("10.0.0.0/8", "127.0.0.1/32"), token, "",
				DataSize.ofMegabytes(5), DataSize.ofMegabytes(50), 24));
	}

	static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/inventory/agent");
		request.setRemoteAddr(address);
		return request;
	}

	@Test
	void onlyTheAgentNetworksAreAdmitted() {
		assertThat(gate("").admits(from("10.20.30.40"))).isTrue();
		assertThat(gate("").admits(from("127.0.0.1"))).isTrue();
		assertThat(gate("").admits(from("203.0.113.7"))).isFalse();
		assertThat(gate("").admits(from("192.168.1.10"))).isFalse();
	}

	@Test
	void withATokenTheAgentMustPresentItAsHeaderOrBasicPassword() {
		AgentGate gate = gate("s3cret-token");
		assertThat(gate.admits(from("10.0.0.5"))).isFalse();

		MockHttpServletRequest header = from("10.0.0.5");
		header.addHeader(AgentGate.TOKEN_HEADER, "s3cret-token");
		assertThat(gate.admits(header)).isTrue();

		MockHttpServletRequest basic = from("10.0.0.5");
		basic.addHeader("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString("agent:s3cret-token".getBytes(StandardCharsets.UTF_8)));
		assertThat(gate.admits(basic)).isTrue();

		MockHttpServletRequest wrong = from("10.0.0.5");
		wrong.addHeader(AgentGate.TOKEN_HEADER, "guess");
		assertThat(gate.admits(wrong)).isFalse();

		MockHttpServletRequest outside = from("203.0.113.7");
		outside.addHeader(AgentGate.TOKEN_HEADER, "s3cret-token");
		assertThat(gate.admits(outside)).isFalse();
	}
}
