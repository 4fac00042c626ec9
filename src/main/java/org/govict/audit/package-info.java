/**
 * The audit trail: an append-only, hash-chained record of every change and of every view of personal data,
 * which auditors search and verify.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = "platform")
package org.govict.audit;
