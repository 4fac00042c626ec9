package org.govict.personnel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the data exchange and the scanned documents.
 *
 * @param maxBatch the most records one batch request may carry
 * @param maxPage the most records or changes one page of the pull API returns
 * @param allowLocalHttp whether a webhook may be a plain-http URL on this machine (demo and tests only)
 * @param deliveryBatch the most changes one webhook delivery carries
 * @param firstRetry the wait after the first failed delivery; each further failure doubles it
 * @param maxRetry the longest wait between two attempts: deliveries are retried at this pace for ever
 * @param timeout how long the sender waits for a receiver to answer
 * @param maxDocumentSize the largest scanned document accepted
 */
@ConfigurationProperties("govict.personnel.exchange")
public record ExchangeSettings(@DefaultValue("1000") int maxBatch, @DefaultValue("1000") int maxPage,
		@DefaultValue("false") boolean allowLocalHttp, @DefaultValue("100") int deliveryBatch,
		@DefaultValue("PT30S") Duration firstRetry, @DefaultValue("PT1H") Duration maxRetry,
		@DefaultValue("PT10S") Duration timeout, @DefaultValue("10MB") DataSize maxDocumentSize) {
}
