package org.govict.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Any change to any field of an entry, or to the link before it, changes its hash. */
class HashChainTests {

	static final Instant AT = Instant.parse("2026-11-23T08:30:00.123456Z");

	AuditEntry entry(String actor, String after, String prev) {
		return new AuditEntry(1, AT, actor, "10.0.0.1", "organisation", "UPDATE", "OrganisationUnit", "7", 7L, null,
				"{\"nameVi\":\"Phòng A\"}", after, prev, null);
	}

	@Test
	void theSameEntryHashesTheSame() {
		assertThat(HashChain.hashOf(entry("admin", "{}", HashChain.GENESIS)))
			.isEqualTo(HashChain.hashOf(entry("admin", "{}", HashChain.GENESIS)))
			.hasSize(64);
	}

	@Test
	void changingTheContentOrTheLinkChangesTheHash() {
		String original = HashChain.hashOf(entry("admin", "{}", HashChain.GENESIS));
		assertThat(HashChain.hashOf(entry("admin2", "{}", HashChain.GENESIS))).isNotEqualTo(original);
		assertThat(HashChain.hashOf(entry("admin", "{ }", HashChain.GENESIS))).isNotEqualTo(original);
		assertThat(HashChain.hashOf(entry("admin", "{}", "1".repeat(64)))).isNotEqualTo(original);
	}

	@Test
	void fieldBoundariesCannotBeShifted() {
		// "ab" + "c" and "a" + "bc" must not hash alike: each field is written with its length.
		AuditEntry one = new AuditEntry(1, AT, "ab", "c", "m", "A", "T", "1", null, null, null, null, HashChain.GENESIS, null);
		AuditEntry two = new AuditEntry(1, AT, "a", "bc", "m", "A", "T", "1", null, null, null, null, HashChain.GENESIS, null);
		assertThat(HashChain.hashOf(one)).isNotEqualTo(HashChain.hashOf(two));
	}

	@Test
	void anEmptyFieldDiffersFromAMissingOne() {
		AuditEntry empty = new AuditEntry(1, AT, "a", "", "m", "A", "T", "1", null, null, null, null, HashChain.GENESIS, null);
		AuditEntry missing = new AuditEntry(1, AT, "a", null, "m", "A", "T", "1", null, null, null, null, HashChain.GENESIS, null);
		assertThat(HashChain.hashOf(empty)).isNotEqualTo(HashChain.hashOf(missing));
	}
}
