/**
 * Outgoing e-mail. Every message is written to an outbox table in the sender's transaction, then delivered by
 * SMTP when one is configured; in the demo profile administrators read the outbox instead.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = "platform")
package org.govict.mail;
