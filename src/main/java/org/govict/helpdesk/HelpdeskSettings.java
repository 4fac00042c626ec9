package org.govict.helpdesk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service desk's settings: its business hours (giờ làm việc) in the time zone given, which the service-level
 * clock counts in, and how often the watch resumes waiting tickets and escalates untaken ones.
 */
@ConfigurationProperties("govict.helpdesk")
public record HelpdeskSettings(@DefaultValue("07:30-11:30,13:00-17:00") String businessHours,
		@DefaultValue("Asia/Ho_Chi_Minh") String zone, @DefaultValue("0 */5 * * * *") String watchCron) {
}
