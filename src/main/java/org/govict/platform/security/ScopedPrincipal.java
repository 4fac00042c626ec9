package org.govict.platform.security;

/**
 * A signed-in user as every module sees them: who they are and which data they may see. The identity module's
 * principal implements it, so that modules need not depend on identity to apply the scope.
 */
public interface ScopedPrincipal {

	Long userId();

	String getUsername();

	String fullName();

	DataScope dataScope();
}
