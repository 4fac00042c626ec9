package org.govict.platform.security;

/** The base roles every module may rely on; modules add their own in their migrations. */
public final class Roles {

	public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

	public static final String UNIT_ADMIN = "UNIT_ADMIN";

	public static final String LEADER = "LEADER";

	public static final String STAFF = "STAFF";

	public static final String AUDITOR = "AUDITOR";

	/** Held only by the platform itself while it works for no user (see {@link SystemAccess}); no account has it. */
	public static final String SYSTEM = "SYSTEM";

	private Roles() {
	}
}
