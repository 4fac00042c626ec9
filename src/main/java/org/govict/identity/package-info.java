/**
 * Who may do what: user accounts in organisation units, roles, data scopes, sign-in with lock-out and an
 * optional second factor, password reset, and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
		allowedDependencies = { "platform", "organisation", "audit", "mail" })
package org.govict.identity;
