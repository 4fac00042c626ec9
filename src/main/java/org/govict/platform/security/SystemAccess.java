package org.govict.platform.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no user started (demo data, scheduled jobs) as the platform itself: a system administrator
 * whose scope is everything, recorded in the audit trail as "system".
 */
public final class SystemAccess {

	private SystemAccess() {
	}

	public static <T> T call(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SystemPrincipal.INSTANCE, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM_ADMIN), new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	private enum SystemPrincipal implements ScopedPrincipal {

		INSTANCE;

		@Override
		public Long userId() {
			return null;
		}

		@Override
		public String getUsername() {
			return "system";
		}

		@Override
		public String fullName() {
			return "GovICT";
		}

		@Override
		public DataScope dataScope() {
			return DataScope.EVERYTHING;
		}

		@Override
		public String toString() {
			return "system";
		}
	}
}
