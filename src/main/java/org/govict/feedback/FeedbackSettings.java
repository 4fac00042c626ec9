package org.govict.feedback;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the feedback desk.
 *
 * @param deskUnits the codes of the units the public form sends to; the first one is chosen unless the sender picks
 *        another. Units that do not exist are left out; with none, the top-level units are offered
 * @param maxAttachments the most files one submission carries
 * @param maxAttachmentSize the largest file accepted
 * @param duplicateWindow how long the same submission sent again is recognised as a repeat
 * @param dueSoonDays how many days ahead a deadline counts as due soon
 * @param submissionsPerWindow the most submissions one client address may make in {@code rateWindow}
 * @param lookupsPerWindow the most status look-ups one client address may make in {@code rateWindow}
 * @param rateWindow the window of the rate limits
 * @param challengeKey the key that signs the form's challenges; a random one for each start when empty, which is
 *        right for one node. Several nodes need the same key
 * @param challengeLifetime how long a challenge may be answered
 * @param open311KeyLimit the most submissions one Open311 {@code api_key} may make in {@code rateWindow}, from
 *        whichever addresses: an application's users share its key, so this is far above the limit per address
 */
@ConfigurationProperties("govict.feedback")
public record FeedbackSettings(@DefaultValue({ "BNV-TTTT", "DNG-SKHCN" }) List<String> deskUnits,
		@DefaultValue("5") int maxAttachments, @DefaultValue("10MB") DataSize maxAttachmentSize,
		@DefaultValue("P1D") Duration duplicateWindow, @DefaultValue("5") int dueSoonDays,
		@DefaultValue("20") int submissionsPerWindow, @DefaultValue("60") int lookupsPerWindow,
		@DefaultValue("PT10M") Duration rateWindow, @DefaultValue("") String challengeKey,
		@DefaultValue("PT1H") Duration challengeLifetime, @DefaultValue("300") int open311KeyLimit) {
}
