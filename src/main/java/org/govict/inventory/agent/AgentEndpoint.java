package org.govict.inventory.agent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.govict.inventory.InventorySettings;
import org.govict.platform.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where OCS Inventory NG, FusionInventory and GLPI agents send their inventories: point the agent's server setting
 * at {@code https://<desk>/inventory/agent}. A PROLOG is answered SEND; an INVENTORY is recorded and answered
 * {@code no_account_update}. The reply is compressed the way the request was.
 */
@RestController
class AgentEndpoint {

	private static final Logger log = LoggerFactory.getLogger(AgentEndpoint.class);

	private static final MediaType COMPRESSED = MediaType.parseMediaType("application/x-compress");

	private final AgentInventories inventories;

	private final AgentGate gate;

	private final InventorySettings settings;

	AgentEndpoint(AgentInventories inventories, AgentGate gate, InventorySettings settings) {
		this.inventories = inventories;
		this.gate = gate;
		this.settings = settings;
	}

	@PostMapping("/inventory/agent")
	ResponseEntity<byte[]> receive(HttpServletRequest request) throws IOException {
		if (!gate.admits(request)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		long max = settings.agentMaxRequest().toBytes();
		if (request.getContentLengthLong() > max) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		if (body.length > max) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		boolean compressed = AgentXml.isCompressed(body);
		AgentXml.Request query;
		try (InputStream xml = AgentXml.decompressed(new ByteArrayInputStream(body),
				settings.agentMaxInflated().toBytes())) {
			query = AgentXml.read(xml);
		}
		catch (AgentXml.UnreadableRequest | IOException ex) {
			log.info("Refused an agent request from {}: {}", request.getRemoteAddr(), ex.getMessage());
			return reply(HttpStatus.BAD_REQUEST, AgentXml.errorReply(), compressed);
		}
		if (query.isProlog()) {
			return reply(HttpStatus.OK, AgentXml.prologReply(settings.prologFrequency()), compressed);
		}
		if (query.isInventory()) {
			SystemAccess.call(() -> inventories.record(query.inventory()));
			return reply(HttpStatus.OK, AgentXml.inventoryReply(), compressed);
		}
		return reply(HttpStatus.BAD_REQUEST, AgentXml.errorReply(), compressed);
	}

	private static ResponseEntity<byte[]> reply(HttpStatus status, byte[] xml, boolean compressed) {
		return ResponseEntity.status(status)
			.contentType(compressed ? COMPRESSED : MediaType.APPLICATION_XML)
			.body(compressed ? AgentXml.zlib(xml) : xml);
	}
}
